package org.sitrep.corpus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.SummitFixtures;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.corpus.text.Ids;

class StoryClustererTest {
  @Test
  void summitCorpusFormsItsStories() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitFixtures.articles());
    StorySummary summit = s.stories().get(0);
    assertThat(summit.articles()).containsExactlyInAnyOrder("yna-1", "kt-1", "kh-1", "kcna-1", "tass-1", "ap-1",
        "wapo-1", "gt-1", "ians-1", "np-1");
    assertThat(summit.id()).isEqualTo(Ids.of("s", "yna-1"));
    assertThat(summit.countries()).containsExactly("CN", "IN", "KP", "KR", "RU", "US");
    assertThat(summit.first()).isEqualTo("2024-06-19T02:10:00Z");
    assertThat(summit.last()).isEqualTo("2024-06-20T08:00:00Z");
    // ten articles, seven origins: the Korea Times, Washington Post and NationPress copies count once
    assertThat(summit.independentSources()).isEqualTo(7);
    assertThat(s.storyOfArticle().get("kh-2")).isEqualTo(s.storyOfArticle().get("cd-1"))
        .isNotEqualTo(summit.id());
  }

  @Test
  void theSameTopicWeeksApartSplitsIntoTwoStories() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitFixtures.articles());
    assertThat(s.storyOfArticle().get("yna-2")).isEqualTo(s.storyOfArticle().get("kt-2"));
    assertThat(s.storyOfArticle().get("yna-3")).isNotEqualTo(s.storyOfArticle().get("yna-2"));
  }

  @Test
  void withoutDatesSimilarHeadlinesJoinAndUnrelatedOnesDoNot() {
    List<StoryDoc> docs = new ArrayList<>();
    String[] titles = {
      "Putin arrives in Pyongyang for summit with Kim",
      "Kim Jong Un welcomes Putin in Pyongyang summit",
      "Apple unveils new iPhone at September event",
      "Putin and Kim sign pact at Pyongyang summit",
      "New iPhone unveiled by Apple",
    };
    for (int i = 0; i < titles.length; i++) {
      docs.add(StoryDocs.of("d" + i, titles[i], null, Set.of(), null));
    }
    int[] c = new StoryClusterer(StoryParams.defaults()).cluster(docs);
    assertThat(c[1]).isEqualTo(c[0]);
    assertThat(c[3]).isEqualTo(c[0]);
    assertThat(c[4]).isEqualTo(c[2]).isNotEqualTo(c[0]);
  }
}
