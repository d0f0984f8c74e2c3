package org.sitrep.corpus.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.SummitFixtures;
import org.sitrep.corpus.outlet.OutletRegistry;

class ClaimMatcherTest {
  @Test
  void theShipmentClaimIsOneContestedClaimWithDifferingFigures() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitFixtures.articles());
    ClaimSummary containers = s.claims().stream().filter(c -> c.text().contains("containers")).findFirst().orElseThrow();
    assertThat(s.claims().stream().filter(c -> c.text().contains("containers"))).hasSize(1);
    assertThat(containers.sources()).extracting(SourceRef::article)
        .containsExactly("yna-1", "kt-1", "kh-1", "kcna-1", "tass-1", "ap-1", "wapo-1");
    // reprints count once: Yonhap (with the Korea Times copy), the Korea Herald, AP (with the Post copy)
    assertThat(containers.corroboratedBy()).containsExactly("AP", "Korea Herald", "Yonhap");
    assertThat(containers.contested()).isTrue();
    assertThat(containers.deniedBy()).containsExactly("DPRK", "Dmitry Peskov");
    assertThat(containers.claimant()).isEqualTo("Shin Won-sik");
    assertThat(containers.status()).isEqualTo("reported");
    assertThat(containers.text()).contains("[figures differ: about 6,700 containers (Yonhap, Korea Times, Korea Herald);"
        + " more than 10,000 containers (AP, Washington Post)]");
    ClaimSummary china = s.claims().stream().filter(c -> c.text().contains("sovereign states")).findFirst().orElseThrow();
    assertThat(china.contested()).isFalse();
    assertThat(china.corroboratedBy()).containsExactly("Global Times");
  }
}
