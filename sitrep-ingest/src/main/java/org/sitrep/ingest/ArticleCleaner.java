package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.Stage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.core.stage.Warning;
import org.sitrep.ingest.html.ExtractedPage;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.ingest.meta.DateMention;
import org.sitrep.ingest.meta.DatelineReader;
import org.sitrep.ingest.meta.LanguageIdentifier;
import org.sitrep.ingest.meta.OutletNamer;
import org.sitrep.ingest.meta.TextMetadata;
import org.sitrep.ingest.meta.TextMetadataReader;
import org.sitrep.ingest.repair.TextRepair;
import org.sitrep.ingest.text.BoilerplateVocabulary;
import org.sitrep.ingest.text.DataRows;
import org.sitrep.ingest.text.DumpLayout;
import org.sitrep.ingest.text.TextDumpCleaner;
import org.sitrep.ingest.text.TextShape;

/**
 * Raw page to clean document: main text (HTML extraction or text-dump cleaning), repair of scraping
 * damage, metadata, language and a stable id. Thread-safe; the lexicon and the language detector are
 * loaded once per process, at construction, so a missing model fails at startup.
 */
public final class ArticleCleaner implements Stage<RawPage, CleanDocument> {
  private static final String NAME = "article-cleaner";
  /** Fewer words than this, or no sentence at all, is not an article. */
  private static final int MIN_WORDS = 15;
  private static final int MAX_WARNINGS = 20;
  /** How many paragraphs at either end of an HTML story may be set apart as header or trailer. */
  private static final int EDGE = 4;

  private final HtmlExtractor html;
  private final TextRepair repair;
  private final TextDumpCleaner dumps;
  private final TextMetadataReader metadata = new TextMetadataReader();
  private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();
  private final OutletNamer outlets = new OutletNamer();
  private final DatelineReader datelines = new DatelineReader();
  private final DataRows dataRows = new DataRows();
  private final LanguageIdentifier languages;

  public ArticleCleaner() {
    this(new HtmlExtractor(), TextRepair.english(), LanguageIdentifier.shared());
  }

  /** A cleaner over the given parts (shared, thread-safe objects). */
  public ArticleCleaner(HtmlExtractor html, TextRepair repair, LanguageIdentifier languages) {
    this.html = Objects.requireNonNull(html, "html");
    this.repair = Objects.requireNonNull(repair, "repair");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.dumps = new TextDumpCleaner(repair.joiner());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CleanDocument process(RawPage page, StageContext ctx) throws StageException {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(ctx, "ctx");
    List<String> warnings = new ArrayList<>();
    String supplied = isoPublished(page.published(), ctx, warnings);
    LocalDate anchor = anchor(supplied);
    DumpLayout layout;
    ExtractedPage extracted = null;
    int[] decoded = new int[1];
    if (page.type() == ContentType.HTML) {
      try {
        extracted = html.extract(page.body(), page.charset(), page.url());
      } catch (RuntimeException e) {
        throw new StageException(Reason.INTERNAL, "html extraction failed: " + describe(e), e);
      }
      warnings.addAll(extracted.warnings());
      layout = htmlLayout(extracted);
    } else {
      Charset charset = page.charset() != null ? page.charset() : StandardCharsets.UTF_8;
      String text = repair.repairEncoding(new String(page.body(), charset), () -> decoded[0]++);
      layout = dumps.clean(text);
    }
    String pageUrl = WebUrl.httpOrNull(page.url());
    if (page.url() != null && pageUrl == null) {
      warn(ctx, warnings, "url-dropped", "not an http(s) URL: " + abbreviate(page.url()));
    }
    String canonicalUrl = extracted == null ? null : WebUrl.httpOrNull(extracted.canonicalUrl());
    TextMetadata meta = metadata.read(layout, anchor, pageUrl != null ? pageUrl : canonicalUrl);

    List<String> body = new ArrayList<>(meta.body());
    String title = extracted != null && extracted.title() != null ? extracted.title() : meta.title();
    if (title != null && !body.isEmpty() && body.getFirst().strip().equalsIgnoreCase(title.strip())) {
      body.removeFirst();
    }
    int words = body.stream().mapToInt(TextShape::words).sum();
    boolean sentence = body.stream().anyMatch(p -> TextShape.endsSentence(p) || TextShape.sentenceEnds(p) > 0);
    if (words < MIN_WORDS || !sentence) {
      throw new StageException(Reason.NO_CONTENT, "no article text found (" + words + " words of story, "
          + (layout.header().size() + layout.trailer().size() + layout.dropped().size()) + " lines of page furniture)");
    }
    String language = languages.identify(String.join("\n", body));
    boolean english = "en".equals(language);
    int joins = 0;
    int mojibake = decoded[0];
    List<String> repaired = new ArrayList<>(body.size());
    for (String paragraph : body) {
      TextRepair.Repaired r = repair.repair(paragraph, english);
      joins += r.joins();
      mojibake += r.mojibake();
      repaired.add(r.text());
    }
    if (joins > 0) {
      warn(ctx, warnings, "split-words-joined", joins + " split words joined");
    }
    if (mojibake > 0) {
      warn(ctx, warnings, "mojibake-repaired", mojibake + " mis-decoded characters repaired");
    }
    if (meta.partialPublished() != null && supplied == null) {
      warn(ctx, warnings, "published-without-year", "the page gives " + meta.partialPublished().value());
    }
    String text = String.join("\n\n", repaired);

    List<String> authors = new ArrayList<>(meta.authors());
    String published = meta.published() != null ? meta.published() : supplied;
    String outlet = page.outlet() != null ? page.outlet() : meta.outlet();
    String url = pageUrl;
    if (extracted != null) {
      if (!extracted.authors().isEmpty()) {
        authors = new ArrayList<>(extracted.authors());
      }
      if (extracted.published() != null) {
        published = extracted.published();
      }
      if (extracted.siteName() != null) {
        outlet = extracted.siteName();
      }
      if (url == null) {
        url = canonicalUrl;
      }
    }
    if (published == null && meta.partialPublished() != null) {
      // Month and day without a year ("June 21", a "Dec 29" dateline) beat no date: TIMEX3's XXXX-06-21.
      DateMention partial = meta.partialPublished();
      published = new DateMention(0, partial.month(), partial.day(), null, 0, 0).value();
    }
    if (outlet == null) {
      String host = outlets.host(url);
      outlet = host == null ? null : outlets.name(host, layout.header());
    }
    Set<String> credits = new LinkedHashSet<>(meta.credits());
    if (outlet != null) {
      credits.removeIf(outlet::equalsIgnoreCase);
    }
    return new CleanDocument(id(text, publisher(outlet, url)), page.source(), url, outlet, title, authors, published, language,
        new ArrayList<>(credits), meta.dateline(), text,
        warnings.size() > MAX_WARNINGS ? warnings.subList(0, MAX_WARNINGS) : warnings);
  }

  /**
   * HTML paragraphs as a layout: the extractor did the main-text work. Furniture paragraphs it kept are
   * dropped, and short non-sentence paragraphs before the first sentence (bylines, dates) or after the
   * last (author lines, credits) are set apart as header and trailer for the metadata reader; a dateline
   * stays in the story.
   */
  private DumpLayout htmlLayout(ExtractedPage page) {
    List<String> paragraphs = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String p : page.paragraphs()) {
      String fixed = repair.repairEncoding(p).strip();
      if (fixed.isEmpty()) {
        continue;
      }
      if (vocabulary.classify(fixed) != null || BoilerplateVocabulary.legalNotice(fixed)) {
        dropped.add(fixed);
      } else {
        paragraphs.add(fixed);
      }
    }
    // rows of a results or market table are the story, however short and sentence-less
    boolean[] table = dataRows.mark(paragraphs);
    int first = 0;
    while (first < paragraphs.size() && first < EDGE && !table[first] && aside(paragraphs.get(first))) {
      first++;
    }
    int last = paragraphs.size();
    while (last > first && paragraphs.size() - last < EDGE && !table[last - 1] && aside(paragraphs.get(last - 1))) {
      last--;
    }
    return new DumpLayout(paragraphs.subList(0, first), paragraphs.subList(first, last), dropped,
        paragraphs.subList(last, paragraphs.size()));
  }

  /** A short paragraph that is not a sentence and not a dateline: a byline, a date, a name. */
  private boolean aside(String paragraph) {
    boolean sentence = TextShape.endsSentence(paragraph) || TextShape.sentenceEnds(paragraph) > 0;
    return BoilerplateVocabulary.metadataLine(paragraph)
        || TextShape.words(paragraph) <= 12 && !sentence && datelines.read(paragraph) == null;
  }

  private static void warn(StageContext ctx, List<String> warnings, String code, String detail) {
    warnings.add(NAME + ":" + code + " " + detail);
    ctx.warnings().accept(new Warning(NAME, code, detail));
  }

  private static @Nullable LocalDate anchor(@Nullable String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      // A supplied date we cannot read anchors nothing; the page's own dates still count.
      return null;
    }
  }

  private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?");

  /** A supplied publication date as ISO: kept when ISO already, else read as RFC 1123 or as a written date. */
  private static @Nullable String isoPublished(@Nullable String supplied, StageContext ctx, List<String> warnings) {
    if (supplied == null || supplied.isBlank()) {
      return null;
    }
    String s = supplied.strip();
    if (ISO.matcher(s).matches()) {
      return s;
    }
    try {
      return java.time.OffsetDateTime.parse(s, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toString();
    } catch (DateTimeParseException e) {
      // Not a feed-style date: try the forms pages print.
    }
    DateMention date = new org.sitrep.ingest.meta.DateFinder().first(s);
    if (date != null && date.iso() != null) {
      return date.iso();
    }
    warn(ctx, warnings, "published-unreadable", "supplied publication date '" + s + "' is not a date");
    return null;
  }

  /** First 16 hex digits of the SHA-256 of the lower-cased, whitespace-folded body. */
  public static String id(String text) {
    return id(text, null);
  }

  /**
   * The article id: first 16 hex digits of the SHA-256 of the lower-cased, whitespace-folded body,
   * followed, when the publisher is known, by a line naming it. Two outlets' copies of one wire story
   * are then two articles (reprint detection groups them), while the same page read twice, or with
   * different page furniture, keeps one id. Without a publisher the id is {@link #id(String)}.
   *
   * @param publisher the folded outlet name or web host ({@link #publisher}), or null
   */
  public static String id(String text, @Nullable String publisher) {
    String normal = folded(text);
    if (publisher != null && !publisher.isBlank()) {
      normal = normal + "\npublisher: " + publisher;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Lower case, each run of whitespace ("\\s", ASCII) one space, stripped: the body as the id reads it. */
  private static String folded(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!space) {
          sb.append(' ');
        }
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString().strip();
  }

  /**
   * Who published a page, as it goes into the id: the outlet name, lower-cased and whitespace-folded,
   * else the host of its URL without "www.", else null. The outlet comes first so that one outlet's
   * page reached by two URLs (a feed link with tracking parameters, the canonical link) stays one.
   */
  public @Nullable String publisher(@Nullable String outlet, @Nullable String url) {
    if (outlet != null && !outlet.isBlank()) {
      return outlet.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
    return outlets.host(url);
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\p{Cntrl}", " ");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
