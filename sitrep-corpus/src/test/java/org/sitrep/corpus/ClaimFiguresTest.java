package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.model.EntityType.COUNTRY;
import static org.sitrep.core.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.corpus.outlet.OutletRegistry;

/** Claims across outlets: one figure worded apart, and who makes a claim that is only ever disputed. */
class ClaimFiguresTest {
  private static List<Article> articles() {
    return List.of(
        Doc.of("ledger", "Seoul Ledger", null, "2024-06-21", "Shipments to Russia",
                "North Korea has sent about 6,700 containers of munitions to Russia since last summer, Defence"
                    + " Minister Shin Won-sik said on Friday, warning that the treaty would deepen the arms trade.")
            .entity("e1", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e2", "Russia", COUNTRY, List.of(), List.of())
            .entity("e3", "Shin Won-sik", PERSON, List.of(), List.of())
            .claim("has sent about 6,700 containers", "Shin Won-sik", ClaimStatus.ASSERTED)
            .quantity("about 6,700 containers", 6700, "containers", true)
            .build(),
        Doc.of("river", "River Daily", null, "2024-06-20", "Seoul condemns pact",
                "The defence ministry said North Korea has shipped around 10,000 containers of munitions and related"
                    + " material to Russia since last year, a figure that could not be independently verified.")
            .entity("e1", "North Korea", COUNTRY, List.of(), List.of())
            .entity("e2", "Russia", COUNTRY, List.of(), List.of())
            .claim("has shipped around 10,000 containers", "the defence ministry", ClaimStatus.ASSERTED)
            .quantity("around 10,000 containers", 10000, "containers", true)
            .build(),
        Doc.of("capitol", "Capitol Ledger", null, "2024-06-19", "Washington reacts",
                "Secretary of State Antony Blinken said Russia was desperate for partners and was turning to"
                    + " countries that could provide it with weapons.")
            .entity("e1", "Antony Blinken", PERSON, List.of(), List.of())
            .entity("e2", "Russia", COUNTRY, List.of(), List.of())
            .claim("Russia was desperate for partners", "Antony Blinken", ClaimStatus.DISPUTED, "Russia")
            .build());
  }

  @Test
  void theSameKindOfFigureAboutTheSameEntitiesIsOneClaimWhoseFiguresDiffer() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles());
    List<ClaimSummary> containers = s.claims().stream().filter(c -> c.text().contains("containers")).toList();
    assertThat(containers).hasSize(1);
    assertThat(containers.get(0).sources()).extracting(SourceRef::article).containsExactlyInAnyOrder("ledger", "river");
    assertThat(containers.get(0).text()).contains("figures differ").contains("about 6,700 containers")
        .contains("around 10,000 containers");
  }

  @Test
  void aClaimOnlyEverReportedAsDisputedKeepsItsClaimant() throws Exception {
    CorpusSnapshot s = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles());
    ClaimSummary blinken = s.claims().stream().filter(c -> c.text().contains("desperate")).findFirst().orElseThrow();
    assertThat(blinken.claimant()).isEqualTo("Antony Blinken");
    assertThat(blinken.deniedBy()).containsExactly("Russia");
    assertThat(blinken.contested()).isTrue();
  }
}
