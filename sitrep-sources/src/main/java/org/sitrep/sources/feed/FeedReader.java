package org.sitrep.sources.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageException;
import org.sitrep.sources.internal.LimitedInput;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds with Rome. Doctype declarations are refused (no
 * entity expansion, no external entities), the input is capped in bytes, and any failure of the
 * parser, including pathological nesting, becomes a {@link StageException} naming the feed.
 *
 * <p>An entry whose content holds at least {@code fullTextMinChars} characters of text stands for
 * the article itself; other entries only point at their page, which the watcher fetches. Thread-safe.
 */
public final class FeedReader {
  /** The stage name used in failures. */
  public static final String STAGE = "feed-reader";
  /** Default: an entry with this much text (markup removed) is a full article. */
  public static final int DEFAULT_FULL_TEXT_MIN_CHARS = 1000;
  /** Default cap on a feed's size. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  private final int fullTextMinChars;
  private final long maxBytes;

  public FeedReader() {
    this(DEFAULT_FULL_TEXT_MIN_CHARS, DEFAULT_MAX_BYTES);
  }

  public FeedReader(int fullTextMinChars, long maxBytes) {
    if (fullTextMinChars < 1) {
      throw new IllegalArgumentException("fullTextMinChars must be >= 1, got " + fullTextMinChars);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    this.fullTextMinChars = fullTextMinChars;
    this.maxBytes = maxBytes;
  }

  /** Parses a whole feed held in memory; {@code source} names it in errors. */
  public ParsedFeed parse(byte[] xml, String source) throws StageException {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(source, "source");
    if (xml.length > maxBytes) {
      throw new StageException(Reason.TOO_LARGE, "feed-reader: " + source + " holds "
          + LimitedInput.describeSize(xml.length) + ", more than the cap of " + LimitedInput.describeSize(maxBytes));
    }
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      feed = input.build(reader);
    } catch (ParsingFeedException e) {
      if (rootMessage(e).contains("DOCTYPE is disallowed")) {
        throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " is a feed with a DOCTYPE (line "
            + e.getLineNumber() + "); DOCTYPEs are refused because their entity declarations can read files or"
            + " expand without bound. Remove the <!DOCTYPE ...> declaration to read it.", e);
      }
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " is not well-formed XML at line "
          + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + rootMessage(e), e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source
          + " is not an RSS or Atom feed: " + rootMessage(e), e);
    } catch (IOException e) {
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " cannot be decoded: " + rootMessage(e), e);
    } catch (StackOverflowError e) {
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " nests elements too deeply to read", null);
    } catch (RuntimeException e) {
      // Rome and JDOM signal some malformed inputs with unchecked exceptions of their own.
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " could not be read as a feed: "
          + e.getClass().getSimpleName() + ": " + rootMessage(e), e);
    }
    List<FeedItem> items = new ArrayList<>();
    try {
      for (SyndEntry entry : feed.getEntries()) {
        items.add(item(entry));
      }
    } catch (StackOverflowError e) {
      throw new StageException(Reason.MALFORMED, "feed-reader: " + source + " nests entry markup too deeply to read", null);
    }
    return new ParsedFeed(Objects.requireNonNullElse(feed.getFeedType(), "unknown"), blankToNull(feed.getTitle()),
        blankToNull(feed.getLink()), items);
  }

  /** Reads a feed from a stream (at most the byte cap). */
  public ParsedFeed parse(InputStream in, String source) throws StageException {
    byte[] bytes;
    try {
      bytes = LimitedInput.readAll(in, maxBytes);
    } catch (LimitedInput.TooLargeException e) {
      throw new StageException(Reason.TOO_LARGE, "feed-reader: " + source + " is larger than the cap of "
          + LimitedInput.describeSize(maxBytes), e);
    } catch (IOException e) {
      throw new StageException(Reason.FETCH_FAILED, "feed-reader: cannot read " + source + ": " + e.getMessage(), e);
    }
    return parse(bytes, source);
  }

  /**
   * The articles a feed file holds in full, lazily: one page per full-text entry; an entry with only
   * a summary is one {@link ItemResult.Failed} ({@link Reason#NO_CONTENT}) saying so; a feed that
   * cannot be read is one Failed item.
   */
  public Stream<ItemResult<RawPage>> pages(Path path) {
    Objects.requireNonNull(path, "path");
    String source = path.toString();
    ParsedFeed feed;
    try (InputStream in = Files.newInputStream(path)) {
      feed = parse(in, source);
    } catch (StageException e) {
      return Stream.of(new ItemResult.Failed<>(source, STAGE, e.reason(), e.getMessage()));
    } catch (IOException e) {
      return Stream.of(new ItemResult.Failed<>(source, STAGE, Reason.FETCH_FAILED,
          "feed-reader: cannot read " + source + ": " + e.getMessage()));
    }
    return pages(feed, source, outletName(feed.title()));
  }

  private static final java.util.regex.Pattern SEPARATOR =
      java.util.regex.Pattern.compile("\\s+[-\u2013\u2014|:\u00bb/]+\\s+|:\\s+|\\s*::\\s*");
  /** Words of a feed title that describe the feed, not the publisher. */
  private static final java.util.regex.Pattern FEED_WORDS = java.util.regex.Pattern.compile(
      "(?i)\\b(rss|atom|feeds?|xml|latest|newest|most recent|recent|top stories|top news|headlines|"
          + "breaking|all (?:news|stories|articles|posts)|news ?feed|updates|home ?page|front ?page|channel)\\b");

  /**
   * The publisher's name in a feed channel title, cleaned of what describes the feed
   * ("Example News - RSS" and "Latest news | Example News" give "Example News"); null when nothing
   * but such words is left (the host then names the outlet).
   */
  public static @Nullable String outletName(@Nullable String channelTitle) {
    if (channelTitle == null || channelTitle.isBlank()) {
      return null;
    }
    for (String part : SEPARATOR.split(channelTitle.strip())) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String rest = FEED_WORDS.matcher(p).replaceAll(" ").replaceAll("(?i)\\b(news|the|and|from|of|on|for|in)\\b", " ")
          .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (rest.isEmpty()) {
        continue; // the segment only describes the feed ("Latest news", "RSS")
      }
      // words that describe the feed at the ends of a name: "Example News RSS feed" -> "Example News"
      String name = p.replaceAll("(?i)(\\s+(rss|atom|xml|feeds?|channel))+\\s*$", "")
          .replaceAll("(?i)^((rss|atom|xml|feeds?)\\s+)+", "").strip();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  /** Pages of an already parsed feed, one per entry (see {@link #pages(Path)}). */
  public Stream<ItemResult<RawPage>> pages(ParsedFeed feed, String source, @Nullable String outlet) {
    List<FeedItem> items = feed.items();
    return IntStream.range(0, items.size()).mapToObj(i -> {
      FeedItem item = items.get(i);
      String itemSource = source + "#" + (i + 1);
      if (!item.fullText()) {
        return new ItemResult.Failed<>(itemSource, STAGE, Reason.NO_CONTENT, "feed-reader: entry "
            + (i + 1) + (item.link() != null ? " (" + item.link() + ")" : "") + " holds a summary of "
            + item.contentChars() + " characters, not the article (at least " + fullTextMinChars
            + " expected); `sitrep watch` fetches its page");
      }
      return new ItemResult.Ok<>(itemSource, page(item, itemSource, outlet));
    });
  }

  /**
   * The page of a full-text entry: a small HTML document with the headline, byline, date and
   * canonical link in the head and the entry's content as the body.
   */
  public static RawPage page(FeedItem item, String source, @Nullable String outlet) {
    Objects.requireNonNull(item, "item");
    Document doc = Document.createShell(item.link() == null ? "" : item.link());
    doc.outputSettings().prettyPrint(false);
    if (item.title() != null) {
      doc.title(item.title());
    }
    Element head = doc.head();
    head.prependElement("meta").attr("charset", "utf-8");
    if (item.link() != null) {
      head.appendElement("link").attr("rel", "canonical").attr("href", item.link());
    }
    if (item.published() != null) {
      head.appendElement("meta").attr("property", "article:published_time").attr("content", item.published());
    }
    for (String author : item.authors()) {
      head.appendElement("meta").attr("name", "author").attr("content", author);
    }
    if (outlet != null) {
      head.appendElement("meta").attr("property", "og:site_name").attr("content", outlet);
    }
    Element article = doc.body().appendElement("article");
    if (item.title() != null) {
      article.appendElement("h1").text(item.title());
    }
    if (item.content() != null) {
      article.appendElement("div").html(item.content());
    }
    byte[] body = doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    return new RawPage(source, item.link(), ContentType.HTML, body, StandardCharsets.UTF_8, item.published(),
        outlet, null);
  }

  private FeedItem item(SyndEntry entry) {
    String content = null;
    int best = -1;
    for (SyndContent c : entry.getContents()) {
      String html = asHtml(c);
      if (html != null && html.length() > best) {
        content = html;
        best = html.length();
      }
    }
    String description = entry.getDescription() == null ? null : asHtml(entry.getDescription());
    if (content == null || (description != null && description.length() > content.length())) {
      content = description;
    }
    int chars = content == null ? 0 : textLength(content);
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    Set<String> authors = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        authors.add(person.getName().strip());
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(entry.getAuthor().strip());
    }
    String link = blankToNull(entry.getLink());
    String guid = blankToNull(entry.getUri());
    if (link == null && guid != null && (guid.startsWith("http://") || guid.startsWith("https://"))) {
      link = guid;
    }
    String title = entry.getTitle() == null ? null : blankToNull(Parser.unescapeEntities(entry.getTitle(), false).strip());
    return new FeedItem(link == null ? null : link.strip(), guid, title,
        date == null ? null : date.toInstant().toString(), List.copyOf(authors), content, chars,
        chars >= fullTextMinChars);
  }

  private static @Nullable String asHtml(SyndContent content) {
    String value = content.getValue();
    if (value == null || value.isBlank()) {
      return null;
    }
    String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return value;
    }
    StringBuilder html = new StringBuilder();
    for (String para : value.strip().split("\\R\\s*\\R")) {
      html.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
    }
    return html.toString();
  }

  private static int textLength(String html) {
    return Jsoup.parseBodyFragment(html).text().length();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null ? t.getClass().getSimpleName() : message.strip();
  }
}
