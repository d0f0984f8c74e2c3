package org.sitrep.nlp.lite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.core.stage.StageContext;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePacks;

/**
 * Korean and Russian news pages written for this test (a Seoul daily on the June 2024 summit, a
 * Moscow daily on the denial of the munitions figures), through the real cleaner and the packs the
 * selector finds by language: entities through the name layer and CLDR, times against the
 * publication date, each compared with the gold below. The figures go to
 * {@code target/ko-ru-pages-gold.txt}.
 */
class KoreanRussianPacksTest {
  private static final Path PAGES = Path.of("src/test/resources/pages");
  private static final ArticleCleaner CLEANER = new ArticleCleaner();
  private static LanguagePacks packs;
  private static final StringBuilder REPORT = new StringBuilder();

  @BeforeAll
  static void load() {
    packs = new LanguagePacks(NlpConfig.defaults());
  }

  private static Article annotate(String name) throws Exception {
    byte[] html = Files.readAllBytes(PAGES.resolve(name + ".html"));
    RawPage page = new RawPage("pages/" + name + ".html", "https://news.example/" + name + ".html",
        ContentType.HTML, html, StandardCharsets.UTF_8, null, null, null);
    StageContext ctx = new StageContext(Clock.systemUTC(), w -> {});
    CleanDocument doc = CLEANER.process(page, ctx);
    return packs.process(doc, ctx).article();
  }

  /** Gold: every entity of the page (canonical English name) and every time expression with its value. */
  private record Gold(List<String> entities, Map<String, String> times) {}

  private static Map<String, String> times(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private static final Gold KO = new Gold(
      List.of("Vladimir Putin", "Russia", "Pyongyang", "Kim Jong-un", "North Korea", "South Korea", "United States",
          "US Department of State", "China", "Japan", "Seoul", "Vostochny Cosmodrome", "Pyongyang Sunan International Airport",
          "National Security Office"),
      times("19일", "2024-06-19", "2000년 7월", "2000-07", "이날", "2024-06-19", "지난해 9월", "2023-09",
          "어제", "2024-06-19", "지난주", "2024-W24", "1961년", "1961"));

  private static final Gold RU = new Gold(
      List.of("Maria Zakharova", "Ministry of Foreign Affairs of Russia", "Russia", "Seoul", "South Korea", "Pyongyang",
          "Kyiv", "Vladimir Putin", "North Korea", "Kremlin", "Washington", "Moscow", "China", "Japan"),
      times("22 июня", "2024-06-22", "в субботу", "2024-06-22", "августа прошлого года", "2023-08", "Вчера", "2024-06-21",
          "19 июня", "2024-06-19", "1961 года", "1961", "на прошлой неделе", "2024-W24"));

  private static int[] score(String name, Article a, Gold gold) {
    Set<String> names = new TreeSet<>();
    for (Entity e : a.entities()) {
      names.add(e.name());
    }
    int entitiesFound = (int) gold.entities().stream().filter(names::contains).count();
    List<String> wrongEntities = new ArrayList<>(names);
    wrongEntities.removeAll(gold.entities());
    int timesFound = 0;
    for (TimeExpression t : a.times()) {
      if (t.value().equals(gold.times().get(t.text()))) {
        timesFound++;
      }
    }
    REPORT.append(name).append(" (").append(a.language()).append("): entities ").append(entitiesFound).append('/')
        .append(gold.entities().size()).append(" ").append(names).append(", not in gold ").append(wrongEntities)
        .append("; times ").append(timesFound).append('/').append(gold.times().size()).append(' ')
        .append(a.times().stream().map(t -> t.text() + "=" + t.value()).toList()).append('\n');
    a.warnings().stream().filter(w -> w.contains("identity")).forEach(w -> REPORT.append("  ").append(w).append('\n'));
    return new int[] {entitiesFound, wrongEntities.size(), timesFound};
  }

  @Test
  void koreanPageGetsItsNamesAndTimes() throws Exception {
    Article a = annotate("ko-summit");
    assertThat(a.language()).isEqualTo("ko");
    assertThat(a.published()).startsWith("2024-06-20");
    int[] s = score("ko-summit", a, KO);
    assertThat(a.entities()).extracting(Entity::name).contains("Vladimir Putin", "Pyongyang", "Kim Jong-un", "North Korea", "South Korea",
        "Russia", "United States", "China", "Japan", "Seoul");
    assertThat(s[1]).as("entities not in the gold: " + REPORT).isZero();
    assertThat(s[2]).as(REPORT.toString()).isEqualTo(KO.times().size());
    Entity pyongyang = a.entities().stream().filter(e -> e.name().equals("Pyongyang")).findFirst().orElseThrow();
    assertThat(pyongyang.mentions()).extracting(m -> m.text()).containsOnly("평양");
    assertThat(a.warnings()).anyMatch(w -> w.contains("김정은 = Kim Jong-un"));
    write();
  }

  @Test
  void russianPageGetsItsNamesAndTimes() throws Exception {
    Article a = annotate("ru-denial");
    assertThat(a.language()).isEqualTo("ru");
    int[] s = score("ru-denial", a, RU);
    assertThat(a.entities()).extracting(Entity::name).contains("Vladimir Putin", "Russia", "North Korea", "Seoul",
        "Pyongyang", "Moscow", "Kyiv", "China", "Japan");
    assertThat(s[1]).as("entities not in the gold: " + REPORT).isZero();
    assertThat(s[2]).as(REPORT.toString()).isEqualTo(RU.times().size());
    Entity putin = a.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
    // the inflected Путина and the full name are one entity, each mention as written
    assertThat(putin.mentions()).extracting(m -> m.text()).contains("Владимир Путин", "Путина");
    write();
  }

  @Test
  void timesWithoutAPublicationDateStayUnanchored() {
    RussianPack ru = new RussianPack(NlpConfig.defaults());
    assertThat(ru.times("Встреча прошла 19 июня, а вчера стороны обменялись нотами.", null))
        .extracting(TimeExpression::value).containsExactly("XXXX-06-19");
    KoreanPack ko = new KoreanPack(NlpConfig.defaults());
    assertThat(ko.times("지난주 수요일과 6월 19일, 그리고 2024년 6월 19일", LocalDate.parse("2024-06-20")))
        .extracting(TimeExpression::value).containsExactly("2024-06-12", "2024-06-19", "2024-06-19");
    assertThat(RussianPack.nominatives("Путина")).contains("Путин");
    assertThat(RussianPack.nominatives("КНДР")).containsExactly("КНДР");
  }

  private static synchronized void write() throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/ko-ru-pages-gold.txt"), REPORT.toString(), StandardCharsets.UTF_8);
  }
}
