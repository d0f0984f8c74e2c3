package org.sitrep.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyDemandTest {
  /** A sentence from "word/lemma/TAG/NER" items. */
  private static DependencyDemand.Words sentence(String text, String... items) {
    List<String> w = new ArrayList<>();
    List<String> l = new ArrayList<>();
    List<String> t = new ArrayList<>();
    List<String> n = new ArrayList<>();
    for (String item : items) {
      String[] f = item.split("/");
      w.add(f[0]);
      l.add(f[1]);
      t.add(f[2]);
      n.add(f[3]);
    }
    return new DependencyDemand.Words(text, w, l, t, n);
  }

  private static final DependencyDemand.Words PLAIN = sentence("The weather was cold.",
      "The/the/DT/O", "weather/weather/NN/O", "was/be/VBD/O", "cold/cold/JJ/O", "./././O");

  @Test
  void quotesAndTheirNeighboursAreParsed() {
    boolean[] chosen = DependencyDemand.select(List.of(PLAIN, PLAIN,
        sentence("\"We are ready.\"", "``/``/``/O", "We/we/PRP/O", "are/be/VBP/O", "ready/ready/JJ/O",
            "''/''/''/O"),
        PLAIN, PLAIN));
    assertThat(chosen).containsExactly(false, true, true, true, false);
  }

  @Test
  void cueVerbsHedgesAndAppositionsAreParsed() {
    boolean[] chosen = DependencyDemand.select(List.of(
        sentence("Officials said so.", "Officials/official/NNS/O", "said/say/VBD/O", "so/so/RB/O"),
        sentence("Troops were reportedly there.", "Troops/troop/NNS/O", "were/be/VBD/O",
            "reportedly/reportedly/RB/O", "there/there/RB/O"),
        sentence("Kim, the leader, slept.", "Kim/Kim/NNP/PERSON", ",/,/,/O", "the/the/DT/O",
            "leader/leader/NN/O", ",/,/,/O", "slept/sleep/VBD/O"),
        sentence("They had talks.", "They/they/PRP/O", "had/have/VBD/O", "talks/talk/NNS/O"),
        sentence("They had a glass.", "They/they/PRP/O", "had/have/VBD/O", "a/a/DT/O", "glass/glass/NN/O"),
        sentence("The say of a voter.", "The/the/DT/O", "say/say/NN/O", "of/of/IN/O", "a/a/DT/O",
            "voter/voter/NN/O"),
        PLAIN));
    assertThat(chosen).containsExactly(true, true, true, true, false, false, false);
  }
}
