package org.sitrep.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  @Test
  void spansMustBeHalfOpenAndNonNegative() {
    assertThatThrownBy(() -> new Mention("x", 5, 4)).hasMessageContaining("[5,4)");
    assertThatThrownBy(() -> new Quote("x", null, null, null, -1, 3)).hasMessageContaining("invalid");
  }

  @Test
  void listsAreCopiedSoLaterChangesDoNotLeakIn() {
    List<String> authors = new ArrayList<>(List.of("A"));
    CleanDocument doc = new CleanDocument("id", "src", null, null, null, authors, null, "en", null, null, "body", List.of());
    authors.add("B");
    assertThat(doc.authors()).containsExactly("A");
    assertThat(doc.credits()).isEmpty();
  }

  @Test
  void articleSplitsBackIntoItsHalves() {
    CleanDocument doc = new CleanDocument("id", "src", "u", "o", "t", List.of("A"), "2024-06-21", "en", List.of("Yonhap"), new Dateline("Seoul", null), "body", List.of());
    Annotations ann = new Annotations(List.of(), List.of(), List.of(), List.of(new Quantity("6,700 containers", 6700, "containers", false, 0, 4)), List.of(), List.of());
    Article a = Article.of(doc, ann);
    assertThat(a.document()).isEqualTo(doc);
    assertThat(a.annotations()).isEqualTo(ann);
  }
}
