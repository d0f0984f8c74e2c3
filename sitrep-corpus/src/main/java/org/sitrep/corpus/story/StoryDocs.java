package org.sitrep.corpus.story;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.Quantity;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.corpus.text.Glossaries;
import org.sitrep.corpus.text.Terms;

/** Builds {@link StoryDoc}s from a headline and lead: the representation the product and the benchmark share. */
public final class StoryDocs {
  /** How many more times a headline term counts than a lead term. */
  public static final double TITLE_WEIGHT = 2.0;
  /**
   * Weight of each entity the article mentions, as a term of its own: spelling variants of a name
   * ("Yoon Suk-yeol", "President Yoon") meet, and entities common to the corpus weigh little (IDF).
   */
  public static final double ENTITY_WEIGHT = 1.0;
  /**
   * Weight of a word left in a script that no glossary reads into English (Hangul, Cyrillic, ...): it
   * can only ever match articles in its own language, so at full weight such words outweigh what the
   * article shares with reports in other languages (its entities, days and figures) and keep it from
   * their story; at this weight they still join reports in their own language.
   */
  public static final double UNTRANSLATED_WEIGHT = 0.25;
  /** Prefix that keeps entity terms apart from words. */
  static final String ENTITY_PREFIX = "\u0001";
  /** Prefix of the term of a day the lead names (an ISO date). */
  static final String DATE_PREFIX = "\u0002";
  /** Prefix of the term of a figure the lead gives. */
  static final String FIGURE_PREFIX = "\u0003";
  /** Words of the body used with the headline. */
  public static final int LEAD_WORDS = 60;
  /** Ideographs that count as one word of a lead. */
  static final int IDEOGRAPHS_PER_WORD = 2;
  /** Longest upper-case form (in letters) that is matched case-sensitively as an acronym ("US", "DPRK"). */
  private static final int ACRONYM_MAX = 6;

  private StoryDocs() {}

  /**
   * The clustering view of one article: sublinear term frequency ({@code 1 + ln tf}) of headline
   * terms (weighted {@link #TITLE_WEIGHT}) and lead terms, and its entities ({@link #ENTITY_WEIGHT}).
   */
  public static StoryDoc of(String id, @Nullable String title, @Nullable String lead, Set<String> entities,
      @Nullable Long day) {
    Map<String, List<String>> noForms = new TreeMap<>();
    for (String e : entities) {
      noForms.put(e, List.of());
    }
    return of(id, title, lead, noForms, day);
  }

  /**
   * The clustering view of one article whose entities are known with the surface forms the article
   * uses for them (name, aliases, mention texts), keyed by canonical entity id. Where a form occurs
   * in the headline or lead, the occurrence also counts for the entity's term, at the weight of its
   * place: "DPRK" in one headline and "North Korea" in another share a term, and "Russia-DPRK" is
   * read as its two entities besides its words. Entities the headline and lead do not name weigh
   * {@link #ENTITY_WEIGHT}. With no forms this is {@link #of(String, String, String, Set, Long)}.
   *
   * <p>Acronym forms (all capitals, up to six letters) match only in capitals, so the entity "US"
   * does not take the pronoun "us".
   */
  public static StoryDoc of(String id, @Nullable String title, @Nullable String lead,
      Map<String, ? extends Collection<String>> entityForms, @Nullable Long day) {
    List<Form> forms = forms(entityForms);
    Map<String, Double> raw = new HashMap<>();
    Map<String, Double> entityRaw = new HashMap<>();
    if (title != null) {
      count(title, forms, TITLE_WEIGHT, raw, entityRaw);
    }
    if (lead != null) {
      count(lead, forms, 1.0, raw, entityRaw);
    }
    Map<String, Double> weights = new HashMap<>();
    raw.forEach((t, tf) -> weights.put(t, (1 + Math.log(tf)) * (untranslated(t) ? UNTRANSLATED_WEIGHT : 1.0)));
    for (String e : entityForms.keySet()) {
      double tf = entityRaw.getOrDefault(e, 0.0);
      weights.put(ENTITY_PREFIX + e, tf > 0 ? Math.max(ENTITY_WEIGHT, 1 + Math.log(tf)) : ENTITY_WEIGHT);
    }
    return new StoryDoc(id, weights, entityForms.keySet(), day);
  }

  /**
   * The clustering view of a stored article, the one the whole-corpus analysis and the incremental
   * corpus both cluster: its headline and its lead of {@link #LEAD_WORDS} words (Chinese words read
   * as the English of their dictionary glosses, see {@link Glossaries}), its entities under their
   * canonical corpus ids with the forms the article writes them in, and what is written alike in
   * every language: the days its lead names ({@code 19日} and "Wednesday" are both 2024-06-19) and
   * the figures its lead gives, each a term of {@link #ENTITY_WEIGHT}.
   *
   * @param globalId an article-local entity id to its corpus entity id, or null when it has none
   */
  public static StoryDoc of(Article a, Function<String, @Nullable String> globalId) {
    Map<String, Set<String>> ents = new TreeMap<>();
    for (Entity e : a.entities()) {
      String g = globalId.apply(e.id());
      if (g != null) {
        Set<String> forms = ents.computeIfAbsent(g, k -> new TreeSet<>());
        forms.add(e.name());
        forms.addAll(e.aliases());
        for (Mention m : e.mentions()) {
          forms.add(m.text());
        }
      }
    }
    String lead = lead(a.text(), LEAD_WORDS);
    StoryDoc d = of(a.id(), a.title(), lead, ents, day(a.published()));
    Map<String, Double> terms = new TreeMap<>(d.terms());
    for (TimeExpression t : a.times()) {
      // a named day, not a month or a year: those are shared by too many events
      if (t.end() <= lead.length() && t.value().length() == 10 && Character.isDigit(t.value().charAt(0))) {
        terms.put(DATE_PREFIX + t.value(), ENTITY_WEIGHT);
      }
    }
    for (Quantity q : a.quantities()) {
      if (q.end() <= lead.length() && q.value() >= 10) {
        terms.put(FIGURE_PREFIX + figure(q.value()), ENTITY_WEIGHT);
      }
    }
    if (a.quantities().isEmpty()) {
      // a language whose pack finds no figures: the numbers written in digits in its lead, outside
      // its time expressions ("6700 контейнеров", "6천700개", Korean's 만 and 천 read as 10,000 and 1,000)
      for (double v : digitFigures(lead, a.times())) {
        terms.put(FIGURE_PREFIX + figure(v), ENTITY_WEIGHT);
      }
    }
    return new StoryDoc(d.id(), terms, d.entities(), d.day());
  }

  /** A number in digits, with thousands separators, and Korean's myriad and thousand after it ("1만2천", "6천700"). */
  private static final Pattern DIGITS = Pattern.compile(
      "(?<![\\p{IsLatin}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:(만)\\s?(\\d+(?=천))?)?(?:(천)\\s?(\\d{1,3})?)?(?![\\p{N}])");

  /**
   * The numbers of at least 10 written in digits in {@code text}, outside the spans of {@code times}
   * (a day or a year is a time, not a figure), in text order.
   */
  static List<Double> digitFigures(String text, List<TimeExpression> times) {
    List<Double> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      boolean inTime = false;
      for (TimeExpression t : times) {
        if (m.start() < t.end() && t.start() < m.end()) {
          inTime = true;
          break;
        }
      }
      if (inTime) {
        continue;
      }
      double v = Double.parseDouble(m.group(1).replace(",", ""));
      if (m.group(2) != null) {
        v = v * 10_000 + (m.group(3) == null ? 0 : Double.parseDouble(m.group(3)) * 1_000);
        if (m.group(4) != null) {
          v += m.group(5) == null ? 0 : Double.parseDouble(m.group(5));
        }
      } else if (m.group(4) != null) {
        v = v * 1_000 + (m.group(5) == null ? 0 : Double.parseDouble(m.group(5)));
      }
      if (v >= 10) {
        out.add(v);
      }
    }
    return out;
  }

  /** True when {@code term} has a letter outside the Latin script (a word no glossary read into English). */
  static boolean untranslated(String term) {
    for (int i = 0; i < term.length(); ) {
      int c = term.codePointAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** A figure written alike in every language: its value to two significant digits (6,700; 15,000). */
  static String figure(double value) {
    return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /** Days since the epoch of an ISO date or date-time, or null. */
  public static @Nullable Long day(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      // a malformed date only loses the time decay for this article
      return null;
    }
  }

  /** One surface form of an entity, folded, longest first so "North Korea" wins over "Korea". */
  private record Form(String folded, String original, boolean acronym, String entity) {}

  private static List<Form> forms(Map<String, ? extends Collection<String>> entityForms) {
    List<Form> out = new ArrayList<>();
    for (Map.Entry<String, ? extends Collection<String>> e : entityForms.entrySet()) {
      for (String f : e.getValue()) {
        String s = f.strip();
        String folded = Terms.fold(s);
        List<String> words = Terms.words(s);
        if (words.isEmpty() || words.size() == 1 && (words.get(0).length() < 2 || Terms.isStopWord(words.get(0))
            && !isAcronym(s))) {
          continue;
        }
        out.add(new Form(folded, s, isAcronym(s), e.getKey()));
      }
    }
    out.sort(Comparator.comparingInt((Form f) -> -f.folded().length()).thenComparing(Form::folded)
        .thenComparing(Form::entity));
    return out;
  }

  private static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > ACRONYM_MAX) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts in {@code text} the entity forms (into {@code entityRaw}; an occurrence inside a longer
   * form already counted does not count again) and its words (into {@code raw}), each occurrence at
   * {@code weight}. The words stay: an entity term adds to them, it does not replace them.
   */
  private static void count(String text, List<Form> forms, double weight, Map<String, Double> raw,
      Map<String, Double> entityRaw) {
    String folded = Terms.fold(text);
    boolean[] taken = new boolean[folded.length()];
    // folding may change the length (rare letters); then acronyms are compared on the folded text
    boolean aligned = folded.length() == text.length();
    for (Form f : forms) {
      int from = 0;
      for (int i = folded.indexOf(f.folded()); i >= 0; i = folded.indexOf(f.folded(), from)) {
        int end = i + f.folded().length();
        from = i + 1;
        if (!boundary(folded, i - 1, f.folded().codePointAt(0))
            || !boundary(folded, end, f.folded().codePointBefore(f.folded().length())) || taken[i] || taken[end - 1]) {
          continue;
        }
        if (f.acronym() && aligned && !text.startsWith(f.original(), i)) {
          continue;
        }
        entityRaw.merge(f.entity(), weight, Double::sum);
        Arrays.fill(taken, i, end, true);
        from = end;
      }
    }
    // words of a script a dictionary glosses (Chinese) count as the English of their glosses
    for (String t : Glossaries.terms(text)) {
      raw.merge(t, weight, Double::sum);
    }
  }

  /**
   * True when position {@code i} is outside {@code s} or not a letter or digit, or when the form's
   * letter at that edge ({@code edge}) is an ideograph: Chinese writes no spaces between words.
   */
  private static boolean boundary(String s, int i, int edge) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i)) || Character.isIdeographic(edge);
  }

  /**
   * The first {@code maxWords} words of {@code text} (its lead). Ideographs count as
   * {@link #IDEOGRAPHS_PER_WORD} to a word, about what a Chinese word is long, so a Chinese lead
   * says about as much as an English one.
   */
  public static String lead(String text, int maxWords) {
    int words = 0;
    int ideographs = 0;
    int i = 0;
    boolean inWord = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isIdeographic(c)) {
        if (ideographs++ % IDEOGRAPHS_PER_WORD == 0 && ++words > maxWords) {
          break;
        }
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
        if (words > maxWords) {
          break;
        }
      }
      inWord = letter;
    }
    return text.substring(0, i);
  }
}
