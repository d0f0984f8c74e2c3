package org.sitrep.server.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.TimelineItem;

class ActorGraphBuilderTest {
  @Test
  void quoteWordingTypesTheEdge() {
    assertThat(ActorGraphBuilder.quoteType("These are groundless fabrications")).isEqualTo("denies");
    assertThat(ActorGraphBuilder.quoteType("We strongly condemn the agreement")).isEqualTo("criticises");
    assertThat(ActorGraphBuilder.quoteType("They will face consequences")).isEqualTo("warns");
    assertThat(ActorGraphBuilder.quoteType("Our two countries have become allies")).isEqualTo("supports");
    assertThat(ActorGraphBuilder.quoteType("The talks lasted three hours")).isEqualTo("mentions");
  }

  @Test
  void eventsAndDenialsBecomeEdgesThatMergeAcrossReprints() {
    SourceRef a = new SourceRef("a1", "Wire", 0, 40);
    SourceRef b = new SourceRef("a2", "Reprint", 0, 40);
    TimelineItem sign = new TimelineItem("2024-06-19", "sign", List.of("Putin", "Kim"), "Putin and Kim signed.", List.of(a, b));
    TimelineItem alone = new TimelineItem("2024-06-19", "arrive", List.of("Putin"), "Putin arrived.", List.of(a));
    ClaimSummary claim = new ClaimSummary("c1", "Shipped 6,700 containers.", "Shin", "denied", List.of("Russia"),
        List.of("Ledger"), true, List.of(new SourceRef("a3", "Ledger", 5, 30)));
    ActorGraph g = new ActorGraphBuilder().build("s", List.of(), List.of(sign, alone), List.of(claim), List.of());
    assertThat(g.nodes()).extracting(GraphNode::label).containsExactly("Putin", "Kim", "Shin", "Russia");
    assertThat(g.edges()).hasSize(2);
    GraphEdge signs = g.edges().get(0);
    assertThat(signs.type()).isEqualTo("sign");
    assertThat(signs.sources()).containsExactly(a, b);
    GraphEdge denial = g.edges().get(1);
    assertThat(denial.kind()).isEqualTo("denial");
    assertThat(denial.from()).isEqualTo("name:russia");
    assertThat(denial.to()).isEqualTo("name:shin");
  }

  @Test
  void everyActorPointsAtEveryTargetOfAnEvent() {
    SourceRef a = new SourceRef("a1", "Wire", 0, 60);
    TimelineItem send = new TimelineItem("2024-06-19", "send", List.of("North Korea"), List.of("Russia"),
        "North Korea sent troops to Russia.", List.of(a));
    TimelineItem meet = new TimelineItem("2024-06-18", "meet", List.of("China", "Japan"), List.of("South Korea"),
        "Chinese and Japanese diplomats met South Korean counterparts.", List.of(a));
    ActorGraph g = new ActorGraphBuilder().build("s", List.of(), List.of(send, meet), List.of(), List.of());
    assertThat(g.edges()).extracting(e -> e.from() + ">" + e.type() + ">" + e.to()).containsExactly(
        "name:north korea>send>name:russia",
        "name:china>meet>name:japan",
        "name:china>meet>name:south korea",
        "name:japan>meet>name:south korea");
  }

  @Test
  void coActorsOfASeparateActionAreNotLinked() {
    SourceRef a = new SourceRef("a1", "Wire", 0, 60);
    TimelineItem reject = new TimelineItem("2024-06-19", "reject", List.of("Russia", "North Korea"),
        "An accusation Moscow and Pyongyang reject.", List.of(a));
    ActorGraph g = new ActorGraphBuilder().build("s", List.of(), List.of(reject), List.of(), List.of());
    assertThat(g.edges()).isEmpty();
  }
}
