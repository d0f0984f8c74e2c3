package org.sitrep.nlp.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Quantity;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Figures in Chinese: a number (digits, Chinese numerals, or 数 "several") with its 万 / 亿 multiplier,
 * then a measure word or a currency, then the counted noun as the unit: 约1.5万名士兵 is 15000 士兵,
 * approximate; 6700个集装箱 is 6700 集装箱; 数百万发炮弹 is a million and more 炮弹, approximate.
 * Markers of approximation (约, 近, 逾, 超过, 至少, 多达, a trailing 多 or 余) set {@code approximate}. A
 * number with neither measure word nor currency (a year, a day, 两国) is no figure. Thread-safe.
 */
final class ChineseQuantities {
  private static final Pattern FIGURE = Pattern.compile(
      "(?<approx>大约|约有|将近|超过|至少|多达|约|近|逾|超)?"
          + "(?<num>[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千]+|数)"
          + "(?<mult>[十百千万亿]+)?(?<more>多|余)?"
          + "(?:(?<cl>个|名|发|枚|架|艘|辆|吨|件|次|家|座|门|颗|条|套|台|批|人|份|项|位|支|只|张|篇|起|例|处|轮|所)"
          + "|(?<cur>亿美元|万美元|美元|欧元|卢布|韩元|元|公里|千米|平方公里|%|％))");

  List<Quantity> find(ParsedText parsed) {
    String text = parsed.text();
    List<Quantity> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String num = m.group("num");
      if (m.start("num") > 0 && isDigit(text.charAt(m.start("num") - 1))) {
        continue;
      }
      boolean several = num.equals("数");
      if (num.equals("一") && m.group("mult") == null && m.group("approx") == null) {
        continue; // 一次, 一个: an article, not a figure
      }
      Double base = several ? Double.valueOf(1) : ChineseNumbers.parse(num);
      if (base == null) {
        continue;
      }
      double value = base * multiplier(m.group("mult"));
      boolean approximate = m.group("approx") != null || m.group("more") != null || several;
      String unit;
      int end = m.end();
      if (m.group("cur") != null) {
        String cur = m.group("cur");
        if (cur.startsWith("亿")) {
          value *= 1e8;
          cur = cur.substring(1);
        } else if (cur.startsWith("万")) {
          value *= 1e4;
          cur = cur.substring(1);
        }
        unit = cur.equals("％") ? "%" : cur;
      } else {
        Token noun = tokenAt(parsed, m.end());
        if (noun != null && noun.pos().startsWith("N") && !noun.pos().equals("NT")) {
          unit = noun.word();
          end = noun.end();
        } else {
          unit = m.group("cl");
        }
      }
      out.add(new Quantity(text.substring(m.start(), end), value, unit, approximate, m.start(), end));
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c) || ChineseNumbers.NUMERAL_CHARS.indexOf(c) >= 0 || c == '.';
  }

  private static double multiplier(@Nullable String mult) {
    if (mult == null) {
      return 1;
    }
    double v = 1;
    for (char c : mult.toCharArray()) {
      v *= switch (c) {
        case '十' -> 10;
        case '百' -> 100;
        case '千' -> 1000;
        case '万' -> 1e4;
        default -> 1e8;
      };
    }
    return v;
  }

  private static @Nullable Token tokenAt(ParsedText parsed, int offset) {
    Sentence s = parsed.sentenceAt(offset);
    if (s == null) {
      return null;
    }
    for (Token t : s.tokens()) {
      if (t.begin() == offset) {
        return t;
      }
    }
    return null;
  }
}
