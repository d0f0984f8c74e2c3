package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * The languages the store's full-text fields are analysed in, and which text goes to which field.
 *
 * <p>Each language has a title field and a text field of its own, analysed by a Lucene analyzer
 * made for it:
 *
 * <ul>
 *   <li>default ({@code title}, {@code text}): Lucene's English analyzer, for English and every
 *       language without fields of its own (as the store did before per-language fields);
 *   <li>{@code zh} ({@code title.zh}, {@code text.zh}): words from ICU's dictionary segmentation
 *       (Lucene's {@code ICUTokenizer}), NFKC case-folded, traditional characters folded to
 *       simplified (ICU's {@code Traditional-Simplified}), so 朝鮮 finds 朝鲜;
 *   <li>{@code ko} ({@code title.ko}, {@code text.ko}): Lucene's {@link CJKAnalyzer}, overlapping
 *       Hangul bigrams, so 북한 finds 북한은 and 북한의 (no morphological analysis);
 *   <li>{@code ru} ({@code title.ru}, {@code text.ru}): Lucene's {@link RussianAnalyzer} (stop
 *       words, Snowball stemming), so Пхеньян finds Пхеньяна.
 * </ul>
 *
 * <p>The Chinese, Korean and Russian fields also drop English stop words, so a query of "the"
 * finds nothing there either (their articles quote English names and titles).
 *
 * <p>An article's text is cut into paragraphs; a paragraph goes to the field of the language its
 * letters are written in (Han: Chinese, Hangul: Korean, Cyrillic: Russian unless the article is in
 * another Cyrillic language; kana or a Japanese article: default), so a page that mixes an English
 * story with a Chinese page head puts each part where its words are found. A query term is looked
 * up in the fields whose script it is written in, and in the default fields; a term in Latin
 * letters or digits in every field (Chinese and Russian articles write "G7" and "6700" too).
 * Thread-safe.
 */
final class TextLanguages {
  /** The default language key: English analysis. */
  static final String DEFAULT = "";

  /** Every language key with fields of its own, the default first. */
  static final List<String> ALL = List.of(DEFAULT, "zh", "ko", "ru");

  /** Languages written in Cyrillic that the Russian analyzer must not stem. */
  private static final Set<String> OTHER_CYRILLIC = Set.of("uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg");

  private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
  private final Analyzer perField;

  TextLanguages() {
    analyzers.put(DEFAULT, new EnglishAnalyzer());
    analyzers.put("zh", new ChineseWords());
    analyzers.put("ko", new CJKAnalyzer());
    CharArraySet russianStop = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
    russianStop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    analyzers.put("ru", new RussianAnalyzer(russianStop));
    Map<String, Analyzer> byField = new LinkedHashMap<>();
    for (String lang : ALL) {
      if (!lang.equals(DEFAULT)) {
        byField.put(titleField(lang), analyzers.get(lang));
        byField.put(textField(lang), analyzers.get(lang));
      }
    }
    perField = new PerFieldAnalyzerWrapper(analyzers.get(DEFAULT), byField);
  }

  /** The analyzer of every field: the language's analyzer for its fields, English for the rest. */
  Analyzer perField() {
    return perField;
  }

  /** The analyzer of a language key. */
  Analyzer analyzer(String lang) {
    Analyzer a = analyzers.get(lang);
    if (a == null) {
      throw new IllegalArgumentException("text-languages: no analyzer for '" + lang + "', expected one of " + ALL);
    }
    return a;
  }

  static String titleField(String lang) {
    return lang.isEmpty() ? ArticleStore.TITLE : ArticleStore.TITLE + "." + lang;
  }

  static String textField(String lang) {
    return lang.isEmpty() ? ArticleStore.TEXT : ArticleStore.TEXT + "." + lang;
  }

  /** The language key of a field of this class, or null for any other field. */
  static @Nullable String languageOfField(String field) {
    for (String lang : ALL) {
      if (field.equals(titleField(lang)) || field.equals(textField(lang))) {
        return lang;
      }
    }
    return null;
  }

  /** A stretch {@code [start, end)} of a text analysed in one language. */
  record Run(String language, int start, int end) {}

  /**
   * The text cut into runs of paragraphs (separated by blank lines) of one language each, in
   * order; adjacent paragraphs of one language are one run.
   */
  static List<Run> runs(String text, @Nullable String articleLanguage) {
    List<Run> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int gap = text.indexOf("\n\n", start);
      int end = gap < 0 ? text.length() : gap;
      String lang = languageOf(text, start, end, articleLanguage);
      if (!out.isEmpty() && out.get(out.size() - 1).language().equals(lang)) {
        Run last = out.remove(out.size() - 1);
        out.add(new Run(lang, last.start(), end));
      } else if (end > start) {
        out.add(new Run(lang, start, end));
      }
      start = gap < 0 ? text.length() : gap + 2;
    }
    return out;
  }

  /** The text of each language, paragraphs of one language joined by blank lines. */
  static Map<String, String> split(String text, @Nullable String articleLanguage) {
    Map<String, StringBuilder> parts = new LinkedHashMap<>();
    for (Run r : runs(text, articleLanguage)) {
      StringBuilder sb = parts.computeIfAbsent(r.language(), k -> new StringBuilder());
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(text, r.start(), r.end());
    }
    Map<String, String> out = new LinkedHashMap<>();
    parts.forEach((lang, sb) -> out.put(lang, sb.toString()));
    return out;
  }

  /** The language key of {@code text[from, to)} by the script most of its letters are in. */
  static String languageOf(CharSequence text, int from, int to, @Nullable String articleLanguage) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int cyrillic = 0;
    int other = 0;
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case CYRILLIC -> cyrillic++;
        default -> other++;
      }
    }
    int max = Math.max(Math.max(han + kana, hangul), Math.max(cyrillic, other));
    if (max == 0) {
      return DEFAULT;
    }
    if (han + kana == max) {
      return kana > 0 || "ja".equals(articleLanguage) ? DEFAULT : "zh";
    }
    if (hangul == max) {
      return "ko";
    }
    if (cyrillic == max) {
      return articleLanguage != null && OTHER_CYRILLIC.contains(articleLanguage) ? DEFAULT : "ru";
    }
    return DEFAULT;
  }

  /**
   * The language keys whose fields a query term is looked up in: the default always; Chinese for
   * Han, Korean for Hangul, Russian for Cyrillic; every language for a term with Latin letters or
   * digits, or with no letter at all.
   */
  static Set<String> languagesFor(String term) {
    Set<String> out = new LinkedHashSet<>();
    out.add(DEFAULT);
    boolean everywhere = false;
    boolean letters = false;
    for (int i = 0; i < term.length(); ) {
      int cp = term.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        everywhere = true;
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters = true;
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> out.add("zh");
        case HANGUL -> out.add("ko");
        case CYRILLIC -> out.add("ru");
        case HIRAGANA, KATAKANA -> { } // Japanese: default fields only
        default -> everywhere = true;
      }
    }
    if (everywhere || !letters) {
      out.addAll(ALL);
    }
    List<String> ordered = new ArrayList<>();
    for (String lang : ALL) {
      if (out.contains(lang)) {
        ordered.add(lang);
      }
    }
    return new LinkedHashSet<>(ordered);
  }

  /**
   * Chinese words: ICU's dictionary segmentation, NFKC with case folding (full-width letters and
   * digits become ASCII), traditional characters folded to simplified.
   */
  static final class ChineseWords extends Analyzer {
    private static final com.ibm.icu.text.Transliterator SIMPLIFIED =
        com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
    private static final IcuWordConfig CONFIG = new IcuWordConfig();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer words = new ICUTokenizer(CONFIG);
      TokenStream ts = new ICUNormalizer2Filter(words);
      ts = new ICUTransformFilter(ts, SIMPLIFIED);
      ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      return new TokenStreamComponents(words, ts);
    }
  }
}
