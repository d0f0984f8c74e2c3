package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.repair.TextRepair;

/**
 * Seeded random pages: prose paragraphs of clean news text wrapped in furniture drawn from pools
 * (headers, menus, share lines, comment forms, article lists, copyright), with interruptions inside
 * the story. Measures line-level precision and recall of the story and checks invariants.
 */
class TextDumpCleanerRandomTest {
  private static final List<String> HEADER = List.of("Skip to main content", "Home | World | Business | Sport",
      "Latest News", "Share on Facebook", "Share on Twitter", "Subscribe", "Quick access to main page",
      "Harbour Daily", "Search", "Menu", "WORLD", "Log in", "首页 > 国际");
  private static final List<String> TRAILER = List.of("Please enter your comment!", "Please enter your name here",
      "Leave a Reply", "Related Articles", "Weekly Best Articles", "• Ten things to know about the port dispute",
      "• Shipping rates rise on North Sea routes", "You May Also Like", "Popular Now", "Comments0", "300",
      "Copyright © 2024 Harbour Daily. All rights reserved.", "Tags: ports, shipping", "Share this:",
      "More Articles Like This", "Privacy Policy", "jane.doe@harbourdaily.example", "BUSINESS");
  private static final List<String> INSIDE = List.of("Advertisement", "Also read: Ferry fares to rise in July",
      "Scroll to continue");

  @Test
  void findsTheStoryInRandomPages() throws IOException {
    List<String> prose = proseLines();
    TextDumpCleaner cleaner = new TextDumpCleaner(TextRepair.english().joiner());
    Random random = new Random(42);
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    int exact = 0;
    int pages = 300;
    for (int page = 0; page < pages; page++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0, n = random.nextInt(6); i < n; i++) {
        lines.add(HEADER.get(random.nextInt(HEADER.size())));
      }
      lines.add("Port Authority Approves Plan for New Terminal");
      lines.add("");
      List<String> story = new ArrayList<>();
      boolean extraAdded = false;
      int start = random.nextInt(prose.size() - 8);
      for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
        story.add(prose.get(start + i));
        lines.add(prose.get(start + i));
        lines.add("");
        if (i > 0 && random.nextInt(6) == 0) {
          lines.add(INSIDE.get(random.nextInt(INSIDE.size())));
          lines.add("");
        }
        if (i + 1 < n && !extraAdded && random.nextInt(3) == 0) {
          extraAdded = true;
          // Short paragraphs belong to the story too: a one-line quote, a subheading.
          String extra = random.nextBoolean() ? "“We are ready,” the minister said." : "Background to the dispute";
          story.add(extra);
          lines.add(extra);
          lines.add("");
        }
      }
      for (int i = 0, n = random.nextInt(12); i < n; i++) {
        lines.add(TRAILER.get(random.nextInt(TRAILER.size())));
      }
      List<String> body = cleaner.clean(String.join("\n", lines)).body();
      Set<String> expected = new HashSet<>(story);
      for (String line : body) {
        if (expected.contains(line)) {
          truePositive++;
        } else {
          falsePositive++;
        }
      }
      for (String line : story) {
        if (!body.contains(line)) {
          falseNegative++;
        }
      }
      if (body.equals(story)) {
        exact++;
      }
      // Invariant: the story comes out in page order, each line once.
      assertThat(body).doesNotHaveDuplicates();
    }
    double precision = (double) truePositive / (truePositive + falsePositive);
    double recall = (double) truePositive / (truePositive + falseNegative);
    System.out.printf("text-dump cleaner on %d random pages: precision %.3f, recall %.3f, exact %d%n",
        pages, precision, recall, exact);
    assertThat(precision).isGreaterThanOrEqualTo(0.98);
    assertThat(recall).isGreaterThanOrEqualTo(0.98);
  }

  private static List<String> proseLines() throws IOException {
    try (InputStream in = TextDumpCleanerRandomTest.class.getResourceAsStream("/repair/clean-english.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
