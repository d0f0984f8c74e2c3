package org.sitrep.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ArticleStore;

/** The scale benchmark end to end at a tiny size: a real store on disk, the real server on loopback. */
class ScaleBenchmarkTest {
  private static ScaleBenchmark.Options options(Path work, boolean keep, int... sizes) {
    return new ScaleBenchmark.Options(java.util.Arrays.stream(sizes).boxed().toList(), 3, 1, 100, work, keep, true, 42,
        3000, 12, 2);
  }

  @Test
  void buildsAddsMeasuresAndReusesAKeptStore(@TempDir Path work) throws Exception {
    StringWriter text = new StringWriter();
    List<ScaleResult> written = new ArrayList<>();
    ScaleResult r = new ScaleBenchmark(options(work, true, 150), new PrintWriter(text, true)).run(written::add);

    assertThat(written).hasSize(1);
    ScaleResult.Size s = r.sizes().get(0);
    assertThat(s.size()).isEqualTo(150);
    assertThat(s.builtArticles()).isEqualTo(150);
    assertThat(s.articlesBefore()).isEqualTo(150);
    assertThat(s.articlesAfter()).isEqualTo(153);
    assertThat(s.addCpuMeanMs()).isPositive();
    assertThat(s.addCpuP99Ms()).isGreaterThanOrEqualTo(s.addCpuMeanMs());
    assertThat(s.storeMb()).isPositive();
    assertThat(s.heapUsedAfterGcMb()).isPositive();
    if (Files.isReadable(Path.of("/proc/self/status"))) {
      assertThat(s.rssMb()).isPositive();
    }
    assertThat(s.stories()).isPositive();
    assertThat(s.quality().generated()).isPositive();
    assertThat(s.quality().nmi()).isBetween(0.0, 1.0);
    for (ScaleResult.Latency l : List.of(s.search(), s.story(), s.timeline())) {
      assertThat(l.requests()).isEqualTo(12);
      assertThat(l.errors()).as(l.request() + " errors, e.g. " + l.example()).isZero();
      assertThat(l.medianMs()).isPositive();
    }
    assertThat(s.story().example()).startsWith("/api/stories/");
    assertThat(s.timeline().example()).startsWith("/api/timeline?story=");
    assertThat(text.toString()).contains("scale 150: 150/150 articles").contains("story page");
    // the store is a real one on disk, with the generated and the added articles
    Path data = work.resolve("scale-150").resolve("data");
    try (ArticleStore store = ArticleStore.openReadOnly(data)) {
      assertThat(store.size()).isEqualTo(153);
    }

    // a second run reuses the kept store: nothing is built, the adds go on from where it is
    ScaleResult again = new ScaleBenchmark(options(work, true, 150), new PrintWriter(new StringWriter())).run(x -> {});
    assertThat(again.sizes().get(0).builtArticles()).isZero();
    assertThat(again.sizes().get(0).articlesBefore()).isEqualTo(153);
    assertThat(again.sizes().get(0).articlesAfter()).isEqualTo(156);

    // without --keep an existing store folder is refused, not overwritten
    assertThatThrownBy(() -> new ScaleBenchmark(options(work, false, 150), new PrintWriter(new StringWriter())).run(x -> {}))
        .isInstanceOf(ScaleBenchmark.SetupException.class).hasMessageContaining("--keep");
    // another seed does not reuse it
    ScaleBenchmark.Options otherSeed = new ScaleBenchmark.Options(List.of(150), 3, 1, 100, work, true, true, 7, 3000, 12, 2);
    assertThatThrownBy(() -> new ScaleBenchmark(otherSeed, new PrintWriter(new StringWriter())).run(x -> {}))
        .isInstanceOf(ScaleBenchmark.SetupException.class).hasMessageContaining("seed");
  }

  @Test
  void withoutKeepTheStoreIsRemovedAndAPartialOneIsCompleted(@TempDir Path work) throws Exception {
    ScaleResult r = new ScaleBenchmark(options(work, false, 120), new PrintWriter(new StringWriter())).run(x -> {});
    assertThat(r.sizes()).hasSize(1);
    assertThat(work.resolve("scale-120")).doesNotExist();

    // a kept store interrupted part way (80 of 150 articles) is completed, not rebuilt
    ScaleBenchmark.Options small = new ScaleBenchmark.Options(List.of(150), 1, 1, 40, work, true, true, 42, 3000, 3, 0);
    Path dir = work.resolve("scale-150");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ScaleBenchmark.SETTINGS_FILE), "generator=" + ScaleBenchmark.GENERATOR_VERSION
        + "\nseed=42\narticlesPerDay=3000\n");
    try (org.sitrep.engine.Engine engine = org.sitrep.engine.Engine.open(org.sitrep.engine.EngineConfig.at(dir.resolve("data")))) {
      org.sitrep.bench.store.SyntheticNews news = new org.sitrep.bench.store.SyntheticNews(42, 3000);
      List<org.sitrep.core.model.Article> first = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        first.add(news.article(i));
      }
      engine.addArticles(first);
    }
    ScaleResult completed = new ScaleBenchmark(small, new PrintWriter(new StringWriter())).run(x -> {});
    assertThat(completed.sizes().get(0).builtArticles()).isEqualTo(70);
    assertThat(completed.sizes().get(0).articlesAfter()).isEqualTo(151);
  }

  @Test
  void theGoalIsCheckedOnTheSizesItNames() {
    ScaleResult.Latency fast = new ScaleResult.Latency("story page", 10, 0, 5, 8, 40, 50, null);
    ScaleResult.Latency slow = new ScaleResult.Latency("story page", 10, 0, 5, 8, 140, 150, null);
    ScaleResult.Size small = size(10_000, 8.0, fast);
    ScaleResult.Size flat = size(1_000_000, 9.5, fast);
    ScaleResult.Size linear = size(1_000_000, 800, fast);
    ScaleResult.Size slowPages = size(1_000_000, 9.5, slow);

    assertThat(ScaleBenchmark.goal(List.of(small, flat)).get("result")).isEqualTo("pass");
    assertThat(ScaleBenchmark.goal(List.of(small, linear)).get("result")).isEqualTo("fail");
    assertThat(ScaleBenchmark.goal(List.of(small, slowPages)).get("result")).isEqualTo("fail");
    Map<String, Object> partial = ScaleBenchmark.goal(List.of(size(2000, 8, fast), size(5000, 9, fast)));
    assertThat((String) partial.get("result")).startsWith("not measured");
    assertThat(((Map<?, ?>) partial.get("measuredSizes")).get("result")).isEqualTo("pass");
  }

  private static ScaleResult.Size size(int n, double addMs, ScaleResult.Latency story) {
    ScaleResult.Latency other = new ScaleResult.Latency("search", 10, 0, 1, 1, 1, 1, null);
    return new ScaleResult.Size(n, n, n + 5, n, 1, 1, addMs, addMs, addMs, addMs, addMs, addMs, 100, 100, 50, 100, 10, 3,
        other, story, other, new ScaleResult.Stories(3, 3, 1, 1, 1));
  }
}
