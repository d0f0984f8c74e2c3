package org.sitrep.sources.fuzz;

/**
 * Entry point for a standalone Jazzer campaign ({@code scripts/fuzz}): the target is chosen with
 * the system property {@code sitrep.fuzz.target} (feed, warc, sitemap, html, extractor or jsonl). The
 * HTTP API's target lives in sitrep-server ({@code org.sitrep.server.fuzz.ApiFuzzTarget}).
 */
public final class FuzzTargets {
  private FuzzTargets() {}

  public static void fuzzerTestOneInput(byte[] data) {
    String target = System.getProperty("sitrep.fuzz.target", "feed");
    switch (target) {
      case "feed" -> InputHarness.feed(data);
      case "warc" -> InputHarness.warc(data);
      case "sitemap" -> InputHarness.sitemap(data);
      case "html" -> InputHarness.html(data);
      case "extractor" -> InputHarness.extractor(data);
      case "jsonl" -> InputHarness.jsonLines(data);
      default -> throw new IllegalArgumentException(
          "sitrep.fuzz.target must be feed, warc, sitemap, html, extractor or jsonl, got " + target);
    }
  }
}
