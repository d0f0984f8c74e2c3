package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor's hand-written text tests against the patterns they stand for: a folded line matched without
 * case flags against the same line matched with {@code (?iu)}, and the sentence-end and white-space tests
 * against their regular expressions.
 */
class CaseFoldTest {
  private static final List<String> LINES = List.of(
      "Advertisement", "ADVERTISEMENT", "Read More", "ÄHNLICHE BEITRÄGE", "Über den Autor", "Weiterlesen …",
      "Photo: Jane Doe/REUTERS", "İstanbul", "ıstanbul", "STRASSE", "Straße", "ΣΊΣΥΦΟΣ", "Kelvin \u212Aelvin",
      "Mixed Ⓐ circled", "𐐀 deseret capital", "plain words that match nothing", "", "Tags: Politics, Asia",
      "12 Comments", "Share this article on Facebook", "3 MIN READ", "Published 12. März 2024, 10:15 Uhr");

  private static final List<String> PATTERNS = List.of(
      "^(?:advertisement|read more|ähnliche beiträge|über den autor|weiterlesen.{0,20})$",
      "^(?:photo|foto)s?\\s*:.{0,80}$", "^istanbul$", "^strasse$", "^σίσυφοσ$" /* folded: a final sigma folds to σ */, "^kelvin kelvin$", "^mixed ⓐ circled$",
      "^𐐨 deseret capital$", "^(?:tags?:.{0,120}|\\d+ comments?|share( this( article)?)?( on \\w+)?|\\d+ min read)$",
      "^[\\p{L}\\s,.:|/()-]{0,30}?\\d{1,2}\\.? \\p{L}{3,10}\\.? \\d{4}(?:[\\s,|-]*\\d{1,2}[:.]\\d{2}(?: uhr)?)?$");

  @Test
  void aFoldedLineMatchesAsTheCaseInsensitivePatternDoes() {
    for (String p : PATTERNS) {
      Pattern plain = Pattern.compile(p);
      Pattern insensitive = Pattern.compile("(?iu)" + p);
      for (String line : LINES) {
        assertThat(plain.matcher(CaseFold.fold(line)).matches())
            .as("%s against %s", line, p)
            .isEqualTo(insensitive.matcher(line).matches());
      }
    }
  }

  @Test
  void foldingKeepsUnchangedLinesAsTheyAre() {
    String line = "already folded, 42 times";
    assertThat(CaseFold.fold(line)).isSameAs(line);
    assertThat(CaseFold.fold("ÄBC")).isEqualTo("äbc");
  }

  @Test
  void sentenceEndsAsThePatternFindsThem() {
    Pattern sentenceEnd = Pattern.compile("[.!?。！？]['\"”’»)]?\\s*$|[.!?。！？]\\s");
    List<String> texts = List.of("It rained.", "It rained. Then", "It rained.\n", "“It rained.”", "It rained.” ",
        "Who?)", "Who?) and", "3.5 million", "e.g.x", "完了。", "完了。下", "No end", "end.\u2028", "end.\u2028x", ".",
        "", "a.\u00a0b", "a.'\n", "a.\"x", "v1.2.3");
    for (String t : texts) {
      assertThat(MainTextExtractor.hasSentenceEnd(t)).as(t).isEqualTo(sentenceEnd.matcher(t).find());
    }
  }

  @Test
  void normaliseCollapsesWhiteSpaceAsThePatternDid() {
    Pattern run = Pattern.compile("[\\s\\u00a0]+");
    for (String t : List.of("  A\u00a0 B\t\nC ", "x", "", "\u2003Em space\u2003", "ÄB  ÇD")) {
      assertThat(MainTextExtractor.normalise(t)).isEqualTo(run.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
    }
  }
}
