package org.sitrep.nlp.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePacks;

/**
 * Korean and Russian reports in the stories of {@link CrossLingualStories}' corpus: four pages
 * ({@code xling/ko-ru.tsv}, in the style of Yonhap, TASS and RIA Novosti) on the treaty and the
 * munitions figures, annotated by the Korean and Russian packs the selector finds by language,
 * clustered with the stored English and Chinese articles of the corpus. Each must share a story with
 * the English reports of its event and with none of a different event (the treaty and Putin's visit
 * to Hanoi are one story, as the English and Chinese pages make them). The pairs go to
 * {@code target/KoreanRussianStoriesTest-report.txt}.
 */
class KoreanRussianStoriesTest {
  private record Page(String file, String event, String language, Article article) {}

  private static List<Page> pages() throws Exception {
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults());
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Page> out = new ArrayList<>();
    for (String line : Files.readAllLines(CrossLingualStories.DIR.resolve("ko-ru.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      byte[] html = Files.readAllBytes(CrossLingualStories.DIR.resolve(f[0] + ".html"));
      RawPage page = new RawPage("xling/" + f[0] + ".html", f[3], ContentType.HTML, html, StandardCharsets.UTF_8,
          f[4], null, null);
      StageContext ctx = new StageContext(Clock.systemUTC(), w -> {});
      CleanDocument doc = cleaner.process(page, ctx);
      Article a = packs.process(doc, ctx).article();
      assertThat(a.language()).as(f[0]).isEqualTo(f[2]);
      out.add(new Page(f[0], f[1], f[2], a));
    }
    return out;
  }

  /** The event a story of the corpus stands for: the treaty's story takes the visit to Hanoi. */
  private static String storyEvent(String event) {
    return event.equals("vietnam") ? "summit" : event;
  }

  @Test
  void koreanAndRussianReportsJoinTheEnglishStoryOfTheirEvent() throws Exception {
    CrossLingualStories.readStored();
    List<Page> all = new ArrayList<>();
    for (CrossLingualStories.Item i : CrossLingualStories.ITEMS) {
      all.add(new Page(i.file(), i.event(), i.language(), i.article()));
    }
    List<Page> koRu = pages();
    all.addAll(koRu);
    CorpusSnapshot snapshot = new CorpusAnalyzer(OutletRegistry.load(null))
        .analyze(all.stream().map(Page::article).toList());
    Map<String, String> storyOf = snapshot.storyOfArticle();

    StringBuilder report = new StringBuilder();
    List<String> wrong = new ArrayList<>();
    for (String lang : List.of("ko", "ru")) {
      int same = 0;
      int sameJoined = 0;
      int different = 0;
      int differentApart = 0;
      for (Page p : koRu) {
        if (!p.language().equals(lang)) {
          continue;
        }
        report.append(p.file()).append(": entities ")
            .append(p.article().entities().stream().map(e -> e.name()).sorted().distinct().toList())
            .append(", times ").append(p.article().times().stream().map(t -> t.text() + "=" + t.value()).toList())
            .append(", figures ").append(p.article().quantities().stream().map(q -> q.text()).toList()).append('\n');
        for (Page e : all) {
          if (!e.language().equals("en")) {
            continue;
          }
          boolean joined = storyOf.get(p.article().id()).equals(storyOf.get(e.article().id()));
          if (storyEvent(p.event()).equals(storyEvent(e.event()))) {
            same++;
            sameJoined += joined ? 1 : 0;
          } else {
            different++;
            differentApart += joined ? 0 : 1;
          }
          if (joined != storyEvent(p.event()).equals(storyEvent(e.event()))) {
            wrong.add(p.file() + (joined ? " joined " : " apart from ") + e.file());
          }
        }
      }
      report.append(String.format("%s-en pairs: same event joined %d/%d, different events apart %d/%d, correct %d/%d%n",
          lang, sameJoined, same, differentApart, different, sameJoined + differentApart, same + different));
    }
    report.append("wrong pairs: ").append(wrong).append('\n');
    System.out.print(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/KoreanRussianStoriesTest-report.txt"), report, StandardCharsets.UTF_8);
    assertThat(wrong).as(report.toString()).isEmpty();
  }
}
