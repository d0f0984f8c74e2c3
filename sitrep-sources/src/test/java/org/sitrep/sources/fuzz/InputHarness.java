package org.sitrep.sources.fuzz;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.StageException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.stage.StageContext;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.ingest.read.JsonLinesFormat;
import org.sitrep.ingest.read.ReadLimits;
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
  private static final JsonLinesFormat JSON_LINES = new JsonLinesFormat();
  private static final ReadLimits SMALL = new ReadLimits(64 * 1024);
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  private InputHarness() {}

  /** Loaded on first use only: the cleaner's language models are large, and most targets never need them. */
  private static final class Cleaner {
    static final ArticleCleaner INSTANCE = new ArticleCleaner();
  }

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

  /**
   * The whole cleaning stage (main text, metadata, repair, language) on a page: the first byte
   * picks HTML or a plain-text dump and whether the page names an http URL. A clean document
   * must have text, a hex id and an http(s) URL or none; a refusal must say why.
   */
  static void extractor(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int mode = data[0] & 0xFF;
    byte[] body = java.util.Arrays.copyOfRange(data, 1, data.length);
    ContentType type = (mode & 1) == 0 ? ContentType.HTML : ContentType.TEXT;
    String url = (mode & 2) == 0 ? null : "https://fuzz.example/news/a.html";
    RawPage page = new RawPage("fuzz", url, type, body, (mode & 4) == 0 ? null : StandardCharsets.UTF_8,
        (mode & 8) == 0 ? null : "2024-06-19", null, null);
    try {
      CleanDocument doc = Cleaner.INSTANCE.process(page, StageContext.defaults());
      if (doc.text().isBlank()) {
        throw new AssertionError("a clean document without text");
      }
      if (!ID.matcher(doc.id()).matches()) {
        throw new AssertionError("article id is not 16 hex digits: " + doc.id());
      }
      if (doc.url() != null && org.sitrep.ingest.WebUrl.httpOrNull(doc.url()) == null) {
        throw new AssertionError("a non-http URL was kept: " + doc.url());
      }
    } catch (StageException e) {
      requireMessage(e);
      if (e.reason() == org.sitrep.core.stage.Reason.INTERNAL) {
        throw new AssertionError("the cleaner failed internally", e);
      }
    }
  }

  /**
   * The JSON Lines reader on any text: every line is a page or a failure with a message, and the
   * line numbers of the items only grow.
   */
  static void jsonLines(byte[] data) {
    int last = 0;
    try (Stream<ItemResult<RawPage>> items = JSON_LINES.records("fuzz.jsonl",
        new java.io.InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8), SMALL)) {
      for (var it = items.iterator(); it.hasNext(); ) {
        ItemResult<RawPage> item = it.next();
        checkPage(item);
        String source = item.source();
        int colon = source.indexOf(':');
        int end = source.indexOf(' ', colon);
        int line = Integer.parseInt(source.substring(colon + 1, end < 0 ? source.length() : end));
        if (line <= last) {
          throw new AssertionError("line numbers must grow: " + line + " after " + last);
        }
        last = line;
      }
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
