package org.sitrep.sources.fuzz;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.StageException;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.sources.feed.FeedReader;
import org.sitrep.sources.sitemap.SitemapReader;
import org.sitrep.sources.warc.WarcReader;

/**
 * The entry points fuzzed and replayed from the regression corpus. Each accepts any bytes: a clear
 * {@link StageException} or {@link ItemResult.Failed} is a correct answer, anything else thrown is
 * a bug (and fails the caller).
 */
final class InputHarness {
  private static final FeedReader FEEDS = new FeedReader(1000, 4L * 1024 * 1024);
  private static final WarcReader WARCS = new WarcReader(4L * 1024 * 1024);
  private static final SitemapReader SITEMAPS = new SitemapReader();
  private static final HtmlExtractor HTML = new HtmlExtractor();

  private InputHarness() {}

  static void feed(byte[] data) {
    try {
      var feed = FEEDS.parse(data, "fuzz.xml");
      try (Stream<ItemResult<RawPage>> pages = FEEDS.pages(feed, "fuzz.xml", null)) {
        pages.forEach(InputHarness::checkPage);
      }
    } catch (StageException e) {
      requireMessage(e);
    }
  }

  static void warc(byte[] data) {
    long failures = 0;
    try (Stream<ItemResult<RawPage>> pages = WARCS.read(new ByteArrayInputStream(data), "fuzz.warc")) {
      for (var it = pages.iterator(); it.hasNext(); ) {
        ItemResult<RawPage> item = it.next();
        checkPage(item);
        if (item instanceof ItemResult.Failed<RawPage> f && f.reason() != org.sitrep.core.stage.Reason.TOO_LARGE) {
          failures++;
        }
      }
    }
    if (failures > 1) {
      throw new AssertionError("a damaged WARC must end with at most one failure, got " + failures);
    }
  }

  static void sitemap(byte[] data) {
    try {
      SITEMAPS.parse(data, null, "https://fuzz.example/sitemap.xml");
    } catch (StageException e) {
      requireMessage(e);
    }
  }

  static void html(byte[] data) {
    var page = HTML.extract(data, null, "https://fuzz.example/a.html");
    if (page.paragraphs() == null || page.authors() == null) {
      throw new AssertionError("extractor returned null lists");
    }
  }

  private static void checkPage(ItemResult<RawPage> item) {
    if (item instanceof ItemResult.Failed<RawPage> f) {
      if (f.message().isBlank()) {
        throw new AssertionError("failure without a message for " + f.source());
      }
    } else if (((ItemResult.Ok<RawPage>) item).value().body() == null) {
      throw new AssertionError("page without a body");
    }
  }

  private static void requireMessage(StageException e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("StageException without a message", e);
    }
  }
}
