package org.sitrep.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Event;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.testing.NerEntities;
import org.sitrep.nlp.testing.SharedParser;
import org.sitrep.nlp.time.TimeNormalizer;

class EventExtractorIT {
  private final EventExtractor extractor = new EventExtractor();

  private List<Event> events(String text, String date) {
    ParsedText parsed = SharedParser.get().parse(text, date);
    return extractor.extract(parsed, NerEntities.of(parsed), new TimeNormalizer().normalize(parsed, date));
  }

  @Test
  void conjoinedSubjectsAreAllActorsAndTheDateIsTheSentencesOwn() {
    List<Event> events = events("Russian President Vladimir Putin and North Korean leader Kim Jong-un "
        + "signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday.", "2024-06-21");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("sign");
      assertThat(e.actors()).containsExactly("Vladimir Putin", "Kim Jong-un");
      assertThat(e.object()).isEqualTo("comprehensive strategic partnership treaty");
      assertThat(e.date()).isEqualTo("2024-06-19");
      assertThat(e.place()).isEqualTo("Pyongyang");
      assertThat(e.start()).isZero();
    });
  }

  @Test
  void lightVerbsNameTheActionAndWithGivesTheCounterpart() {
    List<Event> events = events("Vladimir Putin arrived in Pyongyang. Kim Jong-un held talks with Putin "
        + "at the Kumsusan guesthouse on Thursday.", "2024-06-21");
    assertThat(events).extracting(Event::action).containsExactly("arrive", "talk");
    Event talk = events.get(1);
    assertThat(talk.actors()).containsExactly("Kim Jong-un");
    assertThat(talk.object()).isEqualTo("Vladimir Putin");
    assertThat(talk.date()).isEqualTo("2024-06-20");
    assertThat(events.get(0).date()).isNull();
    assertThat(events.get(0).place()).isEqualTo("Pyongyang");
  }

  @Test
  void negatedConditionalAndHedgedActionsAreNotAsserted() {
    List<Event> events = events("Seoul did not rule out supplying weapons to Ukraine. If Seoul sends "
        + "weapons, Moscow could respond. Russia denied the report.", "2024-06-21");
    assertThat(events).extracting(Event::action).containsExactly("deny");
    assertThat(events.get(0).actors()).containsExactly("Russia");
  }
}
