package org.sitrep.sources.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files with jwarc, shaped like CC-NEWS: request + response pairs and records to skip. */
public final class WarcFiles {
  public static final Instant DATE = Instant.parse("2024-06-19T08:30:00Z");

  private WarcFiles() {}

  public static String html(int i) {
    return "<html><head><title>Story " + i + "</title></head><body><article><p>Paragraph of story " + i
        + " with caf\u00e9.</p></article></body></html>";
  }

  /** Three HTML 200 pages (windows-1252, utf-8, none), plus a 404, an image, a request and a redirect. */
  public static void write(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      w.write(new WarcRequest.Builder(URI.create("https://a.example/1")).date(DATE)
          .body(new HttpRequest.Builder("GET", "/1").build()).build());
      w.write(response("https://a.example/1", 200, "text/html; charset=windows-1252",
          html(1).getBytes(java.nio.charset.Charset.forName("windows-1252")), DATE));
      w.write(response("https://a.example/missing", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8), DATE));
      w.write(response("https://a.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, DATE));
      w.write(response("https://a.example/2", 200, "text/html;charset=UTF-8", html(2).getBytes(StandardCharsets.UTF_8),
          DATE.plusSeconds(60)));
      w.write(response("https://a.example/old", 301, "text/html", new byte[0], DATE));
      w.write(response("https://b.example/3", 200, "application/xhtml+xml", html(3).getBytes(StandardCharsets.UTF_8),
          DATE.plusSeconds(120)));
    }
  }

  public static WarcResponse response(String url, int status, String type, byte[] body, Instant date) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(date)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Other").body(MediaType.parse(type), body).build())
        .build();
  }
}
