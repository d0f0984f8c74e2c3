package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.ingest.read.ReadLimits;

class InputReaderTest {
  @TempDir Path dir;
  private final InputReader reader = new InputReader();

  private List<ItemResult<RawPage>> read(Path path) {
    try (Stream<ItemResult<RawPage>> items = reader.read(path)) {
      return items.toList();
    }
  }

  private static RawPage ok(ItemResult<RawPage> item) {
    assertThat(item).as(item.source()).isInstanceOf(ItemResult.Ok.class);
    return ((ItemResult.Ok<RawPage>) item).value();
  }

  private static ItemResult.Failed<RawPage> failed(ItemResult<RawPage> item) {
    assertThat(item).as(item.source()).isInstanceOf(ItemResult.Failed.class);
    return (ItemResult.Failed<RawPage>) item;
  }

  @Test
  void detectsKindsFromContentNotNames() throws IOException {
    Path html = Files.writeString(dir.resolve("page.txt"), "  <!DOCTYPE html><html><body><p>Hi</p></body></html>");
    Path text = Files.writeString(dir.resolve("page.html"), "Headline\n\nThe minister said on Monday that talks would resume.");
    assertThat(ok(read(html).getFirst()).type()).isEqualTo(ContentType.HTML);
    assertThat(ok(read(text).getFirst()).type()).isEqualTo(ContentType.TEXT);
  }

  @Test
  void readsJsonLinesRecordByRecordAndNamesBadLines() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("crawl.data"), String.join("\n",
        "{\"url\":\"https://example.org/a\",\"text\":\"Body A.\",\"published\":\"2024-06-19\",\"outlet\":\"Example\"}",
        "",
        "{\"url\":\"https://example.org/b\",\"html\":\"<p>Body B.</p>\"}",
        "{not json",
        "{\"url\":\"https://example.org/c\"}",
        "[1,2]"));
    List<ItemResult<RawPage>> items = read(jsonl);
    assertThat(items).hasSize(5);
    RawPage a = ok(items.get(0));
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.published()).isEqualTo("2024-06-19");
    assertThat(a.outlet()).isEqualTo("Example");
    assertThat(a.type()).isEqualTo(ContentType.TEXT);
    assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("Body A.");
    assertThat(a.source()).endsWith("crawl.data:1");
    assertThat(ok(items.get(1)).type()).isEqualTo(ContentType.HTML);
    assertThat(failed(items.get(2)).source()).endsWith("crawl.data:4");
    assertThat(failed(items.get(2)).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(failed(items.get(3)).reason()).isEqualTo(Reason.NO_CONTENT);
    assertThat(failed(items.get(4)).message()).contains("expected a JSON object");
  }

  @Test
  void walksFoldersRecursivelyInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("b-folder"));
    Files.writeString(dir.resolve("c.txt"), "Third page text. It has a sentence.");
    Files.writeString(dir.resolve("a.txt"), "First page text. It has a sentence.");
    Files.writeString(dir.resolve("b-folder/inner.txt"), "Second page text. It has a sentence.");
    Files.writeString(dir.resolve(".hidden"), "ignored");
    assertThat(read(dir)).extracting(ItemResult::source).containsExactly(
        dir.resolve("a.txt").toString(), dir.resolve("b-folder/inner.txt").toString(), dir.resolve("c.txt").toString());
  }

  @Test
  void folderWalksSkipDocumentationAndHiddenFilesButNamedFilesAreRead() throws IOException {
    Files.writeString(dir.resolve("01-page.txt"), "First page text. It has a sentence.");
    Path readme = Files.writeString(dir.resolve("README.md"), "# The corpus\n\nThese pages were collected in June.");
    Files.writeString(dir.resolve("LICENSE"), "Permission is granted to copy these pages.");
    Files.writeString(dir.resolve("notes.md"), "Notes about the collection. Nothing to ingest.");
    Files.writeString(dir.resolve("README"), "Plain readme. Nothing to ingest.");
    Files.writeString(dir.resolve(".page.txt"), "A hidden page. It is skipped.");
    Files.createDirectories(dir.resolve(".cache"));
    Files.writeString(dir.resolve(".cache/cached.txt"), "A cached page. It is skipped.");
    Files.createDirectories(dir.resolve("more.md"));
    Files.writeString(dir.resolve("more.md/02-page.txt"), "Second page text. It has a sentence.");

    assertThat(read(dir)).extracting(ItemResult::source).containsExactly(
        dir.resolve("01-page.txt").toString(), dir.resolve("more.md/02-page.txt").toString());
    assertThat(read(readme)).singleElement().satisfies(r -> assertThat(ok(r).source()).isEqualTo(readme.toString()));
  }

  @Test
  void reportsEachBadInputWithAReason() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertThat(failed(read(empty).getFirst()).reason()).isEqualTo(Reason.NO_CONTENT);
    assertThat(failed(read(blank).getFirst()).reason()).isEqualTo(Reason.NO_CONTENT);
    ItemResult.Failed<RawPage> bin = failed(read(binary).getFirst());
    assertThat(bin.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(bin.describe()).startsWith(binary + ": binary file");
    ItemResult.Failed<RawPage> missing = failed(read(dir.resolve("nope.txt")).getFirst());
    assertThat(missing.reason()).isEqualTo(Reason.FETCH_FAILED);
    assertThat(missing.message()).isEqualTo("no such file or directory");
  }

  @Test
  void refusesWarcAndFeedsForNow() throws IOException {
    Path warc = Files.writeString(dir.resolve("crawl.warc"), "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n");
    Path rss = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>");
    assertThat(failed(read(warc).getFirst()).message()).startsWith("WARC/feeds not supported yet");
    assertThat(failed(read(rss).getFirst()).message()).startsWith("WARC/feeds not supported yet");
  }

  @Test
  void boundsPageSize() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    InputReader small = new InputReader(InputReader.defaultFormats(), new ReadLimits(1000));
    try (Stream<ItemResult<RawPage>> items = small.read(big)) {
      assertThat(failed(items.toList().getFirst()).reason()).isEqualTo(Reason.TOO_LARGE);
    }
  }

  @Test
  void decodesLegacySingleByteText() throws IOException {
    Path latin = Files.write(dir.resolve("latin.txt"), "Caf\u00e9 in S\u00e3o Paulo.".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(new String(ok(read(latin).getFirst()).body(), StandardCharsets.UTF_8)).isEqualTo("Café in São Paulo.");
  }

  /**
   * Issue 14, defect 4: a link to its own folder made every file be read 41 times (until the path
   * grew too long), and two such links made the walk run forever. Each real folder is walked once.
   */
  @Test
  void symbolicLinkLoopsAreWalkedOnce() throws Exception {
    Path root = dir.resolve("in");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("a.txt"), "Alpha page\n\nThe first page has a sentence.", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("sub/b.txt"), "Beta page\n\nThe second page has a sentence.", StandardCharsets.UTF_8);
    Files.createSymbolicLink(root.resolve("self"), root);
    Files.createSymbolicLink(root.resolve("sub/up"), root);
    Files.createSymbolicLink(root.resolve("sub/again"), root.resolve("sub"));
    Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("a.txt"));
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));
    List<ItemResult<RawPage>> items = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30), () -> read(root));
    assertThat(items).filteredOn(i -> i instanceof ItemResult.Ok).hasSize(2);
    assertThat(items).filteredOn(i -> i instanceof ItemResult.Failed).singleElement()
        .satisfies(f -> assertThat(((ItemResult.Failed<RawPage>) f).message()).contains("broken symbolic link"));
    // a folder named through a link is read like the folder itself
    assertThat(read(root.resolve("self"))).filteredOn(i -> i instanceof ItemResult.Ok).hasSize(2);
  }

  /** A record longer than the page limit is one TOO_LARGE item, skipped without being held whole. */
  @Test
  void anOversizedJsonLinesRecordIsSkippedAndTheNextOnesRead() throws IOException {
    Path file = dir.resolve("crawl.jsonl");
    String ok = "{\"url\":\"https://a.example/1\",\"text\":\"Short page.\"}";
    String big = "{\"url\":\"https://a.example/2\",\"text\":\"" + "x".repeat(5000) + "\"}";
    Files.writeString(file, ok + "\r\n" + big + "\n\n" + ok.replace("/1", "/3") + "\r" + ok.replace("/1", "/4"),
        StandardCharsets.UTF_8);
    InputReader small = new InputReader(InputReader.defaultFormats(), new ReadLimits(1000));
    List<ItemResult<RawPage>> items;
    try (Stream<ItemResult<RawPage>> s = small.read(file)) {
      items = s.toList();
    }
    assertThat(items).hasSize(4);
    assertThat(ok(items.get(0)).url()).isEqualTo("https://a.example/1");
    assertThat(failed(items.get(1)).reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(failed(items.get(1)).source()).isEqualTo(file + ":2");
    assertThat(failed(items.get(1)).message()).contains("record of " + big.length() + " characters");
    assertThat(ok(items.get(2)).url()).isEqualTo("https://a.example/3");
    assertThat(ok(items.get(2)).source()).isEqualTo(file + ":4");
    assertThat(ok(items.get(3)).url()).isEqualTo("https://a.example/4");
  }
}
