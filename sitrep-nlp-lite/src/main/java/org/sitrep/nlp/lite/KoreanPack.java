package org.sitrep.nlp.lite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePack;
import org.sitrep.nlp.pack.LanguagePackProvider;
import org.sitrep.nlp.pack.ScriptShare;

/**
 * Korean without a parser. Entities: each word (a run of Hangul) with the particle that ends it
 * dropped (북한은, 러시아의, 김정은 위원장이) looked up in CLDR's Korean country and city names
 * (북한, 한국, 평양, 서울) and in the name layer (Hangul romanised and matched against CC-CEDICT's
 * Korean people, 김정은 = Kim Jong-un). Times: 2024년 6월 19일, 6월 19일, 19일, 지난해 8월, 올해,
 * 지난달, 지난주, 지난주 수요일, 수요일, 어제, 오늘, against the publication date, and 이날 / 당일
 * ("that day"), the last date named before it. Foreign names
 * written in Hangul (푸틴) have no resource here and are not entities. Thread-safe.
 */
public final class KoreanPack extends NameLayerPack {
  private static final Pattern WORD = Pattern.compile("[\\uAC00-\\uD7A3]+");
  /** Particles and endings that follow a noun, longest first. */
  private static final List<String> PARTICLES = List.of("에서는", "에게서", "으로서", "으로는", "에서도",
      "에서", "에게", "으로", "께서", "까지", "부터", "보다", "처럼", "과의", "와의", "에는", "에도", "이나",
      "이라는", "라는", "이며", "이고", "이다", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로",
      "도", "만", "께", "랑");
  private static final Pattern TIME = Pattern.compile(String.join("|",
      "(?<ymd>(?<ymdY>[0-9]{4})년\\s*(?<ymdM>[0-9]{1,2})월\\s*(?<ymdD>[0-9]{1,2})일)",
      "(?<rymd>(?<rymdW>재작년|지난해|작년|올해|금년|내년)\\s*(?<rymdM>[0-9]{1,2})월(?:\\s*(?<rymdD>[0-9]{1,2})일)?)",
      "(?<ym>(?<ymY>[0-9]{4})년\\s*(?<ymM>[0-9]{1,2})월)",
      "(?<md>(?<mdM>[0-9]{1,2})월\\s*(?<mdD>[0-9]{1,2})일)",
      "(?<y>(?<yY>(?:19|20)[0-9]{2})년)",
      "(?<ry>재작년|지난해|작년|올해|금년|내년)",
      "(?<rm>지난달|이달|이번\\s?달|다음\\s?달)",
      "(?<wwd>(?<wwdW>지난주|이번\\s?주|다음\\s?주)\\s*(?<wwdD>[월화수목금토일])요일)",
      "(?<rw>지난주|이번\\s?주|다음\\s?주)",
      "(?<wd>(?:지난\\s)?(?<wdD>[월화수목금토일])요일)",
      "(?<rd>그저께|그제|어제|오늘|내일|모레)",
      "(?<same>이날|당일)",
      "(?<d>(?<![0-9])(?<dD>[0-9]{1,2})일)"));
  private static final String DAYS = "월화수목금토일";

  KoreanPack(NlpConfig config) {
    super("ko", config, names());
  }

  @Override
  List<NameFinder.Candidate> candidates(String text) {
    List<NameFinder.Candidate> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      List<String> forms = new ArrayList<>();
      forms.add(word);
      for (String p : PARTICLES) {
        if (word.length() > p.length() && word.endsWith(p)) {
          forms.add(word.substring(0, word.length() - p.length()));
        }
      }
      for (String form : forms) {
        if (form.length() < 2) {
          continue; // one syllable (만 of 24년 만에) is a word, never a name written alone
        }
        // the mention is the name without its particle
        out.add(new NameFinder.Candidate(m.start(), m.start() + form.length(), List.of(form), null));
        if (form.length() >= 2 && form.length() <= 4) {
          out.add(new NameFinder.Candidate(m.start(), m.start() + form.length(), List.of(form), EntityType.PERSON));
        }
      }
    }
    return out;
  }

  @Override
  List<TimeExpression> times(String text, @Nullable LocalDate pub) {
    List<TimeExpression> out = new ArrayList<>();
    String last = null;
    Matcher m = TIME.matcher(text);
    while (m.find()) {
      String value = m.group("same") != null ? last : value(m, pub);
      if (value != null) {
        out.add(new TimeExpression(m.group(), value, m.start(), m.end()));
        if (value.length() == 10 && Character.isDigit(value.charAt(0))) {
          last = value;
        }
      }
    }
    return out;
  }

  private static @Nullable String value(Matcher m, @Nullable LocalDate pub) {
    if (m.group("ymd") != null) {
      return Anchors.date(num(m.group("ymdY")), num(m.group("ymdM")), num(m.group("ymdD")));
    }
    if (m.group("rymd") != null) {
      if (pub == null) {
        return null;
      }
      int year = pub.getYear() + relativeYear(m.group("rymdW"));
      return m.group("rymdD") == null ? Anchors.month(year, num(m.group("rymdM")))
          : Anchors.date(year, num(m.group("rymdM")), num(m.group("rymdD")));
    }
    if (m.group("ym") != null) {
      return Anchors.month(num(m.group("ymY")), num(m.group("ymM")));
    }
    if (m.group("md") != null) {
      return Anchors.monthDay(pub, num(m.group("mdM")), num(m.group("mdD")));
    }
    if (m.group("y") != null) {
      return m.group("yY");
    }
    if (m.group("ry") != null) {
      return pub == null ? null : Integer.toString(pub.getYear() + relativeYear(m.group("ry")));
    }
    if (m.group("rm") != null) {
      String w = m.group("rm");
      return Anchors.relativeMonth(pub, w.startsWith("지난") ? -1 : w.startsWith("다음") ? 1 : 0);
    }
    if (m.group("wwd") != null) {
      return Anchors.weekday(pub, DAYS.indexOf(m.group("wwdD")) + 1, relativeWeek(m.group("wwdW")));
    }
    if (m.group("rw") != null) {
      return Anchors.week(pub, relativeWeek(m.group("rw")));
    }
    if (m.group("wd") != null) {
      return Anchors.weekday(pub, DAYS.indexOf(m.group("wdD")) + 1, null);
    }
    if (m.group("rd") != null) {
      return Anchors.relativeDay(pub, switch (m.group("rd")) {
        case "그저께", "그제" -> -2;
        case "어제" -> -1;
        case "내일" -> 1;
        case "모레" -> 2;
        default -> 0;
      });
    }
    if (m.group("d") != null) {
      return Anchors.bareDay(pub, num(m.group("dD")));
    }
    return null;
  }

  private static int relativeYear(String w) {
    return switch (w) {
      case "재작년" -> -2;
      case "지난해", "작년" -> -1;
      case "내년" -> 1;
      default -> 0;
    };
  }

  private static int relativeWeek(String w) {
    return w.startsWith("지난") ? -1 : w.startsWith("다음") ? 1 : 0;
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  /** The provider listed for {@link java.util.ServiceLoader}. */
  public static final class Provider implements LanguagePackProvider {
    @Override
    public String language() {
      return "ko";
    }

    /** A paragraph in which Hangul syllables are most of the letters. */
    @Override
    public boolean recognizes(String paragraph) {
      return ScriptShare.mostly(paragraph, ScriptShare.script(Character.UnicodeScript.HANGUL), cp -> false, 4);
    }

    @Override
    public LanguagePack load(NlpConfig config) {
      return new KoreanPack(config);
    }
  }
}
