package org.sitrep.nlp.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.json.SitrepJson;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePacks;

/**
 * {@link CrossLingualStories} through the whole per-article pipeline: our cleaner, then the English
 * pack and the Chinese pack with the real CoreNLP models. The annotated articles must equal the
 * stored ones the light test reads ({@code xling/articles.jsonl}); {@code -Dgolden.update=true}
 * rewrites them.
 */
class CrossLingualStoriesIT extends CrossLingualStories {
  @BeforeAll
  static void annotate() throws Exception {
    ITEMS.clear();
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults());
    ArticleCleaner cleaner = new ArticleCleaner();
    StringBuilder jsonl = new StringBuilder();
    for (String[] f : listed()) {
      byte[] html = Files.readAllBytes(DIR.resolve(f[0] + ".html"));
      RawPage page = new RawPage("xling/" + f[0] + ".html", f[3], ContentType.HTML, html, StandardCharsets.UTF_8,
          f[4], null, null);
      StageContext ctx = new StageContext(Clock.systemUTC(), w -> {});
      CleanDocument doc = cleaner.process(page, ctx);
      Article a = packs.process(doc, ctx).article();
      assertThat(a.language()).as(f[0]).isEqualTo(f[2]);
      ITEMS.add(new Item(f[0], f[1], f[2], a));
      jsonl.append(SitrepJson.mapper().writeValueAsString(a)).append('\n');
    }
    Path stored = DIR.resolve("articles.jsonl");
    if (Boolean.getBoolean("golden.update") || !Files.exists(stored)) {
      Files.writeString(stored, jsonl, StandardCharsets.UTF_8);
    }
    assertThat(jsonl.toString()).as("stored articles").isEqualTo(Files.readString(stored, StandardCharsets.UTF_8));
  }
}
