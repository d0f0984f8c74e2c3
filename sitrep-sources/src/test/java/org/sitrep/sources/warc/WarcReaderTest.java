package org.sitrep.sources.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

class WarcReaderTest {
  @TempDir Path dir;

  private static List<RawPage> pages(List<ItemResult<RawPage>> items) {
    return items.stream().filter(i -> i instanceof ItemResult.Ok<RawPage>).map(i -> ((ItemResult.Ok<RawPage>) i).value()).toList();
  }

  @Test
  void plainWarcYieldsHtml200ResponsesOnly() throws Exception {
    Path file = dir.resolve("news.warc");
    WarcFiles.write(file, WarcCompression.NONE);
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader().read(file)) {
      items = stream.toList();
    }
    assertThat(items).allMatch(i -> i instanceof ItemResult.Ok);
    List<RawPage> pages = pages(items);
    assertThat(pages).extracting(RawPage::url).containsExactly("https://a.example/1", "https://a.example/2", "https://b.example/3");
    RawPage first = pages.get(0);
    assertThat(first.type()).isEqualTo(ContentType.HTML);
    assertThat(first.charset()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(new String(first.body(), first.charset())).isEqualTo(WarcFiles.html(1));
    assertThat(first.fetched()).isEqualTo(WarcFiles.DATE);
    assertThat(first.published()).isEqualTo("2024-06-19T08:30:00Z");
    assertThat(first.source()).startsWith(file + "#");
    assertThat(pages.get(1).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(pages.get(1).fetched()).isEqualTo(WarcFiles.DATE.plusSeconds(60));
    assertThat(pages.get(2).charset()).isNull();
  }

  /** Byte offsets where each record of an uncompressed WARC starts. */
  private static List<Long> recordStarts(byte[] bytes) {
    List<Long> starts = new java.util.ArrayList<>();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (int at = text.indexOf("WARC/1."); at >= 0; at = text.indexOf("WARC/1.", at + 1)) {
      if (at == 0 || text.startsWith("\r\n\r\n", at - 4)) {
        starts.add((long) at);
      }
    }
    return starts;
  }

  /**
   * Issue 14, defect 9: each page's offset, and the "damaged at byte" of a truncated file, named
   * the record before it. Both must name the record's own first byte.
   */
  @Test
  void offsetsNameTheRecordItself() throws Exception {
    Path file = dir.resolve("news.warc");
    WarcFiles.write(file, WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(file);
    List<Long> starts = recordStarts(bytes);
    assertThat(starts).hasSize(7);
    List<RawPage> pages;
    try (var stream = new WarcReader().read(file)) {
      pages = pages(stream.toList());
    }
    // the pages are records 2, 5 and 7 (a request, a 404, an image and a redirect are passed over)
    assertThat(pages).extracting(RawPage::source).containsExactly(file + "#" + starts.get(1), file + "#" + starts.get(4),
        file + "#" + starts.get(6));
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, (int) (starts.get(4) + 30)));
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader().read(cut)) {
      items = stream.toList();
    }
    assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(ItemResult.Failed.class, f -> {
      assertThat(f.message()).contains("damaged at byte " + starts.get(4) + " ");
      assertThat(f.source()).isEqualTo(cut + "#" + starts.get(4));
    });
  }

  @Test
  void gzipWarcGivesTheSamePages() throws Exception {
    Path file = dir.resolve("news.warc.gz");
    WarcFiles.write(file, WarcCompression.GZIP);
    try (var stream = new WarcReader().read(file)) {
      assertThat(pages(stream.toList())).extracting(RawPage::url)
          .containsExactly("https://a.example/1", "https://a.example/2", "https://b.example/3");
    }
    assertThat(WarcFormat.looksLikeWarc(Arrays.copyOf(Files.readAllBytes(file), 4096))).isTrue();
  }

  @Test
  void truncatedGzipEndsWithOneClearFailure() throws Exception {
    Path full = dir.resolve("full.warc.gz");
    WarcFiles.write(full, WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader().read(cut)) {
      items = stream.toList();
    }
    assertThat(pages(items)).extracting(RawPage::url).startsWith("https://a.example/1", "https://a.example/2");
    assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(ItemResult.Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(f.message()).contains("cut.warc.gz", "damaged at byte", "records before it were read");
    });
    assertThat(items.stream().filter(i -> i instanceof ItemResult.Failed)).hasSize(1);
  }

  @Test
  void truncatedPlainWarcEndsWithOneClearFailure() throws Exception {
    Path full = dir.resolve("full.warc");
    WarcFiles.write(full, WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 60));
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader().read(cut)) {
      items = stream.toList();
    }
    assertThat(pages(items)).extracting(RawPage::url).startsWith("https://a.example/1", "https://a.example/2");
    assertThat(items.stream().filter(i -> i instanceof ItemResult.Failed)).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void garbageIsOneFailedItem() throws Exception {
    Path file = dir.resolve("junk.warc");
    Files.writeString(file, "WARC/1.0\r\nthis is not a header\r\n\r\n" + "x".repeat(100));
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader().read(file)) {
      items = stream.toList();
    }
    assertThat(items).singleElement().isInstanceOfSatisfying(ItemResult.Failed.class,
        f -> assertThat(f.message()).contains("junk.warc"));
  }

  @Test
  void oversizedPageIsSkippedAndTheStreamGoesOn() throws Exception {
    Path file = dir.resolve("big.warc");
    try (WarcWriter w = new WarcWriter(file)) {
      w.write(WarcFiles.response("https://x.example/big", 200, "text/html", ("<p>" + "y".repeat(5000) + "</p>")
          .getBytes(StandardCharsets.UTF_8), WarcFiles.DATE));
      w.write(WarcFiles.response("https://x.example/small", 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8),
          WarcFiles.DATE));
    }
    List<ItemResult<RawPage>> items;
    try (var stream = new WarcReader(1000).read(file)) {
      items = stream.toList();
    }
    assertThat(items).hasSize(2);
    assertThat(items.get(0)).isInstanceOfSatisfying(ItemResult.Failed.class, f -> {
      assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(f.message()).contains("https://x.example/big");
    });
    assertThat(pages(items)).extracting(RawPage::url).containsExactly("https://x.example/small");
  }

  @Test
  void missingFileIsOneFailedItem() {
    assertThat(new WarcReader().read(dir.resolve("nope.warc")).toList()).singleElement()
        .isInstanceOfSatisfying(ItemResult.Failed.class, f -> assertThat(f.reason()).isEqualTo(Reason.FETCH_FAILED));
  }

  @Test
  void detectsWarcFromContent() throws Exception {
    Path file = dir.resolve("x.bin");
    WarcFiles.write(file, WarcCompression.NONE);
    assertThat(WarcFormat.looksLikeWarc(Arrays.copyOf(Files.readAllBytes(file), 64))).isTrue();
    assertThat(WarcFormat.looksLikeWarc("<html>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(WarcFormat.looksLikeWarc(new byte[] {0x1f, (byte) 0x8b, 8, 0})).isFalse();
  }

  @Test
  void formatsAreRegisteredForServiceLoader() {
    assertThat(java.util.ServiceLoader.load(org.sitrep.ingest.read.spi.InputFormat.class).stream()
        .map(p -> p.get().name()).toList()).contains("feed", "warc");
  }
}
