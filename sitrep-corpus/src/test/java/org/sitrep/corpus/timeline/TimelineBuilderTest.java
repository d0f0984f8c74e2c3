package org.sitrep.corpus.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Event;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.SummitFixtures;
import org.sitrep.corpus.outlet.OutletRegistry;

class TimelineBuilderTest {
  @Test
  void oneItemPerEventWithEverySourceOrderedByEventDate() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitFixtures.articles());
    List<TimelineItem> t = s.timeline();
    assertThat(t).extracting(TimelineItem::date).containsExactly("2023-09", "2024-06-13", "2024-06-19", "2024-06-19");
    // the 2023 meeting was reported in 2024, and still comes first
    assertThat(t.get(0).action()).isEqualTo("meet");
    assertThat(t.get(0).actors()).containsExactly("Kim Jong-un", "Vladimir Putin");
    TimelineItem sign = t.stream().filter(i -> i.action().equals("sign")).findFirst().orElseThrow();
    // six articles in four spellings, KCNA's undated: one event
    assertThat(sign.sources()).extracting(SourceRef::article)
        .containsExactly("kcna-1", "tass-1", "ap-1", "wapo-1", "ians-1", "np-1");
    assertThat(sign.actors()).containsExactlyInAnyOrder("Kim Jong-un", "Vladimir Putin");
    TimelineItem arrive = t.stream().filter(i -> i.action().equals("arrive")).findFirst().orElseThrow();
    assertThat(arrive.sources()).extracting(SourceRef::article).containsExactly("yna-1", "kt-1", "kh-1");
    Article kh = SummitFixtures.byId().get("kh-1");
    SourceRef ref = arrive.sources().get(2);
    assertThat(kh.text().substring(ref.start(), ref.end())).contains("landed in Pyongyang on Wednesday");
  }

  @Test
  void undatedEventsFollowDatedOnesByPublicationDate() {
    Article late = article("a", "2024-06-21", new Event("host", List.of("Putin"), null, null, null, "Putin will host Kim.", 0, 20));
    Article early = article("b", "2024-06-10", new Event("visit", List.of("Kim"), null, "XXXX-06-21", null, "Kim will visit.", 0, 15));
    Article dated = article("c", "2024-06-22", new Event("sign", List.of("Putin"), null, "2024-06-19", null, "Putin signed.", 0, 13));
    List<TimelineItem> t = new TimelineBuilder().build(List.of(late, early, dated), (a, n) -> n, k -> k, Article::outlet);
    assertThat(t).extracting(TimelineItem::action).containsExactly("sign", "visit", "host");
  }

  @Test
  void sameActionAndActorsOnDifferentDatesAreDifferentEvents() {
    Article a = article("a", "2024-06-19", new Event("meet", List.of("Kim", "Putin"), null, "2024-06-19", null, "They met.", 0, 9));
    Article b = article("b", "2024-06-20", new Event("meet", List.of("Putin", "Kim"), null, "2023-09-13", null, "They met.", 0, 9));
    Article c = article("c", "2024-06-20", new Event("meet", List.of("Putin"), null, "2024-06", null, "They met.", 0, 9));
    List<TimelineItem> t = new TimelineBuilder().build(List.of(a, b, c), (x, n) -> n, k -> k, Article::outlet);
    assertThat(t).hasSize(2);
    assertThat(t.get(0).date()).isEqualTo("2023-09-13");
    assertThat(t.get(1).date()).isEqualTo("2024-06-19");
    assertThat(t.get(1).sources()).extracting(SourceRef::article).containsExactly("a", "c");
  }

  private static Article article(String id, String published, Event e) {
    return new Article(id, "test", null, "AP", null, List.of(), published, "en", List.of(), null, e.text(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e), List.of());
  }
}
