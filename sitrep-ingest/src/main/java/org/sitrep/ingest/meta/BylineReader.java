package org.sitrep.ingest.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads author names from byline lines: "By Jane Doe and John Roe", "Author: X", "作者:钱克锦",
 * "文丨评论员 钱克锦", "Daniel Kim Views" (a name before a page counter). Stateless and thread-safe.
 */
public final class BylineReader {
  private static final String NAME_WORD = "(?:[A-Z][\\p{L}’'.-]*|(?:de|van|von|bin|al|da|del|der|la|le)\\b)";
  private static final Pattern NAME = Pattern.compile(
      "[A-Z][\\p{L}’'.-]*(?: " + NAME_WORD + "){1,4}");
  private static final Pattern BY = Pattern.compile(
      "^(?:written |reported |story |words |text )?by[:\\s]+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile(
      "^(?:authors?|writers?|reporters?|correspondent|columnist)\\s*[:：|]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CJK_AUTHOR = Pattern.compile("(?:作者|记者|撰文|(?<!\\p{IsHan})文)\\s*[:：丨|｜/]\\s*(\\S+(?:\\s+\\S+)?)");
  /** Words of Chinese page chrome that a careless byline field runs into. */
  private static final Pattern CHROME_WORD = Pattern.compile("声明|来源|编辑|字号|字体|打印|分享|评论|关闭|返回|发布|时间|点击|浏览");
  private static final Pattern COUNTER = Pattern.compile(
      "^(" + NAME.pattern() + ")\\s+(?i:views?|comments?|updated|published|posted|[|·•]).*$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");
  private static final Pattern ROLE_TAIL = Pattern.compile(
      "\\s*(?:[|(]|\\s[-–—]\\s).*$|\\s+(?:is|was)\\s.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE = Pattern.compile(
      "\\b(?:staff|senior|chief|special|reporter|correspondent|editor|writer|contributor|columnist|bureau|desk|"
          + "updated|published|posted)\\b", Pattern.CASE_INSENSITIVE);

  /** Names found in one byline-shaped line, or an empty list. */
  public List<String> read(String line) {
    String s = line.strip();
    Matcher m = CJK_AUTHOR.matcher(s);
    if (m.find()) {
      String name = cjkName(m.group(1));
      return name.isEmpty() ? List.of() : List.of(name);
    }
    if (s.split("\\s+").length > 14) {
      return List.of();
    }
    m = BY.matcher(s);
    if (m.matches()) {
      return names(m.group(1));
    }
    m = LABEL.matcher(s);
    if (m.matches()) {
      return names(m.group(1));
    }
    m = COUNTER.matcher(s);
    if (m.matches()) {
      return List.of(m.group(1));
    }
    return List.of();
  }

  /** Whether the whole line is a personal or agency name (2 to 5 capitalised words, nothing else). */
  public boolean nameLine(String line) {
    String s = line.strip();
    return NAME.matcher(s).matches() && s.length() <= 60;
  }

  /** The name part of a line that starts with a name glued to a URL or e-mail ("Jane Doehttps://..."). */
  public @Nullable String nameBeforeLink(String line) {
    Matcher m = Pattern.compile("^(" + NAME.pattern() + ")(?:https?://|www\\.)\\S+$").matcher(line.strip());
    return m.matches() ? m.group(1) : null;
  }

  private List<String> names(String list) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(ROLE_TAIL.matcher(list).replaceAll(""))) {
      String name = part.strip();
      Matcher m = NAME.matcher(name);
      if (m.matches() && !ROLE.matcher(name).find()) {
        out.add(name);
      }
    }
    return new ArrayList<>(out);
  }

  /** "羊城晚报国际评论员 钱克锦" names 钱克锦: the role comes first, the name last. */
  private static String cjkName(String field) {
    String name = "";
    for (String part : field.strip().split("\\s+")) {
      if (part.contains(":") || part.contains("：")) {
        break;
      }
      name = part;
    }
    // page controls and labels are not names: "size", "声明", a word of the next paragraph
    boolean han = !name.isEmpty() && name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    if (han ? name.length() > 4 || CHROME_WORD.matcher(name).find() : !name.isEmpty() && !Character.isUpperCase(name.charAt(0))) {
      return "";
    }
    return name;
  }
}
