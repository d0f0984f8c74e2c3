package org.sitrep.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.repair.SplitWordJoiner;

/**
 * Finds the article in a plain-text page dump. Each line is scored by its shape (length, sentence
 * endings, bullets, script, keyword families of furniture, repetition); the story is the run of lines
 * with the highest total score (the densest block of prose), extended over short interruptions when
 * prose resumes after them. Runs of data rows (results, standings, market tables: {@link DataRows}) count
 * as story, not furniture, however short their lines. Lines inside the story that are furniture are dropped; what lies above and
 * below is kept apart for metadata. Thread-safe.
 */
public final class TextDumpCleaner {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
  private static final Pattern NUMERIC = Pattern.compile("^[\\d\\s.,:/|+()#%-]*$");
  private static final Pattern BIO = Pattern.compile("^(is|was|has|covers|writes|reports|joined|leads|edits)\\b");
  private static final int BOILERPLATE = -30;
  /** How far past the story's end an interruption may reach before prose must resume. */
  private static final int MAX_GAP = 4;

  /** What a row of a results or market table adds to a story's score: less than a sentence, more than furniture. */
  private static final double ROW = 1.5;
  /** A label inside a table ("Division two") scores just above nothing, so the story starts at it. */
  private static final double TABLE_LABEL = 0.1;

  private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();
  private final DataRows dataRows = new DataRows();
  private final @Nullable SplitWordJoiner joiner;

  /** @param joiner decides hyphenated joins when hard-wrapped lines are unwrapped; null keeps hyphens */
  public TextDumpCleaner(@Nullable SplitWordJoiner joiner) {
    this.joiner = joiner;
  }

  /** Splits {@code text} into header, story and trailer. */
  public DumpLayout clean(String text) {
    List<String> lines = unwrap(normalise(text));
    int n = lines.size();
    boolean latin = latinDocument(lines);
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      if (!line.isEmpty()) {
        counts.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    @Nullable BoilerplateFamily[] families = new BoilerplateFamily[n];
    List<String> shortLines = new ArrayList<>();
    boolean inSummary = false;
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      BoilerplateFamily family = vocabulary.classify(line);
      if (family == BoilerplateFamily.SUMMARY) {
        inSummary = true;
      } else if (inSummary) {
        if (TextShape.bulleted(line) || (TextShape.words(line) <= 6 && !TextShape.endsSentence(line))) {
          family = BoilerplateFamily.SUMMARY;
        } else {
          inSummary = false;
        }
      }
      if (family == null && BoilerplateVocabulary.legalNotice(line)) {
        family = BoilerplateFamily.LEGAL;
      }
      if (family == null && isBio(line, shortLines)) {
        family = BoilerplateFamily.CONTACT;
      }
      if (TextShape.words(line) <= 6 && !TextShape.endsSentence(line)) {
        shortLines.add(line);
      }
      families[i] = family;
    }

    boolean[] table = dataRows.mark(lines);
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = table[i] && families[i] == null
          ? (dataRows.row(lines.get(i)) ? ROW : TABLE_LABEL)
          : score(lines.get(i), families[i], latin, counts);
    }
    int[] span = densest(scores, lines);
    int start = span[0];
    int end = span[1];
    end = extend(lines, scores, families, end);

    List<String> header = new ArrayList<>();
    List<String> body = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<String> trailer = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (i < start) {
        header.add(line);
      } else if (i > end) {
        trailer.add(line);
      } else if (families[i] != null || (!table[i] && noise(line, latin, counts))) {
        dropped.add(line);
      } else {
        body.add(line);
      }
    }
    // A headline that ends with "?" or "!" scores as prose; when it opens the story it is header matter.
    if (body.size() > 1 && headline(body.getFirst()) && !table[lines.indexOf(body.getFirst())]) {
      header.add(body.removeFirst());
    }
    return new DumpLayout(header, body, dropped, trailer);
  }

  /** Whether {@code line} reads like a headline: Title Case, no closing period, not too long. */
  static boolean headline(String line) {
    int words = TextShape.words(line);
    String s = line.strip();
    return words >= 3 && words <= 25 && !s.endsWith(".") && TextShape.titleCaseRatio(s) >= 0.7
        && TextShape.sentenceEnds(s.substring(0, Math.max(0, s.length() - 1))) == 0;
  }

  private static boolean isBio(String line, List<String> shortLines) {
    for (String name : shortLines) {
      if (TextShape.words(name) >= 2 && line.length() > name.length() + 3 && line.startsWith(name + " ")
          && BIO.matcher(line.substring(name.length() + 1)).find()) {
        return true;
      }
    }
    return false;
  }

  private double score(String line, @Nullable BoilerplateFamily family, boolean latin, Map<String, Integer> counts) {
    if (line.isEmpty()) {
      return 0;
    }
    if (family != null) {
      return family == BoilerplateFamily.INTERRUPTION ? -8 : BOILERPLATE;
    }
    int words = TextShape.words(line);
    if (latin && TextShape.cjkRatio(line) > 0.2) {
      return -15;
    }
    if (noise(line, latin, counts)) {
      return -10;
    }
    boolean sentence = TextShape.endsSentence(line) || TextShape.sentenceEnds(line) >= 2;
    if (TextShape.bulleted(line)) {
      return sentence && words >= 8 ? words / 2.0 : -8;
    }
    if (words >= 8 && sentence) {
      return words;
    }
    if (words >= 20) {
      return words / 2.0;
    }
    return -3 - (words > 3 ? words / 4.0 : 0);
  }

  /** Lines that are furniture by shape: numbers alone, CJK chrome around a Latin story, repeated labels. */
  private static boolean noise(String line, boolean latin, Map<String, Integer> counts) {
    if (NUMERIC.matcher(line).matches()) {
      return true;
    }
    if (latin && TextShape.cjkRatio(line) > 0.2) {
      return true;
    }
    return counts.getOrDefault(line.toLowerCase(Locale.ROOT), 0) >= 2 && TextShape.words(line) <= 14
        && !TextShape.endsSentence(line);
  }

  /** The maximum-sum run of lines (Kadane), as inclusive line indexes; blank lines count zero. */
  private static int[] densest(double[] scores, List<String> lines) {
    double best = Double.NEGATIVE_INFINITY;
    int bestStart = 0;
    int bestEnd = -1;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < scores.length; i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += scores[i];
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    return new int[] {bestStart, bestEnd};
  }

  /** Extends the story past interruptions ("Advertisement", "Also read: ...") when prose resumes. */
  private static int extend(List<String> lines, double[] scores, @Nullable BoilerplateFamily[] families, int end) {
    int current = end;
    while (true) {
      int gap = 0;
      int i = current + 1;
      boolean blocked = false;
      boolean marked = true;
      while (i < lines.size() && gap <= MAX_GAP && scores[i] <= 0) {
        if (!lines.get(i).isEmpty()) {
          if (families[i] != null && families[i].ending()) {
            blocked = true;
            break;
          }
          marked &= families[i] == BoilerplateFamily.INTERRUPTION;
          gap++;
        }
        i++;
      }
      if (blocked || i >= lines.size() || gap > MAX_GAP) {
        return current;
      }
      double resumed = 0;
      int j = i;
      while (j < lines.size() && (scores[j] > 0 || lines.get(j).isEmpty())) {
        resumed += scores[j];
        j++;
      }
      // After a known interruption one sentence of prose is enough; after unknown lines, a paragraph.
      if (resumed < (marked ? 8 : 25)) {
        return current;
      }
      current = j - 1;
      while (current > end && lines.get(current).isEmpty()) {
        current--;
      }
    }
  }

  /** Whether most letters of the document's prose lines are Latin (CJK chrome is then furniture). */
  private static boolean latinDocument(List<String> lines) {
    long latin = 0;
    long cjk = 0;
    for (String line : lines) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (TextShape.isCjk(c)) {
          cjk++;
        } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    // A CJK character carries about as much text as three Latin letters.
    return latin > cjk * 3;
  }

  private static List<String> normalise(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("\\R", -1)) {
      String line = INVISIBLE.matcher(raw).replaceAll("");
      line = SPACES.matcher(line).replaceAll(" ").strip();
      out.add(line);
    }
    return out;
  }

  /**
   * Joins hard-wrapped lines back into paragraphs when the dump was wrapped at a fixed width: most long
   * lines end near the same column and paragraphs are separated by blank lines.
   */
  private List<String> unwrap(List<String> lines) {
    List<Integer> lengths = new ArrayList<>();
    for (String line : lines) {
      if (line.length() >= 40) {
        lengths.add(line.length());
      }
    }
    if (lengths.size() < 6) {
      return lines;
    }
    int max = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
    long nearMax = lengths.stream().filter(l -> l >= max * 0.8).count();
    if (max > 110 || nearMax < lengths.size() * 0.6) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      if (line.isEmpty()) {
        if (current != null) {
          out.add(current.toString());
          current = null;
        }
        out.add("");
        continue;
      }
      if (current == null) {
        current = new StringBuilder(line);
      } else if (current.length() > 1 && current.charAt(current.length() - 1) == '-'
          && Character.isLetter(current.charAt(current.length() - 2)) && Character.isLowerCase(line.charAt(0))) {
        joinHyphenated(current, line);
      } else {
        current.append(' ').append(line);
      }
      if (line.length() < max * 0.6) {
        out.add(current.toString());
        current = null;
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  private void joinHyphenated(StringBuilder current, String line) {
    int leftStart = current.length() - 1;
    while (leftStart > 0 && Character.isLetter(current.charAt(leftStart - 1))) {
      leftStart--;
    }
    String left = current.substring(leftStart, current.length() - 1);
    int rightEnd = 0;
    while (rightEnd < line.length() && Character.isLetter(line.charAt(rightEnd))) {
      rightEnd++;
    }
    String right = line.substring(0, rightEnd);
    String joined = joiner == null ? left + "-" + right : joiner.joinHyphenated(left, right);
    current.setLength(leftStart);
    current.append(joined).append(line, rightEnd, line.length());
  }
}
