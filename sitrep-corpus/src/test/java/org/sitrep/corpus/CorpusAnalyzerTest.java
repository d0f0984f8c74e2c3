package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.corpus.outlet.OutletRegistry;

class CorpusAnalyzerTest {
  @Test
  void emptyInputGivesTheEmptySnapshot() throws Exception {
    assertThat(new CorpusAnalyzer(OutletRegistry.load(null)).analyze(List.of())).isEqualTo(CorpusSnapshot.EMPTY);
  }

  @Test
  void nullArgumentsFailAtOnce() throws Exception {
    assertThatThrownBy(() -> new CorpusAnalyzer(null)).isInstanceOf(NullPointerException.class).hasMessage("outlets");
    CorpusAnalyzer a = new CorpusAnalyzer(OutletRegistry.load(null));
    assertThatThrownBy(() -> a.analyze(null)).isInstanceOf(NullPointerException.class).hasMessage("articles");
  }

  @Test
  void theSameArticleTwiceCountsOnce() throws Exception {
    List<Article> twice = new ArrayList<>(SummitFixtures.articles());
    twice.addAll(SummitFixtures.articles());
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(twice);
    assertThat(s.stories().stream().mapToInt(x -> x.articles().size()).sum()).isEqualTo(SummitFixtures.articles().size());
  }

  @Test
  void spansOutsideTheTextAndMissingFieldsDoNotFailTheAnalysis() throws Exception {
    String text = "Short text.";
    Article odd = new Article("odd", "test", "not a url", null, null, List.of(), "yesterday", null, List.of("  "), null,
        text,
        List.of(new Entity("e1", "Someone", EntityType.PERSON, List.of(), List.of(new Mention("Someone", 40, 47)), List.of())),
        List.of(), List.of(new Claim("A claim from elsewhere about things", null, ClaimStatus.ASSERTED, List.of(), 30, 60)),
        List.of(), List.of(), List.of(new Event("say", List.of(), null, null, null, "x", 50, 51)), List.of());
    Article empty = new Article("empty", "test", null, null, "", List.of(), null, null, List.of(), null, "",
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(List.of(odd, empty));
    assertThat(s.storyOfArticle()).containsKeys("odd", "empty");
    assertThat(s.stories()).allSatisfy(st -> assertThat(st.title()).isNotNull());
  }

  @Test
  void aReprintPublishedADayLaterAddsItsSourceToTheOriginalsEventNotASecondEvent() throws Exception {
    String body = "PYONGYANG, June 19 (Meridian Wire) - Russian President Vladimir Putin landed in Pyongyang shortly"
        + " before 3 a.m. local time, where North Korean leader Kim Jong Un met him at the airport. It was the"
        + " Russian leader's first trip to North Korea in 24 years, and the two leaders held talks for hours.";
    Article wire = Doc.of("wire", "Meridian Wire", null, "2024-06-19T09:40Z", "Putin lands in Pyongyang", body)
        .event("meet", List.of("Kim Jong Un"), "him", "2024-06-19T03:00", null, "Kim Jong Un met him")
        .build();
    // the copy's NLP anchored "3 a.m." on its own publication day
    Article copy = Doc.of("copy", "Deccan Morning Post", null, "2024-06-20", "Putin, Kim meet in Pyongyang", body)
        .credit("Meridian Wire")
        .event("meet", List.of("Kim Jong Un"), "him", "2024-06-20T03:00", null, "Kim Jong Un met him")
        .build();
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(List.of(copy, wire));
    assertThat(s.timeline()).singleElement().satisfies(t -> {
      assertThat(t.date()).isEqualTo("2024-06-19T03:00");
      assertThat(t.sources()).extracting(org.sitrep.core.corpus.SourceRef::article).containsExactlyInAnyOrder("wire", "copy");
    });
  }
}
