package org.sitrep.nlp.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.ClaimSummary;
import org.sitrep.core.corpus.Comparison;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.corpus.Perspective;
import org.sitrep.core.corpus.SourceRef;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.corpus.TimelineItem;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Mention;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.entity.EntityResolver;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;

/**
 * Stories across languages, on both corpus paths: the whole-corpus analysis ({@link CorpusAnalyzer})
 * and the incremental corpus of the engine's store (one batch, and one article per batch as a watch
 * that polls often would add them). {@link CrossLingualStoriesIT} runs it on articles the packs
 * annotate (the real CoreNLP models), {@link CrossLingualStoriesTest} on the stored output of that
 * annotation, so that the corpus side is tested without loading 1.6 GB of models.
 *
 * <p>The corpus ({@code xling/}, listed in {@code articles.tsv}) is sixteen pages written for this
 * test in the style of Xinhua, People's Daily, Reuters, Yonhap, TASS and The Korea Herald, two
 * Chinese and two English on each of four events of one June week whose actors overlap (the
 * Putin-Kim treaty, Putin's visit to Vietnam the next day, North Korean munitions for Russia, trash
 * balloons over the border). It prints,
 * and writes down: the share of Chinese-English pairs joined
 * correctly (same event in one story, different events apart) on each path, and the share of
 * cross-lingual entity merges that are right against the hand-written {@code entity-gold.tsv}
 * ({@code target/<class>-report.txt}).
 */
abstract class CrossLingualStories {
  static final Path DIR = Path.of("src/test/resources/xling");
  static final List<Item> ITEMS = new ArrayList<>();
  private static final StringBuilder REPORT = new StringBuilder();

  /** One page of the corpus and the event it reports. */
  record Item(String file, String event, String language, Article article) {}

  /** Reads the stored articles ({@code xling/articles.jsonl}: the packs' output for the pages). */
  static void readStored() throws IOException {
    ITEMS.clear();
    REPORT.setLength(0);
    List<String> stored = Files.readAllLines(DIR.resolve("articles.jsonl"), StandardCharsets.UTF_8);
    List<String[]> listed = listed();
    assertThat(stored).hasSameSizeAs(listed);
    for (int i = 0; i < listed.size(); i++) {
      String[] f = listed.get(i);
      Article a = org.sitrep.json.SitrepJson.mapper().readValue(stored.get(i), Article.class);
      assertThat(a.source()).isEqualTo("xling/" + f[0] + ".html");
      ITEMS.add(new Item(f[0], f[1], f[2], a));
    }
  }

  /** The pages of {@code articles.tsv}: file, event, language, url, published. */
  static List<String[]> listed() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("articles.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        out.add(line.split("\t"));
      }
    }
    return out;
  }

  private static List<Article> articles() {
    return ITEMS.stream().map(Item::article).toList();
  }

  /** Same-event pairs joined and different-event pairs kept apart, over Chinese-English pairs. */
  record Pairs(int sameJoined, int same, int differentApart, int different) {
    String line(String path) {
      return String.format("%s: same event joined %d/%d, different events apart %d/%d, correct %d/%d (%.1f%%)",
          path, sameJoined, same, differentApart, different, sameJoined + differentApart, same + different,
          100.0 * (sameJoined + differentApart) / (same + different));
    }
  }

  /** Chinese-English pairs. */
  private static Pairs pairs(Map<String, String> storyOf) {
    return pairs(storyOf, "zh", "en");
  }

  /** Pairs of an article in {@code first} and one in {@code second} (each pair once), among those clustered. */
  private static Pairs pairs(Map<String, String> storyOf, String first, String second) {
    int sj = 0;
    int s = 0;
    int da = 0;
    int d = 0;
    for (int x = 0; x < ITEMS.size(); x++) {
      for (int y = 0; y < ITEMS.size(); y++) {
        Item a = ITEMS.get(x);
        Item b = ITEMS.get(y);
        if (!a.language().equals(first) || !b.language().equals(second) || first.equals(second) && y <= x
            || !storyOf.containsKey(a.article().id()) || !storyOf.containsKey(b.article().id())) {
          continue;
        }
        boolean joined = storyOf.get(a.article().id()).equals(storyOf.get(b.article().id()));
        if (a.event().equals(b.event())) {
          s++;
          sj += joined ? 1 : 0;
        } else {
          d++;
          da += joined ? 0 : 1;
        }
      }
    }
    return new Pairs(sj, s, da, d);
  }

  /** The stories as sets of events (a story that mixes events shows both). */
  private static Set<Set<String>> eventsByStory(Map<String, String> storyOf) {
    Map<String, Set<String>> events = new TreeMap<>();
    for (Item i : ITEMS) {
      events.computeIfAbsent(storyOf.get(i.article().id()), k -> new java.util.TreeSet<>()).add(i.event());
    }
    return new LinkedHashSet<>(events.values());
  }

  private static Map<String, String> storyOf(List<StorySummary> stories) {
    Map<String, String> out = new LinkedHashMap<>();
    for (StorySummary s : stories) {
      for (String a : s.articles()) {
        out.put(a, s.id());
      }
    }
    return out;
  }

  private void report(String line) throws IOException {
    System.out.println(line);
    REPORT.append(line).append('\n');
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/" + getClass().getSimpleName() + "-report.txt"), REPORT, StandardCharsets.UTF_8);
  }

  private static String file(String articleId) {
    return ITEMS.stream().filter(i -> i.article().id().equals(articleId)).findFirst().map(Item::file).orElse(articleId);
  }

  private static String language(String articleId) {
    return ITEMS.stream().filter(i -> i.article().id().equals(articleId)).findFirst().map(Item::language).orElse("?");
  }

  @Test
  void chineseAndEnglishReportsOfOneEventJoinOneStory(@TempDir Path dir) throws Exception {
    CorpusSnapshot batch = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles());
    Pairs batchPairs = pairs(batch.storyOfArticle());
    report(batchPairs.line("whole-corpus analysis"));

    Map<String, String> oneBatch;
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("one-batch"), null, true, 1))) {
      engine.addArticles(articles());
      oneBatch = storyOf(engine.corpus().stories());
      // the store's views of a story read its articles whatever their language
      String munitions = oneBatch.get(ITEMS.stream().filter(i -> i.file().equals("munitions-zh-xinhua"))
          .findFirst().orElseThrow().article().id());
      assertThat(engine.corpus().claims(munitions)).anyMatch(c -> c.text().contains("figures differ")
          && c.text().contains("约1万个集装箱") && c.text().contains("6,700 containers"));
      assertThat(engine.corpus().compare(munitions).orElseThrow().perspectives())
          .extracting(Perspective::country).contains("CN", "KR", "RU");
    }
    Pairs oneBatchPairs = pairs(oneBatch);
    report(oneBatchPairs.line("incremental corpus, one batch"));

    Map<String, String> perArticle;
    try (Engine engine = Engine.open(new EngineConfig(dir.resolve("per-article"), null, true, 1))) {
      for (Article a : articles()) {
        engine.addArticles(List.of(a));
      }
      perArticle = storyOf(engine.corpus().stories());
    }
    Pairs perArticlePairs = pairs(perArticle);
    report(perArticlePairs.line("incremental corpus, one article per batch"));
    for (Item i : ITEMS) {
      report(String.format("  %-22s %-10s batch %s  one-batch %s  per-article %s", i.file(), i.event(),
          batch.storyOfArticle().get(i.article().id()), oneBatch.get(i.article().id()), perArticle.get(i.article().id())));
    }

    // the baseline: each language clustered alone, its pairs within the language
    OutletRegistry registry = OutletRegistry.load(null);
    for (String lang : List.of("en", "zh")) {
      CorpusSnapshot alone = new CorpusAnalyzer(registry).analyze(
          ITEMS.stream().filter(i -> i.language().equals(lang)).map(Item::article).toList());
      report(pairs(alone.storyOfArticle(), lang, lang).line(lang + " alone, " + lang + "-" + lang + " pairs"));
    }
    report(pairs(batch.storyOfArticle(), "en", "en").line("whole-corpus analysis, en-en pairs"));
    report(pairs(batch.storyOfArticle(), "zh", "zh").line("whole-corpus analysis, zh-zh pairs"));

    // every event is one story whatever the language, and the treaty, the munitions and the
    // balloons, three events of one week sharing North Korea, Russia or South Korea, stay apart;
    // Putin's visit to Hanoi the day after the treaty joins the treaty's story, as it does when
    // either language is clustered alone (the same leader, partnership, talks and signing)
    Set<Set<String>> expected = Set.of(Set.of("summit", "vietnam"), Set.of("munitions"), Set.of("balloons"));
    assertThat(eventsByStory(batch.storyOfArticle())).isEqualTo(expected);
    assertThat(eventsByStory(oneBatch)).isEqualTo(expected);
    assertThat(batchPairs.sameJoined()).isEqualTo(batchPairs.same());
    // both paths feed the clusterer the same article view: one batch gives the same stories
    assertThat(new LinkedHashSet<>(oneBatch.values())).hasSize(3);
    for (Item i : ITEMS) {
      for (Item j : ITEMS) {
        assertThat(oneBatch.get(i.article().id()).equals(oneBatch.get(j.article().id())))
            .isEqualTo(batch.storyOfArticle().get(i.article().id()).equals(batch.storyOfArticle().get(j.article().id())));
      }
    }
  }

  @Test
  void theTimelineClaimsAndComparisonCrossLanguages() throws Exception {
    CorpusSnapshot batch = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(articles());

    // one claim, two languages, two figures: 约1万个集装箱 (Xinhua) against 6,700 containers (Yonhap)
    ClaimSummary containers = null;
    for (ClaimSummary c : batch.claims()) {
      Set<String> languages = new java.util.TreeSet<>();
      for (SourceRef s : c.sources()) {
        languages.add(language(s.article()));
      }
      if (languages.size() == 2) {
        report("cross-language claim: " + c.text() + " <- "
            + c.sources().stream().map(s -> file(s.article())).toList());
        if (c.text().contains("figures differ") && c.text().contains("约1万个集装箱")) {
          containers = c;
        }
      }
    }
    assertThat(containers).as("a claim joining 约1万个集装箱 and 6,700 containers").isNotNull();
    assertThat(containers.sources()).extracting(s -> file(s.article())).contains("munitions-en-tass");
    assertThat(containers.text()).contains("6,700 containers");

    // the treaty's signing is one timeline item reported in both languages
    TimelineItem signing = null;
    for (TimelineItem t : batch.timeline()) {
      Set<String> languages = new java.util.TreeSet<>();
      for (SourceRef s : t.sources()) {
        languages.add(language(s.article()));
      }
      if (languages.size() == 2) {
        report("cross-language timeline item: " + t.date() + " " + t.action() + " " + t.actors() + " <- "
            + t.sources().stream().map(s -> file(s.article())).toList());
        if (t.action().equals("sign") && t.actors().contains("Vladimir Putin")) {
          signing = t;
        }
      }
    }
    assertThat(signing).as("the treaty signing reported by Chinese and English outlets").isNotNull();
    assertThat(signing.date()).isEqualTo("2024-06-19");

    // the summit story compared by country: Chinese outlets under CN, framing in Chinese with a gloss
    String summitArticle = ITEMS.stream().filter(i -> i.file().equals("summit-zh-xinhua")).findFirst()
        .orElseThrow().article().id();
    Comparison cmp = batch.comparisons().get(batch.storyOfArticle().get(summitArticle));
    Map<String, Perspective> byCountry = new LinkedHashMap<>();
    for (Perspective p : cmp.perspectives()) {
      byCountry.put(p.country(), p);
      report("compare " + p.country() + ": outlets " + p.outlets() + ", quoted " + p.quotedSpeakers()
          + ", framing " + p.framing());
    }
    assertThat(byCountry).containsKeys("CN", "KR", "GB");
    assertThat(byCountry.get("CN").outlets()).contains("Xinhua", "People's Daily");
    assertThat(byCountry.get("CN").framing()).isNotEmpty()
        .anyMatch(t -> t.matches(".*\\p{IsHan}+ \\([a-z].*\\)"));
  }

  @Test
  void crossLingualEntityMergesAgainstTheGold() throws Exception {
    Map<String, String> gold = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DIR.resolve("entity-gold.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        gold.put(f[0], f[1]);
      }
    }
    List<Article> docs = articles();
    EntityResolver resolver = new EntityResolver();
    resolver.resolve(docs, Article::outlet);
    // corpus entities that English articles name
    Set<String> inEnglish = new java.util.HashSet<>();
    for (Item i : ITEMS) {
      if (i.language().equals("en")) {
        for (Entity e : i.article().entities()) {
          resolver.globalId(i.article().id(), e.id()).ifPresent(inEnglish::add);
        }
      }
    }
    int merges = 0;
    int right = 0;
    Set<String> seen = new java.util.TreeSet<>();
    List<String> wrong = new ArrayList<>();
    Set<String> missed = new java.util.TreeSet<>();
    for (Item i : ITEMS) {
      if (!i.language().equals("zh")) {
        continue;
      }
      for (Entity e : i.article().entities()) {
        String g = resolver.globalId(i.article().id(), e.id()).orElse(null);
        for (Mention m : e.mentions()) {
          String surface = m.text();
          if (g != null && inEnglish.contains(g)) {
            if (seen.add(surface + " = " + resolver.name(g))) {
              merges++;
              // the gold may give a name in more than one spelling ("A|B")
              String expected = gold.get(surface);
              if (expected != null && List.of(expected.split("\\|")).contains(resolver.name(g))) {
                right++;
              } else {
                wrong.add(surface + " -> " + resolver.name(g) + " (gold: " + gold.get(surface) + ")");
              }
            }
          } else if (gold.containsKey(surface) && inEnglish.stream().map(resolver::name)
              .anyMatch(n -> List.of(gold.get(surface).split("\\|")).contains(n))) {
            missed.add(surface + " (" + gold.get(surface) + ")");
          }
        }
      }
    }
    report(String.format("cross-lingual entity merges: %d of %d right (%.1f%%); merged: %s", right, merges,
        100.0 * right / Math.max(1, merges), seen));
    report("wrong merges: " + wrong);
    report("missed (an English article names the entity, the Chinese name was not joined to it): " + missed);
    assertThat(merges).isGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
  }
}
