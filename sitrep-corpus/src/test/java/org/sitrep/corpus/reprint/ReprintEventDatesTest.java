package org.sitrep.corpus.reprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;

class ReprintEventDatesTest {
  private static final String TEXT = "Putin landed shortly before 3 a.m., where Kim met him at the airport.";

  private static Article copy(String id, String published, String eventDate) {
    Event meet = new Event("meet", List.of("Kim Jong Un"), List.of("Vladimir Putin"), "him", eventDate, null, TEXT, 0,
        TEXT.length());
    return new Article(id, "test:" + id, null, id, "Summit", List.of(), published, "en", List.of(), null, TEXT,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(meet), List.of());
  }

  @Test
  void aLaterCopyDatesTheSameSentenceAsTheEarliestCopy() {
    Article reprint = copy("reprint", "2024-06-20", "2024-06-20T03:00");
    Article wire = copy("wire", "2024-06-19T09:40Z", "2024-06-19T03:00");
    Article other = copy("other", "2024-06-21", "2024-06-21T03:00");
    // the reprint arrived first, but the wire copy is the earliest published
    List<Article> out = ReprintEventDates.align(List.of(reprint, wire, other),
        Map.of("reprint", "reprint", "wire", "reprint"));
    assertThat(out.get(0).events().get(0).date()).isEqualTo("2024-06-19T03:00");
    assertThat(out.get(0).events().get(0).targets()).containsExactly("Vladimir Putin");
    assertThat(out.get(1)).isSameAs(wire);
    // not a copy: its own date stays
    assertThat(out.get(2)).isSameAs(other);
  }
}
