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

  @Test
  void theRecipientOfATransferIsATargetNotAPlace() {
    List<Event> events = events("North Korea has sent approximately 15,000 troops to Russia to assist in "
        + "its conflict with Ukraine. In return, Russia is said to be providing satellite technologies, as "
        + "well as energy and food supplies, to North Korea.", "2024-06-21");
    assertThat(events).extracting(Event::action).containsExactly("send", "provide");
    assertThat(events.get(0).actors()).containsExactly("North Korea");
    assertThat(events.get(0).targets()).containsExactly("Russia");
    assertThat(events.get(0).place()).isNull();
    assertThat(events.get(1).actors()).as("raised out of 'is said to'").containsExactly("Russia");
    assertThat(events.get(1).targets()).containsExactly("North Korea");
  }

  @Test
  void movementKeepsToAsThePlace() {
    List<Event> events = events("Putin travelled to Vietnam after the summit.", "2024-06-21");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("travel");
      assertThat(e.place()).isEqualTo("Vietnam");
      assertThat(e.targets()).isEmpty();
    });
  }

  @Test
  void controlPassiveAgentsAndPossessorsFindTheActor() {
    List<Event> events = events("The Global Times highlighted Putin's decision to sign a comprehensive "
        + "strategic partnership agreement with North Korea the day before. Its convening was agreed upon "
        + "in May by South Korean President Yoon Suk-yeol and Chinese Premier Li Qiang.", "2024-06-21");
    assertThat(events).extracting(Event::action).containsExactly("sign", "agree");
    assertThat(events.get(0).actors()).containsExactly("Putin");
    assertThat(events.get(0).targets()).containsExactly("North Korea");
    assertThat(events.get(1).actors()).containsExactly("Yoon Suk-yeol", "Li Qiang");
  }

  @Test
  void officialsWithADemonymActForTheirState() {
    List<Event> events = events("On June 18, Chinese diplomats and military officials met with their South "
        + "Korean counterparts in Seoul. The United States imposed sanctions on three Russian banks, and "
        + "Seoul summoned the Russian ambassador.", "2024-06-21");
    assertThat(events).extracting(Event::action).containsExactly("meet", "impose", "summon");
    assertThat(events.get(0).actors()).containsExactly("China");
    assertThat(events.get(0).targets()).containsExactly("South Korea");
    assertThat(events.get(0).place()).isEqualTo("Seoul");
    assertThat(events.get(1).targets()).containsExactly("Russia");
    assertThat(events.get(2).actors()).containsExactly("Seoul");
    assertThat(events.get(2).targets()).containsExactly("Russia");
  }

  @Test
  void aStateWarnedIsATarget() {
    List<Event> events = events("Kim Jong-un warned Washington against further provocations.", "2024-06-21");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.actors()).containsExactly("Kim Jong-un");
      assertThat(e.targets()).containsExactly("Washington");
      assertThat(e.place()).isNull();
    });
  }

  @Test
  void aCounterpartNamedBesideTheRoleIsThePersonNotTheState() {
    List<Event> events = events("South Korean Foreign Minister Cho Tae-yul held talks with his Japanese "
        + "counterpart Yoko Kamikawa in Seoul on Tuesday.", "2024-06-21");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("talk");
      assertThat(e.actors()).containsExactly("Cho Tae-yul");
      assertThat(e.targets()).containsExactly("Yoko Kamikawa");
      assertThat(e.place()).isEqualTo("Seoul");
    });
  }

  @Test
  void weaponsFiredWithoutAnAgentWereFiredByTheirState() {
    List<Event> events = events("Administration officials said North Korean missiles had been fired at Ukrainian "
        + "cities this year.", "2024-06-21");
    assertThat(events).filteredOn(e -> e.action().equals("fire")).singleElement().satisfies(e -> {
      assertThat(e.actors()).containsExactly("North Korea");
      assertThat(e.targets()).containsExactly("Ukraine");
    });
  }

  @Test
  void aRecipientDeepInTheObjectAndThePlannerOfAPurposeClause() {
    List<Event> events = events("From August last year to February this year, North Korea delivered 6,700 "
        + "containers of weapons and ammunition to Russia. North Korea is planning a grand ceremony to welcome "
        + "Putin.", "2024-06-18");
    assertThat(events).filteredOn(e -> e.action().equals("deliver")).singleElement()
        .satisfies(e -> assertThat(e.targets()).containsExactly("Russia"));
    assertThat(events).filteredOn(e -> e.action().equals("welcome")).singleElement().satisfies(e -> {
      assertThat(e.actors()).containsExactly("North Korea");
      assertThat(e.targets()).containsExactly("Putin");
    });
  }
}
