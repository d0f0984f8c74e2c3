package org.sitrep.nlp.lite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePack;
import org.sitrep.nlp.pack.LanguagePackProvider;
import org.sitrep.nlp.pack.ScriptShare;

/**
 * Russian without a parser. Entities: runs of capitalised words and acronyms (Владимир Путин, КНДР,
 * в Пхеньяне) looked up as written and, for an inflected word, in the nominative forms its case
 * ending allows (Путина, Путиным: Путин; России: Россия; Пхеньяне: Пхеньян), in CLDR's Russian
 * country and city names (Россия, США, Пхеньян, Сеул) and in the name layer (ICU's BGN
 * transliteration checked against the English gazetteer and CC-CEDICT's people: Путин = Vladimir
 * Putin). Times: 19 июня 2024 года, 19 июня, в июне, в сентябре прошлого года, с августа прошлого
 * года, в 2023 году, договор 1961 года, в прошлом году, в прошлом месяце, на прошлой неделе, в среду, в прошлую среду, вчера, сегодня,
 * against the publication date. Thread-safe.
 */
public final class RussianPack extends NameLayerPack {
  private static final Pattern WORD = Pattern.compile("\\p{IsCyrillic}+(?:-\\p{IsCyrillic}+)*");
  private static final int LONGEST_NAME = 4;
  private static final int MOST_FORMS = 64;
  /**
   * A name of one word has at least four letters: shorter capitalised words are mostly prepositions
   * and pronouns opening a sentence (По, Его), and their transliterations are Chinese surnames in
   * CC-CEDICT (Po), which would name people who are not there.
   */
  private static final int SHORTEST_WORD = 4;
  /** Case endings (longest first) and the nominative endings that may stand in their place. */
  private static final List<Map.Entry<String, List<String>>> ENDINGS = List.of(
      Map.entry("ией", List.of("ия")), Map.entry("ого", List.of("ий", "ый", "ой", "")),
      Map.entry("ему", List.of("ий", "")), Map.entry("ому", List.of("ый", "ой", "")),
      Map.entry("ии", List.of("ия", "ий")), Map.entry("ию", List.of("ия")), Map.entry("ой", List.of("а", "ая", "")),
      Map.entry("ей", List.of("я", "ь", "ея")), Map.entry("ую", List.of("ая")), Map.entry("ом", List.of("")),
      Map.entry("ем", List.of("", "ь", "й")), Map.entry("ым", List.of("", "ый")), Map.entry("им", List.of("ий", "")),
      Map.entry("а", List.of("", "о", "ь")), Map.entry("я", List.of("ь", "й")), Map.entry("у", List.of("", "а")),
      Map.entry("ю", List.of("ь", "я", "й")), Map.entry("е", List.of("", "а", "я", "й", "ь")), Map.entry("ы", List.of("а", "")),
      Map.entry("и", List.of("я", "а", "ь", "ий")));

  private static final String GEN = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
  private static final String PREP = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";
  private static final List<String> GENITIVE = List.of(GEN.split("\\|"));
  private static final List<String> PREPOSITIONAL = List.of(PREP.split("\\|"));
  private static final List<String> WEEKDAYS = List.of("понедельник", "вторник", "среду", "четверг", "пятницу",
      "субботу", "воскресенье");
  private static final Pattern TIME = Pattern.compile(String.join("|",
      "(?<dmy>(?<dmyD>[0-9]{1,2})\\s+(?<dmyM>" + GEN + ")\\s+(?<dmyY>[0-9]{4})(?:\\s+года|\\s*г\\.)?)",
      "(?<dm>(?<![0-9])(?<dmD>[0-9]{1,2})\\s+(?<dmM>" + GEN + "))",
      "(?<rmy>в\\s+(?<rmyM>" + PREP + ")\\s+(?<rmyW>прошлого|позапрошлого|этого|текущего|следующего)\\s+года)",
      "(?<my>в\\s+(?<myM>" + PREP + ")\\s+(?<myY>[0-9]{4})\\s+года)",
      "(?<rgy>(?<rgyM>" + GEN + ")\\s+(?<rgyW>прошлого|позапрошлого|этого|текущего|следующего)\\s+года)",
      "(?<m>в\\s+(?<mM>" + PREP + "))",
      "(?<y>в\\s+(?<yY>(?:19|20)[0-9]{2})\\s+году)",
      "(?<yg>(?<ygY>(?:19|20)[0-9]{2})\\s+года)",
      "(?<ry>в\\s+(?<ryW>прошлом|позапрошлом|этом|текущем|следующем)\\s+году)",
      "(?<rm>в\\s+(?<rmW>прошлом|этом|текущем|следующем)\\s+месяце)",
      "(?<rw>на\\s+(?<rwW>прошлой|этой|текущей|следующей)\\s+неделе)",
      "(?<wd>во?\\s+(?:(?<wdW>прошлый|прошлую|прошлое|этот|эту|это|следующий|следующую|следующее)\\s+)?"
          + "(?<wdD>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))",
      "(?<rd>позавчера|вчера|сегодня|послезавтра|завтра)"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  RussianPack(NlpConfig config) {
    super("ru", config, names());
  }

  @Override
  List<NameFinder.Candidate> candidates(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<NameFinder.Candidate> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!Character.isUpperCase(text.charAt(words.get(i)[0]))) {
        continue;
      }
      for (int j = i; j < words.size() && j < i + LONGEST_NAME; j++) {
        if (!Character.isUpperCase(text.charAt(words.get(j)[0]))
            || j > i && !text.substring(words.get(j - 1)[1], words.get(j)[0]).equals(" ")) {
          break;
        }
        List<String> parts = new ArrayList<>();
        for (int k = i; k <= j; k++) {
          parts.add(text.substring(words.get(k)[0], words.get(k)[1]));
        }
        if (j > i || parts.get(0).length() >= SHORTEST_WORD) {
          out.add(new NameFinder.Candidate(words.get(i)[0], words.get(j)[1], forms(parts), null));
        }
      }
    }
    return out;
  }

  /** The phrase as written first, then with inflected words in the nominative forms they allow. */
  static List<String> forms(List<String> words) {
    List<List<String>> options = new ArrayList<>();
    for (String w : words) {
      options.add(nominatives(w));
    }
    Set<String> out = new LinkedHashSet<>();
    combine(options, 0, new ArrayList<>(), out);
    return List.copyOf(out);
  }

  private static void combine(List<List<String>> options, int i, List<String> chosen, Set<String> out) {
    if (out.size() >= MOST_FORMS) {
      return;
    }
    if (i == options.size()) {
      out.add(String.join(" ", chosen));
      return;
    }
    for (String o : options.get(i)) {
      chosen.add(o);
      combine(options, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  /** A word as written and, unless it is short or an acronym, with its case ending replaced. */
  static List<String> nominatives(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    if (word.length() < 4) {
      return List.copyOf(out);
    }
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      if (word.length() >= 5) {
        // a word in capitals (a dateline's МОСКВА) read as a name; shorter ones are acronyms (КНДР)
        out.add(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
      }
      return List.copyOf(out);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : ENDINGS) {
      if (lower.endsWith(e.getKey()) && word.length() - e.getKey().length() >= 3) {
        String stem = word.substring(0, word.length() - e.getKey().length());
        for (String nominative : e.getValue()) {
          out.add(stem + nominative);
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  List<TimeExpression> times(String text, @Nullable LocalDate pub) {
    List<TimeExpression> out = new ArrayList<>();
    Matcher m = TIME.matcher(text);
    while (m.find()) {
      String value = value(m, pub);
      if (value != null) {
        out.add(new TimeExpression(m.group(), value, m.start(), m.end()));
      }
    }
    return out;
  }

  private static @Nullable String value(Matcher m, @Nullable LocalDate pub) {
    if (m.group("dmy") != null) {
      return Anchors.date(num(m.group("dmyY")), month(GENITIVE, m.group("dmyM")), num(m.group("dmyD")));
    }
    if (m.group("dm") != null) {
      return Anchors.monthDay(pub, month(GENITIVE, m.group("dmM")), num(m.group("dmD")));
    }
    if (m.group("rmy") != null) {
      return pub == null ? null
          : Anchors.month(pub.getYear() + relative(m.group("rmyW")), month(PREPOSITIONAL, m.group("rmyM")));
    }
    if (m.group("rgy") != null) {
      return pub == null ? null
          : Anchors.month(pub.getYear() + relative(m.group("rgyW")), month(GENITIVE, m.group("rgyM")));
    }
    if (m.group("yg") != null) {
      return m.group("ygY");
    }
    if (m.group("my") != null) {
      return Anchors.month(num(m.group("myY")), month(PREPOSITIONAL, m.group("myM")));
    }
    if (m.group("m") != null) {
      return nearestMonth(pub, month(PREPOSITIONAL, m.group("mM")));
    }
    if (m.group("y") != null) {
      return m.group("yY");
    }
    if (m.group("ry") != null) {
      return pub == null ? null : Integer.toString(pub.getYear() + relative(m.group("ryW")));
    }
    if (m.group("rm") != null) {
      return Anchors.relativeMonth(pub, relative(m.group("rmW")));
    }
    if (m.group("rw") != null) {
      return Anchors.week(pub, relative(m.group("rwW")));
    }
    if (m.group("wd") != null) {
      int dow = WEEKDAYS.indexOf(m.group("wdD").toLowerCase(Locale.ROOT)) + 1;
      String which = m.group("wdW");
      return Anchors.weekday(pub, dow, which == null ? null : relative(which));
    }
    if (m.group("rd") != null) {
      return Anchors.relativeDay(pub, switch (m.group("rd").toLowerCase(Locale.ROOT)) {
        case "позавчера" -> -2;
        case "вчера" -> -1;
        case "завтра" -> 1;
        case "послезавтра" -> 2;
        default -> 0;
      });
    }
    return null;
  }

  /** -2, -1, 0 or 1 for позапрошлый, прошлый, этот/текущий and следующий in any form. */
  private static int relative(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    return s.startsWith("позапрошл") ? -2 : s.startsWith("прошл") ? -1 : s.startsWith("следующ") ? 1 : 0;
  }

  /** A month named alone: the one of that name nearest the publication. */
  private static @Nullable String nearestMonth(@Nullable LocalDate pub, int month) {
    String day = Anchors.monthDay(pub, month, 15);
    return day == null || day.startsWith("X") ? null : day.substring(0, 7);
  }

  private static int month(List<String> names, String name) {
    return names.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  /** The provider listed for {@link java.util.ServiceLoader}. */
  public static final class Provider implements LanguagePackProvider {
    /** Letters of Ukrainian and Belarusian that Russian does not write. */
    private static final String NOT_RUSSIAN = "ІіЇїЄєҐґЎў";

    @Override
    public String language() {
      return "ru";
    }

    /** A paragraph in which Cyrillic letters are most of the letters, none of them only Ukrainian or Belarusian. */
    @Override
    public boolean recognizes(String paragraph) {
      return ScriptShare.mostly(paragraph, ScriptShare.script(Character.UnicodeScript.CYRILLIC),
          cp -> NOT_RUSSIAN.indexOf(cp) >= 0, 10);
    }

    @Override
    public LanguagePack load(NlpConfig config) {
      return new RussianPack(config);
    }
  }
}
