package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.corpus.EntitySummary;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.core.model.Article;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestListener;
import org.sitrep.engine.IngestReport;

/**
 * The Spark job in local mode against the in-process ingest, on WARC files written here with jwarc
 * from the demo pages (with a corrupt record, a page too short to be an article and a copy of a page
 * under another URL). One Spark session for the class; the NLP runs for real.
 */
class SparkBatchTest {
  private static final Instant DATE = Instant.parse("2024-06-20T06:00:00Z");
  private static SparkSession spark;
  private static JavaSparkContext sc;

  @TempDir static Path dir;
  private static List<Path> inputs;
  private static Path inProcess;
  private static IngestReport ingest;
  private static Path batch;
  private static BatchJob.Report report;

  @BeforeAll
  static void runBoth() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    sc.setLogLevel("WARN");
    Path demo = demoFolder();
    List<Path> pages;
    try (Stream<Path> s = Files.list(demo)) {
      pages = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
    }
    Path first = dir.resolve("in/a.warc.gz");
    Path second = dir.resolve("in/b.warc");
    Files.createDirectories(first.getParent());
    try (WarcWriter w = writer(first, WarcCompression.GZIP)) {
      for (Path p : pages.subList(0, 6)) {
        w.write(page(p));
      }
      w.write(response("https://tiny.example/1", "text/html", "<html><body><p>Too short.</p></body></html>"));
      // a damaged record ends what can be read of a WARC: one failure, the records before it are kept
      w.write(new WarcResponse.Builder(URI.create("https://broken.example/x")).date(DATE)
          .body(MediaType.HTTP_RESPONSE, "HTTP/1.1 two hundred\r\nno header here\r\n\r\n<p>x</p>".getBytes(StandardCharsets.UTF_8))
          .build());
    }
    try (WarcWriter w = writer(second, WarcCompression.NONE)) {
      for (Path p : pages.subList(6, 10)) { // ten pages keep the test short; the first three are copies of one piece
        w.write(page(p));
      }
      w.write(response("https://mirror.example/copy", "text/html", Files.readString(pages.get(0))));
    }
    inputs = List.of(first, second);

    inProcess = dir.resolve("in-process");
    try (Engine engine = Engine.open(new EngineConfig(inProcess, null, true, 2))) {
      ingest = engine.ingest(inputs, IngestListener.NONE);
    }
    batch = dir.resolve("batch");
    report = BatchJob.run(sc, new BatchJob.Options(inputs.stream().map(Path::toString).toList(), batch, 3, true, null, null));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void storesTheSameArticlesInTheSameOrderWithTheSameFailures() throws IOException {
    assertThat(report.files()).isEqualTo(2);
    assertThat(report.shards()).isBetween(1, 3);
    // the eight HTML pages: the WARC reader takes text/plain records for no article
    assertThat(report.added()).isEqualTo(ingest.added()).isEqualTo(8);
    assertThat(report.duplicates()).isEqualTo(ingest.duplicates()).isEqualTo(1);
    // ingest lists failures as its workers finish; the job lists them in input order
    assertThat(failures(report.failures())).containsExactlyInAnyOrderElementsOf(failures(ingest.failures())).hasSize(2);
    assertThat(failures(report.failures())).anySatisfy(f -> assertThat(f).contains("a.warc.gz#", "warc-reader MALFORMED"));
    assertThat(failures(report.failures())).anySatisfy(f -> assertThat(f).contains("a.warc.gz#", "article-cleaner NO_CONTENT"));
    try (Engine a = Engine.openReadOnly(EngineConfig.at(inProcess)); Engine b = Engine.openReadOnly(EngineConfig.at(batch))) {
      List<Article> expected = a.store().all();
      List<Article> actual = b.store().all();
      assertThat(actual).extracting(Article::id).containsExactlyElementsOf(expected.stream().map(Article::id).toList());
      assertThat(actual).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void findsTheReprintGroupsOfTheInProcessDetector() throws IOException {
    try (Engine b = Engine.openReadOnly(EngineConfig.at(batch))) {
      OutletRegistry outlets = OutletRegistry.load(null);
      List<ReprintDetector.Copy> copies = new ArrayList<>();
      for (Article a : b.store().all()) {
        copies.add(new ReprintDetector.Copy(a.id(), a.text(), a.outlet(), a.credits(), a.published()));
      }
      Map<String, List<String>> expected = new LinkedHashMap<>();
      Map<String, String> groupOf = new ReprintDetector().detect(copies).groupOf();
      for (ReprintDetector.Copy c : copies) {
        expected.computeIfAbsent(groupOf.get(c.id()), k -> new ArrayList<>()).add(c.id());
      }
      List<List<String>> multi = expected.values().stream().filter(g -> g.size() > 1).toList();
      assertThat(outlets.outlets()).isNotEmpty();
      assertThat(multi).isNotEmpty();
      assertThat(report.reprints().groups()).containsExactlyElementsOf(multi);
      assertThat(report.candidatePairs()).isGreaterThanOrEqualTo(report.reprintEdges());
    }
  }

  @Test
  void theReadSideAnswersFromTheMergedStoreAsFromAnIngestedOne() throws IOException {
    try (Engine a = Engine.openReadOnly(EngineConfig.at(inProcess)); Engine b = Engine.openReadOnly(EngineConfig.at(batch))) {
      List<StorySummary> expected = a.corpus().stories();
      List<StorySummary> actual = b.corpus().stories();
      assertThat(actual).isNotEmpty().isEqualTo(expected);
      assertThat(actual).extracting(StorySummary::independentSources)
          .containsExactlyElementsOf(expected.stream().map(StorySummary::independentSources).toList());
      assertThat(b.corpus().entities(null)).extracting(EntitySummary::name)
          .containsExactlyElementsOf(a.corpus().entities(null).stream().map(EntitySummary::name).toList());
      var hits = b.corpus().search(SearchQuery.of("Pyongyang treaty"));
      assertThat(hits.total()).isEqualTo(a.corpus().search(SearchQuery.of("Pyongyang treaty")).total()).isPositive();
      assertThat(hits.facets().get("country")).isEqualTo(a.corpus().search(SearchQuery.of("Pyongyang treaty")).facets().get("country"));
      String id = hits.hits().get(0).article();
      assertThat(b.corpus().article(id)).isPresent();
      assertThat(b.corpus().timeline(null)).isEqualTo(a.corpus().timeline(null));
    }
  }

  private static List<String> failures(List<ItemResult.Failed<?>> failed) {
    return failed.stream().map(f -> f.source() + " " + f.stage() + " " + f.reason()).toList();
  }

  private static Path demoFolder() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("samples/demo"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("samples/demo not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("samples/demo");
  }

  private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
    return new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), compression);
  }

  private static WarcResponse page(Path p) throws IOException {
    String name = p.getFileName().toString();
    String type = name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    return response("https://news.example/" + name.replaceAll("\\.[a-z]+$", ""), type, Files.readString(p));
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(DATE)
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build())
        .build();
  }
}
