package org.sitrep.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Quantity;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Figures with unit nouns, approximation and normalised values (money, percentages): "approximately
 * 15,000 troops", "an 8,700-ton submarine", "$1.5 billion", "two million", "40 percent". Dates,
 * years, clock times, ordinals and phone numbers are not figures. One left-to-right pass over the
 * tokens of each sentence; thread-safe.
 */
public final class QuantityExtractor {
  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
      Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
      Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
      Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
      Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
      Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
      Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0),
      Map.entry("ninety", 90.0), Map.entry("hundred", 100.0), Map.entry("dozen", 12.0),
      Map.entry("dozens", 12.0), Map.entry("hundreds", 100.0), Map.entry("thousands", 1000.0));
  private static final Map<String, Double> MULTIPLIERS = Map.of(
      "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12, "mln", 1e6, "bln", 1e9,
      "bn", 1e9, "m", 1e6, "k", 1e3);
  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
      "$", "USD", "US$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₩", "KRW", "₽", "RUB",
      "C$", "CAD", "A$", "AUD");
  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
      Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
      Map.entry("yen", "JPY"), Map.entry("won", "KRW"), Map.entry("yuan", "CNY"),
      Map.entry("renminbi", "CNY"), Map.entry("ruble", "RUB"), Map.entry("rubles", "RUB"),
      Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"), Map.entry("usd", "USD"),
      Map.entry("eur", "EUR"));
  /** Words before a figure that make it approximate; longest first where they share a prefix. */
  private static final List<String> APPROXIMATIONS = List.of(
      "more than", "less than", "fewer than", "up to", "at least", "close to", "as many as",
      "as much as", "upwards of", "upward of", "an estimated", "approximately", "about", "around",
      "nearly", "almost", "roughly", "some", "over", "under", "estimated", "approx.", "circa", "~");
  private static final Set<String> REFERRING_DETERMINERS = Set.of(
      "the", "these", "those", "its", "their", "his", "her", "our", "both", "all");
  private static final Set<String> EXCLUDED_NER = Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL");
  private static final Pattern NUMERIC = Pattern.compile("[+-]?\\d[\\d,]*(?:\\.\\d+)?");
  private static final Pattern COMPOUND = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)-([a-zA-Z]+)");
  private static final Pattern PHONE = Pattern.compile("\\d{2,4}[-.]\\d{3,4}(?:[-.]\\d{3,4})?|\\(\\d+\\)");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}.*");

  /** Quantities in text order. */
  public List<Quantity> extract(ParsedText parsed) {
    List<Quantity> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      extract(parsed.text(), s.tokens(), out);
    }
    return out;
  }

  private static void extract(String text, List<Token> tokens, List<Quantity> out) {
    int i = 0;
    while (i < tokens.size()) {
      int end = figure(text, tokens, i, out);
      i = end > i ? end : i + 1;
    }
  }

  /** Tries a figure starting at token {@code i}; returns the index after it, or {@code i}. */
  private static int figure(String text, List<Token> tokens, int i, List<Quantity> out) {
    Token first = tokens.get(i);
    String currency = CURRENCY_SYMBOLS.get(first.word());
    int j = currency != null ? i + 1 : i;
    if (j >= tokens.size()) {
      return i;
    }
    Token num = tokens.get(j);
    if (EXCLUDED_NER.contains(num.ner()) || PHONE.matcher(num.word()).matches()
        || CLOCK.matcher(num.word()).matches()) {
      return i;
    }
    Double value;
    String unit = null;
    int k;
    Matcher compound = COMPOUND.matcher(num.word());
    String w = num.word().toLowerCase(Locale.ROOT);
    if (compound.matches() && !MULTIPLIERS.containsKey(compound.group(2).toLowerCase(Locale.ROOT))) {
      // "8,700-ton": value and unit in one token; the noun it modifies follows.
      value = number(compound.group(1));
      unit = compound.group(2).toLowerCase(Locale.ROOT);
      k = j + 1;
    } else if (NUMERIC.matcher(w).matches()) {
      value = number(w);
      k = j + 1;
    } else if (WORDS.containsKey(w) && (num.pos().equals("CD") || w.equals("dozen") || w.endsWith("s"))) {
      value = WORDS.get(w);
      k = j + 1;
      if (w.equals("one") && !(k < tokens.size() && MULTIPLIERS.containsKey(tokens.get(k).word().toLowerCase(Locale.ROOT)))) {
        return i;
      }
    } else {
      return i;
    }
    if (value == null) {
      return i;
    }
    // Multipliers: "two million", "1.5 billion", "hundreds of thousands".
    while (k < tokens.size()) {
      String m = tokens.get(k).word().toLowerCase(Locale.ROOT);
      Double mult = MULTIPLIERS.get(m);
      if (mult == null && (m.equals("hundred") || m.equals("dozen"))) {
        mult = m.equals("hundred") ? 100.0 : 12.0;
      }
      if (mult == null) {
        break;
      }
      value *= mult;
      k++;
    }
    int lastFigureToken = k - 1;
    String numberWord = tokens.get(j).word();
    boolean bareNumber = NUMERIC.matcher(numberWord).matches() && lastFigureToken == j && currency == null;
    if (bareNumber && unit == null && isYear(numberWord)) {
      return k;
    }
    int endToken = lastFigureToken;
    if (unit == null && k < tokens.size()) {
      Token next = tokens.get(k);
      String nw = next.word().toLowerCase(Locale.ROOT);
      if (next.word().equals("%") || nw.equals("percent") || nw.equals("per") && k + 1 < tokens.size()
          && tokens.get(k + 1).word().equalsIgnoreCase("cent")) {
        unit = "percent";
        endToken = nw.equals("per") ? k + 1 : k;
      } else if (currency == null && CURRENCY_WORDS.containsKey(nw)) {
        currency = CURRENCY_WORDS.get(nw);
        endToken = k;
      } else if (currency == null) {
        int noun = unitNoun(tokens, k);
        if (noun >= 0) {
          Token u = tokens.get(noun);
          if (EXCLUDED_NER.contains(u.ner())) {
            return k;
          }
          unit = u.pos().startsWith("NNP") ? u.word() : u.word().toLowerCase(Locale.ROOT);
          endToken = noun;
        }
      }
    } else if (unit != null && k < tokens.size()) {
      // "an 8,700-ton nuclear-powered submarine": the span runs to the noun the figure describes.
      int noun = unitNoun(tokens, k);
      if (noun >= 0) {
        endToken = noun;
      }
    }
    if (currency != null) {
      unit = currency;
    }
    int approximation = approximationStart(tokens, i);
    if (unit == null && bareNumber && Math.abs(value) < 1000 && approximation < 0) {
      // A lone small number ("in 2 cases" has a unit; "Resolution 2397" or "No. 3" does not).
      return k;
    }
    if (unit == null && isOrdinalOrCode(tokens, i)) {
      return k;
    }
    int startToken = i;
    boolean approximate = false;
    if (!NUMERIC.matcher(numberWord).matches() && value < 100 && i > 0
        && REFERRING_DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
      // "the two countries", "both three": a reference to things already named, not a figure.
      return endToken + 1;
    }
    int before = approximation;
    if (before >= 0) {
      startToken = before;
      approximate = true;
    } else if (i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("an") || i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("a")) {
      if (tokens.get(j).word().matches("\\d.*") && unit != null && unit.equals(compoundUnit(tokens.get(j)))) {
        startToken = i - 1;
      }
    }
    int b = tokens.get(startToken).begin();
    int e = tokens.get(endToken).end();
    out.add(new Quantity(text.substring(b, e), value, unit, approximate, b, e));
    return endToken + 1;
  }

  private static @Nullable String compoundUnit(Token t) {
    Matcher m = COMPOUND.matcher(t.word());
    return m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : null;
  }

  /** The unit noun after a figure: skips up to three modifiers, then the last noun of the first noun run. */
  private static int unitNoun(List<Token> tokens, int k) {
    int skipped = 0;
    int p = k;
    if (p < tokens.size() && tokens.get(p).word().equalsIgnoreCase("of")) {
      return -1;
    }
    while (p < tokens.size() && skipped < 3) {
      String pos = tokens.get(p).pos();
      if (pos.startsWith("NN")) {
        break;
      }
      if (!(pos.equals("JJ") || pos.equals("JJR") || pos.equals("VBN") || pos.equals("VBG")
          || tokens.get(p).word().contains("-") && !pos.equals("CD"))) {
        return -1;
      }
      p++;
      skipped++;
    }
    if (p >= tokens.size() || !tokens.get(p).pos().startsWith("NN")) {
      return -1;
    }
    int last = p;
    while (last + 1 < tokens.size() && tokens.get(last + 1).pos().startsWith("NN")
        && !tokens.get(last + 1).pos().startsWith("NNP") && last - p < 3) {
      last++;
    }
    return last;
  }

  private static int approximationStart(List<Token> tokens, int i) {
    for (String a : APPROXIMATIONS) {
      String[] words = a.split(" ");
      int start = i - words.length;
      if (start < 0) {
        continue;
      }
      boolean match = true;
      for (int w = 0; w < words.length; w++) {
        if (!tokens.get(start + w).word().equalsIgnoreCase(words[w])) {
          match = false;
          break;
        }
      }
      if (match) {
        return start;
      }
    }
    return -1;
  }

  private static boolean isYear(String w) {
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y <= 2100;
  }

  /** "No. 5", "Article 51", "Resolution 2397", "#3": identifiers, not figures. */
  private static boolean isOrdinalOrCode(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    String p = prev.word().toLowerCase(Locale.ROOT);
    return prev.pos().startsWith("NNP") || p.equals("no.") || p.equals("#") || p.equals("number");
  }

  private static @Nullable Double number(String w) {
    try {
      return Double.parseDouble(w.replace(",", ""));
    } catch (NumberFormatException e) {
      // Not a plain number ("1,2,3"): not a figure.
      return null;
    }
  }
}
