package org.sitrep.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the data of list-like wire copy: runs of short lines that are rows of names and figures
 * (results "Plymouth 2 Preston 1", standings "Bury 21 11 8 2 30 17 41", market tables "Nikkei 38,102.4
 * +0.8%"), with the short labels between them ("Division two", "Standings:"). Such lines are short and
 * rarely end a sentence, the shape of page furniture, yet they are the story. A run counts only with
 * at least three rows, and rows must be at least as many as labels, so a menu or a line of links is
 * never one. Stateless and thread-safe.
 */
public final class DataRows {
  /** A figure standing alone: a score, a count, a price, a percentage, a time. */
  private static final Pattern FIGURE =
      Pattern.compile("(?<![\\p{L}\\d(])[-+]?\\d+(?:[.,:/]\\d+)*%?(?![\\p{L}\\d)])");
  private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");
  private static final Pattern LINK = Pattern.compile("https?://|www\\.|@\\w");
  /** A date or a time-ago stamp: page furniture above a story (and a dateline), never a row of data. */
  private static final Pattern DATE = Pattern.compile(
      "(?i)\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
          + "[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
          + "|\\bago\\b|\\bmin(?:ute)?s? read\\b|\\b(?:updated|published|posted)\\b");
  private static final int MIN_ROWS = 3;
  private static final int MAX_ROW_WORDS = 20;
  private static final int MAX_LABEL_WORDS = 6;

  private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();

  /**
   * Which lines belong to a run of data rows; blank lines inside a run are skipped over (and marked
   * false), labels and rows inside it are marked true.
   */
  public boolean[] mark(List<String> lines) {
    boolean[] out = new boolean[lines.size()];
    int i = 0;
    while (i < lines.size()) {
      if (!row(lines.get(i))) {
        i++;
        continue;
      }
      // grow a run from this row over rows, labels and blank lines
      int rows = 0;
      int labels = 0;
      int lastRow = i;
      int j = i;
      for (; j < lines.size(); j++) {
        String line = lines.get(j).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (row(line)) {
          rows++;
          lastRow = j;
        } else if (label(line)) {
          labels++;
        } else {
          break;
        }
      }
      // a label just before the first row ("Division two") and the rows' introduction belong to the run
      int first = i;
      int back = 0;
      for (int k = i - 1; k >= 0 && back < 3; k--) {
        String line = lines.get(k).strip();
        if (line.isEmpty()) {
          continue;
        }
        back++;
        if (label(line)) {
          first = k;
        } else {
          break;
        }
      }
      if (rows >= MIN_ROWS && rows >= labels) {
        for (int k = first; k <= lastRow; k++) {
          out[k] = !lines.get(k).isBlank();
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** A row of data: a few words with at least one figure, no sentence inside, no link, not furniture. */
  public boolean row(String line) {
    String s = line.strip();
    int words = TextShape.words(s);
    if (words < 2 || words > MAX_ROW_WORDS || LINK.matcher(s).find() || !LETTER.matcher(s).find()
        || DATE.matcher(s).find()) {
      return false;
    }
    if (!figures(s) || TextShape.sentenceEnds(s) > 0 && !s.matches(".*\\d\\.?$")) {
      return false;
    }
    return vocabulary.classify(s) == null;
  }

  /**
   * Whether the line carries figures as data does: two or more, or one after a name ("Topix 2,723.36").
   * A rank alone before a headline ("1 Late goal sends Fulham top") is a list of links, and a count in
   * brackets ("World (12)") a menu.
   */
  private static boolean figures(String s) {
    var m = FIGURE.matcher(s);
    int count = 0;
    boolean afterName = false;
    while (m.find()) {
      count++;
      afterName |= m.start() > 0;
    }
    return count >= 2 || afterName;
  }

  /** A label between rows: a short line without a sentence, or the line introducing the rows ("...:"). */
  private boolean label(String line) {
    String s = line.strip();
    int words = TextShape.words(s);
    boolean intro = s.endsWith(":") && words <= MAX_ROW_WORDS;
    boolean heading = words <= MAX_LABEL_WORDS && !TextShape.endsSentence(s);
    return (intro || heading) && !LINK.matcher(s).find() && vocabulary.classify(s) == null;
  }
}
