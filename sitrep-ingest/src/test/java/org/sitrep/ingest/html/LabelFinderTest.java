package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LabelFinderTest {
  private static final LabelFinder DATES = new LabelFinder(
      List.of("published", "posted", "updated on", "publié", "时间", "stand"), "\\s*(?:on|am)?\\s*[:：]?\\s*", true);
  private static final LabelFinder AUTHORS = new LabelFinder(
      List.of("作者", "Autorin", "Autor", "Author"), "\\s*[:：]\\s*(\\p{Lu}\\p{L}+(?!\\s*:))", false);

  @Test
  void findsWhatTheRegexFinds() {
    String text = "Home | PUBLISHED on: 12 May 2024. Autorin: Eva Kern; Author: x; 作者：Li";
    assertThat(all(DATES, text)).isEqualTo(allByRegex(DATES, text)).isNotEmpty();
    assertThat(all(AUTHORS, text)).isEqualTo(allByRegex(AUTHORS, text)).containsExactly("Autorin: Eva", "作者：Li");
  }

  @Test
  void letterCaseFollowsTheFlag() {
    assertThat(all(AUTHORS, "author: Eva")).isEmpty();
    assertThat(all(DATES, "Posted: today")).containsExactly("Posted: ");
    // (?i) folds ASCII letters only, so an upper-case É is not the é of "publié"
    assertThat(all(DATES, "PUBLIÉ : hier")).isEqualTo(allByRegex(DATES, "PUBLIÉ : hier")).isEmpty();
  }

  @Test
  void sameMatchesAsTheRegexOnRandomText() {
    Random random = new Random(12);
    String[] pieces = {"published", "Published", "POSTED", "updated on", "updated", "publié", "PUBLIÉ", "时间", "时",
        "Stand", "Autor", "Autorin", "Author", "author", "作者", ":", "：", " ", "  ", "on", "am", "Eva", "Kern", "x",
        "1", "\n", "é"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      assertThat(all(DATES, text)).as(text).isEqualTo(allByRegex(DATES, text));
      assertThat(all(AUTHORS, text)).as(text).isEqualTo(allByRegex(AUTHORS, text));
    }
  }

  @Test
  void rejectsAnEmptyLabel() {
    assertThatThrownBy(() -> new LabelFinder(List.of("a", ""), "", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty label");
  }

  private static List<String> all(LabelFinder finder, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = finder.matcher(text);
    for (int from = 0; finder.find(m, text, from); from = m.end()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<String> allByRegex(LabelFinder finder, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = finder.pattern().matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
