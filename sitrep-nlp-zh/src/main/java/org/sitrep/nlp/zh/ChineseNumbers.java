package org.sitrep.nlp.zh;

import org.jspecify.annotations.Nullable;

/** Numbers written in Chinese: Arabic or full-width digits, Chinese numerals, 万 and 亿 multipliers. */
final class ChineseNumbers {
  /** Characters a Chinese numeral is made of. */
  static final String NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

  private ChineseNumbers() {}

  /** Full-width digits and separators to ASCII. */
  static String ascii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        b.append('.');
      } else if (c == '，') {
        b.append(',');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** "6700", "1.5", "十九", "一千五百", "两" → value; null when it is none of these. */
  static @Nullable Double parse(String raw) {
    String s = ascii(raw).replace(",", "");
    if (s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return null; // "1.2.3" is no number
      }
    }
    return numeral(s);
  }

  private static @Nullable Double numeral(String s) {
    double total = 0;
    double section = 0;
    double digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '零' || c == '〇') {
        digit = 0;
      } else if (c == '两') {
        digit = 2;
      } else if ("一二三四五六七八九".indexOf(c) >= 0) {
        digit = "一二三四五六七八九".indexOf(c) + 1;
      } else if (c == '十' || c == '百' || c == '千') {
        double unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        section += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else if (c == '万' || c == '亿') {
        double unit = c == '万' ? 1e4 : 1e8;
        total += (section + Math.max(digit, 0)) * unit;
        section = 0;
        digit = -1;
      } else {
        return null;
      }
    }
    return total + section + Math.max(digit, 0);
  }
}
