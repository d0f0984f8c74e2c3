package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameSetTest {
  private static final String NAMES = "comments?|nav|read-more|related|article-body|ad|side-bar";
  private static final NameSet SET = NameSet.of(NAMES);
  private static final Pattern REGEX = Pattern.compile("(?:^|[\\s_-])(?:" + NAMES + ")(?:$|[\\s_-])");

  @Test
  void matchesWholePartsOnly() {
    assertThat(SET.find("related-posts")).isTrue();
    assertThat(SET.find("post_related")).isTrue();
    assertThat(SET.find("box read-more-link")).isTrue();
    assertThat(SET.find("comment")).isTrue();
    assertThat(SET.find("comments-area")).isTrue();
    assertThat(SET.find("unrelated")).isFalse();
    assertThat(SET.find("navigation")).isFalse();
    assertThat(SET.find("header read")).isFalse();
    assertThat(SET.find("read_more")).as("a hyphenated name needs its hyphen").isFalse();
    assertThat(SET.find("")).isFalse();
    assertThat(SET.find("  ")).isFalse();
  }

  @Test
  void agreesWithTheEquivalentRegularExpressionOnRandomSignatures() {
    List<String> parts = List.of("comment", "comments", "nav", "navbar", "read", "more", "related", "un", "article",
        "body", "ad", "ads", "side", "bar", "x", "main");
    List<String> glue = List.of("-", "_", " ", "", "--", "\t");
    Random random = new Random(20240619);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(5);
      for (int k = 0; k < n; k++) {
        if (k > 0 || random.nextInt(4) == 0) {
          sb.append(glue.get(random.nextInt(glue.size())));
        }
        sb.append(parts.get(random.nextInt(parts.size())));
      }
      String signature = sb.toString();
      assertThat(SET.find(signature)).as(signature).isEqualTo(REGEX.matcher(signature).find());
    }
  }

  @Test
  void rejectsAnEmptyName() {
    assertThatThrownBy(() -> NameSet.of("nav||menu")).isInstanceOf(IllegalArgumentException.class);
  }
}
