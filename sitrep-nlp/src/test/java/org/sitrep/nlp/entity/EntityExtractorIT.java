package org.sitrep.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.nlp.TestParser;
import org.sitrep.nlp.parse.ParsedText;

class EntityExtractorIT {
  private final EntityExtractor extractor = new EntityExtractor();

  private List<Entity> extract(String text) {
    ParsedText parsed = TestParser.parse(text);
    List<Entity> entities = extractor.extract(parsed);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    return entities;
  }

  private static Optional<Entity> named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void officialNamesAndAcronymsAreTheCountry() {
    List<Entity> es = extract("Putin visited the Democratic People's Republic of Korea on Tuesday. "
        + "The DPRK and the ROK have no diplomatic ties, and the Republic of Korea protested to the U.S. "
        + "and the US embassy.");
    Entity nk = named(es, "North Korea").orElseThrow();
    assertThat(nk.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(nk.id()).isEqualTo("country:north-korea");
    assertThat(nk.aliases()).contains("DPRK", "Democratic People's Republic of Korea");
    Entity sk = named(es, "South Korea").orElseThrow();
    assertThat(sk.aliases()).contains("ROK", "Republic of Korea");
    assertThat(named(es, "United States").orElseThrow().aliases()).contains("U.S.");
    assertThat(es).noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().contains("DPRK"));
  }

  @Test
  void surnameJoinsTheOnlyFullNameAndHyphenVariantsMerge() {
    List<Entity> es = extract("Russian President Vladimir Putin met Yoon Suk-yeol in Seoul. "
        + "Putin said the talks went well. Yoon Suk Yeol did not comment on the meeting.");
    Entity putin = named(es, "Vladimir Putin").orElseThrow();
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.id()).isEqualTo("person:vladimir-putin");
    assertThat(putin.aliases()).contains("Putin");
    assertThat(putin.mentions()).hasSize(2);
    assertThat(putin.roles()).contains("Russian President");
    assertThat(es.stream().filter(e -> e.name().startsWith("Yoon"))).hasSize(1);
  }

  @Test
  void peopleSharingASurnameStayApart() {
    List<Entity> es = extract("Kim Jong-un met Kim Hong-kyun in Pyongyang on Monday. "
        + "Daniel Kim, a researcher at the Asan Institute, wrote about the meeting. Kim said it was long.");
    assertThat(named(es, "Kim Jong-un")).isPresent();
    assertThat(named(es, "Kim Hong-kyun")).isPresent();
    Entity daniel = named(es, "Daniel Kim").orElseThrow();
    assertThat(daniel.roles()).contains("a researcher at the Asan Institute");
    for (Entity e : es) {
      assertThat(e.aliases()).doesNotContain("Kim");
    }
    // the lone "Kim" could be any of them: it stays a mention, of a person of its own
    assertThat(named(es, "Kim").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Kim");
  }

  @Test
  void aSharedSurnameIsThePersonItsParagraphNames() {
    List<Entity> es = extract("Cho Tae-yong, South Korea's Foreign Minister, warned that Seoul would respond. "
        + "Cho said the talks would go on.\n\nCho Hyun, a former ambassador, said dialogue remained possible.");
    assertThat(named(es, "Cho Tae-yong").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Cho Tae-yong", "Cho");
    assertThat(named(es, "Cho Hyun").orElseThrow().aliases()).isEmpty();
  }

  /** Every PERSON, ORGANIZATION and LOCATION run of the tagger overlaps an extracted mention. */
  private static void keepsEveryTaggerName(ParsedText parsed, List<Entity> entities, String... except) {
    List<String> lost = new java.util.ArrayList<>();
    for (var s : parsed.sentences()) {
      var t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        String ner = t.get(i).ner();
        if (!List.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE").contains(ner)) {
          continue;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals(ner)) {
          j++;
        }
        int b = t.get(i).begin();
        int e = t.get(j).end();
        boolean kept = entities.stream().flatMap(x -> x.mentions().stream()).anyMatch(m -> m.start() < e && b < m.end());
        String surface = parsed.text().substring(b, e);
        if (!kept && !List.of(except).contains(surface)) {
          lost.add(surface + " [" + ner + "]");
        }
        i = j;
      }
    }
    assertThat(lost).as("tagger names the extractor dropped").isEmpty();
  }

  @Test
  void verblessLinesDatelinesAndListsKeepTheirNames() {
    String text = "LONDON 1996-12-06\n\nSoccer results from the English premier league on Saturday:\n\n"
        + "Arsenal 2 Chelsea 1\n\nManchester United 3 Leeds United 0\n\nTottenham 1 Liverpool 1\n\n"
        + "Shares of Hewlett-Packard rose in New York.\n\nWhite House spokesman Tony Snow spoke on Monday.\n\n"
        + "Snow said the dollar would firm. The snow fell.\n\n"
        + "Barcelona beat Real Madrid 2-1 on Sunday, and fans celebrated in the streets of Barcelona.";
    ParsedText parsed = TestParser.parse(text);
    List<Entity> es = extractor.extract(parsed);
    keepsEveryTaggerName(parsed, es);
    assertThat(es).extracting(Entity::name).contains("LONDON", "Tony Snow", "Hewlett-Packard", "Leeds United");
    assertThat(named(es, "Tony Snow").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Tony Snow", "Snow");
    // the club and the city share a name and stay two entities
    assertThat(es.stream().filter(e -> e.name().equals("Barcelona"))).extracting(Entity::type)
        .containsExactlyInAnyOrder(EntityType.ORGANIZATION, EntityType.LOCATION);
  }

  @Test
  void aPersonBeforeATitleAndASurnameThatIsAlsoAWordAreKept() {
    String text = "Hillary Clinton campaigned in Ohio on Monday. Clinton spokesman Brian Fallon said the rally "
        + "went well.\n\nTrump played his trump card on Tuesday, and Donald Trump said so.";
    ParsedText parsed = TestParser.parse(text);
    List<Entity> es = extractor.extract(parsed);
    keepsEveryTaggerName(parsed, es);
    assertThat(named(es, "Hillary Clinton").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("Hillary Clinton", "Clinton");
  }

  @Test
  void theSecretaryOfStateIsATitleWithOrWithoutAName() {
    List<Entity> es = extract("The Secretary of State said on Monday that talks would resume. "
        + "Talks with the State Department continued.");
    assertThat(es).noneMatch(e -> e.name().equals("State"));
  }

  @Test
  void headlineNamesJoinTheTextsEntitiesAndKeepTheirOwnOffsets() {
    String title = "Putin Strengthens Bonds with North Korea Amid NATO Tensions in Hanoi";
    String text = "Russian President Vladimir Putin visited Pyongyang on Wednesday. North Korea welcomed him, "
        + "while NATO said the bonds between the two countries were a threat and tensions rose.";
    ParsedText parsedTitle = TestParser.parse(title);
    List<Entity> es = extractor.extract(TestParser.parse(text), parsedTitle);
    Entity putin = named(es, "Vladimir Putin").orElseThrow();
    assertThat(putin.titleMentions()).extracting(Mention::text).containsExactly("Putin");
    assertThat(putin.titleMentions().get(0).start()).isZero();
    Entity nk = named(es, "North Korea").orElseThrow();
    assertThat(nk.mentions()).hasSize(1);
    Mention inTitle = nk.titleMentions().get(0);
    assertThat(title.substring(inTitle.start(), inTitle.end())).isEqualTo("North Korea");
    Entity hanoi = named(es, "Hanoi").orElseThrow();
    assertThat(hanoi.mentions()).isEmpty();
    assertThat(hanoi.titleMentions()).extracting(Mention::text).containsExactly("Hanoi");
    assertThat(es).noneMatch(e -> e.name().contains("Bonds") || e.name().contains("Tensions")
        || e.name().contains("Strengthens"));
    assertThat(es.get(es.size() - 1)).isEqualTo(hanoi);
  }

  @Test
  void demonymsAreNotCountriesAndThePeninsulaIsOnePlace() {
    List<Entity> es = extract("North Korean troops and Russian engineers worked near the Korean "
        + "Peninsula, where Russia and North Korea hold drills.");
    Entity nk = named(es, "North Korea").orElseThrow();
    assertThat(nk.mentions()).extracting(Mention::text).containsExactly("North Korea");
    assertThat(named(es, "Russia").orElseThrow().mentions()).hasSize(1);
    assertThat(named(es, "Korean Peninsula").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void boilerplateYieldsNoEntities() {
    List<Entity> es = extract("Please enter your comment!\n\nWeekly Best Articles\n\n"
        + "SUBSCRIBE TO OUR NEWSLETTER FOR MORE\n\nThe minister visited Tokyo on Friday.");
    assertThat(es).extracting(Entity::name).containsExactly("Tokyo");
  }

  @Test
  void capitalisedFunctionWordsAtAClauseStartAreNotPartOfAName() {
    List<Entity> es = extract("Wang said, \"Given NATO's expansion in Europe, the conflict is not "
        + "surprising.\" Meanwhile Russia sent troops.");
    assertThat(es).extracting(Entity::name).doesNotContain("Given NATO", "Meanwhile Russia");
    assertThat(named(es, "NATO")).isPresent();
  }

  @Test
  void theBareCompassWordIsTheOneCountryOfThatName() {
    List<Entity> es = extract("Putin met Kim in North Korea and warned South Korea. "
        + "Unlike Tokyo, the South has refrained from supplying weapons to Ukraine.");
    assertThat(es).extracting(Entity::name).doesNotContain("South");
    assertThat(named(es, "South Korea").orElseThrow().mentions()).extracting(Mention::text)
        .containsExactly("South Korea", "South");
  }

  @Test
  void titleWordsAreRolesNotOrganisations() {
    List<Entity> es = extract("Defence Secretary Lloyd Austin told reporters in Rome that troops "
        + "had arrived. Secretary of State Antony Blinken said Russia was desperate for partners.");
    assertThat(es).extracting(Entity::name).doesNotContain("Defence", "State");
    assertThat(named(es, "Lloyd Austin").orElseThrow().roles()).containsExactly("Defence Secretary");
    assertThat(named(es, "Antony Blinken").orElseThrow().roles()).containsExactly("Secretary of State");
  }

  @Test
  void aCommonNounBeforeANameIsNoRole() {
    List<Entity> es = extract("The treaty Vladimir Putin and Kim Jong Un signed in Pyongyang this week "
        + "is less an alliance of strength than an alliance of need.");
    assertThat(named(es, "Vladimir Putin").orElseThrow().roles()).isEmpty();
  }

  @Test
  void theNameAfterAnOrganisationsPossessiveIsAPerson() {
    List<Entity> es = extract("In an interview, Fox News' Megyn Kelly asked the candidate about the debate. "
        + "Kelly pressed him twice.");
    assertThat(es).extracting(Entity::name).doesNotContain("Fox News' Megyn Kelly");
    assertThat(named(es, "Fox News")).isPresent();
    Entity host = named(es, "Megyn Kelly").orElseThrow();
    assertThat(host.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void runsAreCutAtPossessivesAndTitlesAndNeverEndInFunctionWords() {
    List<Entity> es = extract("Aaron Kall directs the debate team at the University of Michigan. "
        + "The hearing was chaired by Manhattan Supreme Court Justice Frank Nervo on Monday. "
        + "Later, Nervo said the file would stay sealed.");
    assertThat(es).extracting(Entity::name)
        .doesNotContain("University of", "Manhattan Supreme Court Justice Frank Nervo");
    assertThat(named(es, "University of Michigan")).isPresent();
    Entity judge = named(es, "Frank Nervo").orElseThrow();
    assertThat(judge.type()).isEqualTo(EntityType.PERSON);
    assertThat(judge.mentions()).hasSize(2);
  }

  @Test
  void affiliationsAndCommonWordsAreNotEntities() {
    List<Entity> es = extract("Senate Republican leader Mitch McConnell met the Democrat Hillary "
        + "Clinton in Washington. Bank executives were not charged, and the bank paid a fine.");
    assertThat(es).extracting(Entity::name).doesNotContain("Republican", "Democrat", "Bank");
  }

  @Test
  void aOneWordOrganisationThatIsAPersonsSurnameIsThatPerson() {
    List<Entity> es = extract("Donald Trump spoke in Ohio on Monday. The Trump campaign said the "
        + "rally drew thousands, and Trump promised to return.");
    assertThat(es).noneMatch(e -> e.name().equals("Trump") && e.type() != EntityType.PERSON);
    assertThat(named(es, "Donald Trump").orElseThrow().mentions()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void hyphenatedPairsOfNamesAreModifiersNotPlaces() {
    List<Entity> es = extract("Vladimir Putin met Kim Jong-un in Pyongyang. Talks between Seoul and "
        + "Beijing, held during the Putin-Kim summit, aimed to calm Seoul-Moscow ties.");
    assertThat(es).extracting(Entity::name).doesNotContain("Putin-Kim", "Seoul-Moscow");
    assertThat(es).allMatch(e -> !e.name().contains("-Kim") && !e.name().contains("-Moscow"));
  }
}
