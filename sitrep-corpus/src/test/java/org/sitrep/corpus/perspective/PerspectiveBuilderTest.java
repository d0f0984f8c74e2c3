package org.sitrep.corpus.perspective;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.ClaimRef;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.Perspective;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.SummitFixtures;
import org.sitrep.corpus.outlet.OutletRegistry;

class PerspectiveBuilderTest {
  private static Perspective of(Comparison c, String country) {
    return c.perspectives().stream().filter(p -> p.country().equals(country)).findFirst().orElseThrow();
  }

  @Test
  void countriesDifferInSpeakersClaimsFramingAndTone() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitFixtures.articles());
    String story = s.storyOfArticle().get("yna-1");
    Comparison c = s.comparisons().get(story);
    assertThat(c.perspectives()).extracting(Perspective::country).containsExactly("CN", "IN", "KP", "KR", "RU", "US");
    Perspective us = of(c, "US");
    Perspective cn = of(c, "CN");
    Perspective kr = of(c, "KR");
    Perspective in = of(c, "IN");
    assertThat(us.outlets()).containsExactly("AP", "Washington Post");
    assertThat(us.quotedSpeakers()).containsExactly("Antony Blinken");
    assertThat(cn.quotedSpeakers()).containsExactly("Lin Jian");
    assertThat(of(c, "KP").quotedSpeakers()).containsExactly("Kim Jong-un");
    // the shipment claim: carried by KR and US (and, as denials, KP and RU), omitted by CN and IN
    String containers = s.claims().stream().filter(x -> x.text().contains("containers")).findFirst().orElseThrow().id();
    assertThat(kr.claims()).extracting(ClaimRef::id).contains(containers);
    assertThat(cn.omits()).extracting(ClaimRef::id).contains(containers);
    assertThat(in.omits()).extracting(ClaimRef::id).contains(containers);
    assertThat(in.claims()).isEmpty();
    assertThat(kr.omits()).extracting(ClaimRef::text).anyMatch(t -> t.contains("sovereign states"));
    // framing: US wire copy speaks of a defense pact and isolation, Chinese coverage of sovereign states
    assertThat(us.framing()).contains("mutual defense", "isolation");
    assertThat(cn.framing()).contains("sovereign states");
    assertThat(of(c, "RU").framing()).contains("breakthrough document");
    // tone toward Kim Jong-un: hostile in the US copy, warm in Pyongyang's own
    assertThat(us.tone().get("Kim Jong-un")).isNegative();
    assertThat(of(c, "KP").tone().get("Kim Jong-un")).isPositive();
  }

  @Test
  void toneLexiconScoresNegationAndBounds() {
    ToneLexicon t = ToneLexicon.bundled();
    assertThat(t.score("The reckless regime condemned by all.")).isLessThan(-0.5);
    assertThat(t.score("A warm and fruitful friendship.")).isEqualTo(1.0);
    assertThat(t.score("The talks were not successful.")).isNegative();
    assertThat(t.score("The talks were held in Beijing.")).isZero();
  }

  @Test
  void framingTermsUseTheInformativePrior() {
    List<String> a = List.of("The rogue states defied the alliance.", "Rogue states again; the alliance responds.");
    List<String> b = List.of("A rational choice by sovereign states.", "Rational choice, says Beijing, of sovereign states.");
    assertThat(FramingTerms.distinctive(a, b, 3)).contains("rogue states");
    assertThat(FramingTerms.distinctive(b, a, 3)).contains("rational choice");
  }
}
