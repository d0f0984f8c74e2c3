package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Title, authors, publication date, site name, canonical URL and language of a page, from meta
 * tags, JSON-LD, microdata, link relations and visible text patterns, in that order of trust.
 * Stateless; reads the document without changing it.
 */
final class MetadataExtractor {
  // selectors parsed once (a query string is parsed again on every call)
  private static final Evaluator ITEMPROP_AUTHOR = QueryParser.parse("[itemprop=author]");
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
  private static final Evaluator REL_AUTHOR = QueryParser.parse("a[rel=author], [rel=author]");
  private static final Evaluator ITEMPROP_DATES = QueryParser.parse("[itemprop=datePublished], [itemprop=dateCreated]");
  // "time[pubdate][datetime], article time[datetime], time[datetime]" as was: the first two are cases of the
  // third, so the first match is the first time element with a datetime (and no ancestor test is run)
  private static final Evaluator TIME_ELEMENTS = QueryParser.parse("time[datetime]");
  private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical][href]");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator CONTENT_LANGUAGE_META = QueryParser.parse("meta[http-equiv~=(?i)content-language]");
  private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");

  /** The metadata found in one page. */
  record Metadata(
      @Nullable String title,
      List<String> authors,
      @Nullable String published,
      @Nullable String siteName,
      @Nullable String canonicalUrl,
      @Nullable String language,
      JsonLdReader.Facts jsonLd) {}

  private static final Pattern WS = Pattern.compile("[\\s\\u00a0]+");

  private static final String[] DATE_META =
      {"article:published_time", "og:article:published_time", "og:published_time", "article:published",
       "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
       "sailthru.date", "parsely-pub-date", "article.published", "published_time", "dc.date.issued",
       "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "citation_publication_date",
       "citation_date", "date", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
       "date_published", "og:updated_time", "article:modified_time", "last-modified"};

  private static final String META_TAGS = "sitrep.metaTags";
  private static final String BODY_TEXT = "sitrep.bodyText";
  private static final String[] AUTHOR_META =
      {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
       "byl", "citation_author", "twitter:creator"};

  /** A meta field of an author's name in any vocabulary: "…author", "…author_name", "…author-name". */
  private static final Pattern AUTHOR_META_NAME =
      Pattern.compile("(?i)(?:^|[:._-])(?:article[:._-](?:\\w+[:._-])?author(?:[_-]?name)?|author[_-]name)$");

  private static final NameSet BYLINE_CLASS =
      NameSet.of("author|authors|byline|autor|autorin|autoren|auteur|writer|author-name|authorname|"
          + "byline-name|contributor");

  private static final Pattern AUTHOR_PREFIX =
      Pattern.compile("(?i)^(?:interview\\s*:\\s*(?=(?-i:\\p{Lu}))|(?:(?:post|article|written|posted|published|reported|text|story|words|recipe|rezept|"
          + "geschrieben|verfasst|veröffentlicht|publiziert|erstellt|eingestellt|gespeichert|gepostet|artikel|"
          + "(?:ein\\s+|blog\\s*)?beitrag)\\s*)?(?:(?:by|von|par|por|autor(?:in|/in|\\*in|:in)?|authors?|auteur|text|"
          + "reporter|redakteur(?:in)?)(?:\\s*:\\s*|\\s+|(?=(?-i:\\p{Lu})))"
          // short particles that also start names ("Di", "De", "Av") count only as whole words before a capital
          + "|(?:di|door|av|af|de)(?:\\s*:\\s*|\\s+(?=(?-i:\\p{Lu}))))+)");
  private static final Pattern TRAILING_ROLE = Pattern.compile("\\s*(?:기자|특파원|记者|記者|特约记者|通讯员)$");
  private static final LabelFinder AUTHOR_LABEL =
      // a name: two to four Han characters standing alone, or capitalised words; never the next label
      // ("责任编辑：声明：…"), the next paragraph's words, or a lower-case control ("size")
      new LabelFinder(List.of("作者", "记者", "記者", "撰稿", "责任编辑", "Autorin", "Autor", "Author", "Text", "Reporter"),
          "\\s*[:：]\\s*(\\p{IsHan}{2,4}(?![\\p{IsHan}\\p{L}])(?!\\s*[:：])|\\p{Lu}[\\p{L}.'’-]*+(?: \\p{Lu}[\\p{L}.'’-]*+){0,3}(?!\\s*[:：]))", false);
  private static final Pattern TRAILING_FILLER = Pattern.compile("(?i)(?:\\s+(?:am|on|at|um|le|el|il|the|\\||stand|"
      + "aktualisiert|zuletzt aktualisiert|updated|last updated))?"
      // a weekday left where a byline's date was cut off ("Tomas Spahn Fr", "… am Samstag")
      + "(?:\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
      + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|"
      + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\.?)?$");

  private static final Pattern ROLE_WORDS =
      Pattern.compile("(?i)\\b(?:staff|writer|reporter|correspondent|editor|editorial|contributor|columnist|"
          + "redaktion|redakteur|korrespondent|mitarbeiter|agency|agentur|news|desk|team|press|photographer|"
          + "updated|published|posted|min(?:ute)?s?|read|follow|twitter|email|contact|profile|more)\\b");

  /** Default accounts of publishing systems: a login, not a byline. */
  private static final Pattern CMS_ACCOUNT =
      Pattern.compile("(?i)(?:wordpress|wp|site|web|blog)?[ _-]?(?:admin|administrator|webmaster|root|user|guest|gast)");

  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b(?!\\.))\\s*");

  /** Month names of the languages most frequent in news, to month numbers. */
  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_ALT =
      "(january|february|march|april|may|june|july|august|september|october|november|december|"
          + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|mai|juni|juli|oktober|"
          + "dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
          + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
          + "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
          + "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\\.?";

  private static final Pattern ISO_DATE =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern DMY =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2}):(\\d{2}))?");
  private static final Pattern CJK_DATE =
      Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?(?:\\s*(\\d{1,2}):(\\d{2}))?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?" + MONTH_ALT + "\\s+(?:de\\s+)?(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH_ALT + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[^\\d])");
  private static final LabelFinder DATE_LABEL = new LabelFinder(
      List.of("发表时间", "发布时间", "發表時間", "發佈時間", "时间", "日期", "published", "posted", "updated on", "veröffentlicht",
          "publié", "publicado", "pubblicato", "opublikowano", "erstellt", "datum", "stand"),
      "\\s*(?:on|am|le|el|il)?\\s*[:：]?\\s*", true);

  Metadata extract(Document doc, @Nullable String url) {
    JsonLdReader.Facts ld = JsonLdReader.read(doc);
    String titleTag = clean(doc.title());
    String og = meta(doc, "og:title", "twitter:title", "dc.title");
    String knownSite = firstNonNull(meta(doc, "og:site_name", "application-name", "apple-mobile-web-app-title"),
        ld.publisher(), ld.webSiteName());
    String host = host(url);
    Set<String> headingKeys = new java.util.HashSet<>();
    for (Element h : PageIndex.of(doc).headings) {
      if (h.normalName().equals("h1") || TITLE_CLASS.matcher(BoilerplateSignals.signature(h)).find()) {
        headingKeys.add(letters(h.text()));
      }
    }
    TitleParts parts = titleTag == null ? null : splitTitle(titleTag, knownSite, host, headingKeys);
    String site = firstNonNull(knownSite, parts == null ? null : parts.site());
    String title = chooseTitle(doc, titleTag, parts, og, ld.headline(), site, knownSite, host);
    return new Metadata(
        title,
        authors(doc, ld, title, new SiteNames(host, knownSite, parts == null ? null : parts.site(), ld.publisher(), ld.webSiteName())),
        published(doc, ld, url),
        site,
        canonical(doc, url),
        language(doc),
        ld);
  }

  // ---------------------------------------------------------------- title

  private record TitleParts(String main, @Nullable String site) {}

  /** Title separators. (The CJK underscore and hyphen are matched before the script look-behind, which is costly at every position.) */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-–—·»:/]+\\s+|\\s*\\|\\s*|\\s+::\\s+|\\s*[«»]\\s*|_(?<=[\\p{IsHan}\\p{IsHangul}]_)(?=\\p{L})"
          + "|-(?<=[\\p{IsHan}\\p{IsHangul}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f]-)(?=[\\p{IsHan}\\p{IsHangul}])");

  /** Every {@link #SEPARATOR} holds one of these characters. */
  private static final String SEPARATOR_CHARS = "|-–—·»«:/_";

  /** Whether {@code s} holds a character every separator holds one of: without one, the pattern need not run. */
  private static boolean mayHoldSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (SEPARATOR_CHARS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits "Headline | Site" or "Site - Headline". The site segment is the outer one that matches
   * a known site name or the host; otherwise a short last segment (then a short first one).
   */
  static TitleParts splitTitle(String title, @Nullable String knownSite, @Nullable String host) {
    return splitTitle(title, knownSite, host, Set.of());
  }

  static TitleParts splitTitle(String title, @Nullable String knownSite, @Nullable String host, Set<String> headings) {
    TitleParts first = splitOnce(title, knownSite, host, headings, 4, 3);
    if (first.site() == null || !sameSite(first.site(), knownSite, host)) {
      return first;
    }
    // "Site » Blog Archive » Headline", "Headline | Section | Forum | Site": once the site's name is off,
    // further one- or two-word segments on the same side are sections, not part of the headline
    String main = first.main();
    boolean tailSide = title.startsWith(main);
    for (int i = 0; i < 3; i++) {
      TitleParts next = splitOnce(main, knownSite, host, headings, tailSide ? 2 : 0, tailSide ? 0 : 2);
      if (next.site() == null || words(next.main()) < 3) {
        break;
      }
      main = next.main();
    }
    return new TitleParts(trimSeparators(main), first.site());
  }

  /** Removes only segments that name the site (its known name or host), repeatedly. */
  static String withoutSiteName(String title, @Nullable String knownSite, @Nullable String host) {
    String main = title;
    for (int i = 0; i < 3; i++) {
      TitleParts next = splitOnce(main, knownSite, host, Set.of(), 0, 0);
      if (next.site() == null || !isSiteName(next.site(), knownSite, host)) {
        break;
      }
      main = next.main();
    }
    return trimSeparators(main);
  }

  /** Stricter than {@link #sameSite}: the segment is the site's name or its host, nothing more. */
  private static boolean isSiteName(String segment, @Nullable String knownSite, @Nullable String host) {
    String seg = letters(segment);
    if (seg.length() < 3) {
      return false;
    }
    if (knownSite != null && letters(knownSite).contains(seg)) {
      return true;
    }
    return host != null && letters(host.replaceFirst("^www\\.", "")).contains(seg);
  }

  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^\\s*[|»·:/\\-–—]+\\s+|\\s+[|«·:/\\-–—]+\\s*$");

  /** "» Headline" and "Headline -" lose the separator left at the edge; quotes and brackets stay. */
  private static String trimSeparators(String s) {
    String t = EDGE_SEPARATORS.matcher(s).replaceAll("").strip();
    return t.isEmpty() ? s : t;
  }

  private static TitleParts splitOnce(String title, @Nullable String knownSite, @Nullable String host,
      Set<String> headings, int shortTail, int shortHead) {
    if (!mayHoldSeparator(title)) {
      return new TitleParts(title, null);
    }
    Matcher m = SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (m.start() == 0 || m.end() == title.length()) {
        continue;
      }
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (firstStart < 0) {
      return new TitleParts(title, null);
    }
    String head = title.substring(0, firstStart).strip();
    String tail = title.substring(lastEnd).strip();
    String withoutTail = title.substring(0, lastStart).strip();
    String withoutHead = title.substring(firstEnd).strip();
    if (sameSite(tail, knownSite, host)) {
      return new TitleParts(withoutTail, tail);
    }
    if (sameSite(head, knownSite, host)) {
      return new TitleParts(withoutHead, head);
    }
    if (headings.contains(letters(withoutTail))) {
      return new TitleParts(withoutTail, tail);
    }
    if (headings.contains(letters(withoutHead))) {
      return new TitleParts(withoutHead, head);
    }
    if (words(tail) <= shortTail && tail.length() < withoutTail.length()) {
      return new TitleParts(withoutTail, tail);
    }
    if (words(head) <= shortHead && head.length() < withoutHead.length()) {
      return new TitleParts(withoutHead, head);
    }
    return new TitleParts(title, null);
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static boolean sameSite(String segment, @Nullable String knownSite, @Nullable String host) {
    String seg = letters(segment);
    if (seg.length() < 2) {
      return false;
    }
    if (knownSite != null) {
      String site = letters(knownSite);
      if (!site.isEmpty() && (site.contains(seg) || namesSite(seg, site))) {
        return true;
      }
    }
    if (host != null) {
      String h = letters(host.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,6}$", ""));
      return !h.isEmpty() && (h.contains(seg) || namesSite(seg, h));
    }
    return false;
  }

  /** A segment holding the site's name plus a few words ("Site Regensburg"), not a headline that mentions it. */
  private static boolean namesSite(String seg, String site) {
    return seg.contains(site) && seg.length() <= 2 * site.length() + 6;
  }

  /** The letters and digits of {@code s} (Unicode categories L and N), lower-cased. */
  private static String letters(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetter(cp) || isNumber(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** What {@link #letters} gives, by a loop over the characters: it runs on every heading of a page. */
  private static String lettersOf(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int type = Character.getType(cp);
      if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static final Pattern TITLE_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:entry-title|post-title|article-title|headline|article-headline|story-title|"
          + "title-post|page-title|news-title)(?:$|[\\s_-])");

  private static @Nullable String chooseTitle(
      Document doc, @Nullable String titleTag, @Nullable TitleParts parts, @Nullable String og, @Nullable String ld,
      @Nullable String site, @Nullable String knownSite, @Nullable String host) {
    List<String> headings = new ArrayList<>();
    int titledCount = 0;
    for (Element h : PageIndex.of(doc).headings) {
      boolean h1 = h.normalName().equals("h1");
      if (!h1 && !TITLE_CLASS.matcher(BoilerplateSignals.signature(h)).find()
          && !(h.parent() != null && TITLE_CLASS.matcher(BoilerplateSignals.signature(h.parent())).find())) {
        continue;
      }
      String t = clean(h.text());
      // a heading may carry the site's name as the title tag does ("Headline | Site")
      t = t == null ? null : withoutSiteName(t, knownSite, host);
      if (t != null && t.length() >= 3 && t.length() <= 300 && !(site != null && letters(t).equals(letters(site)))) {
        boolean titled = TITLE_CLASS.matcher(BoilerplateSignals.signature(h)).find();
        // a heading marked as the entry's title outranks a plain h1, which is often the site name
        if (titled) {
          headings.add(titledCount++, t);
        } else {
          headings.add(t);
        }
      }
    }
    String reference = firstNonNull(og, ld, titleTag);
    for (String h : headings) {
      if (reference != null && contains(reference, h) && h.length() >= 0.3 * reference.length()) {
        return h;
      }
      if (titleTag != null && contains(titleTag, h) && h.length() >= 10) {
        return h;
      }
    }
    // the structured-data headline inside a decorated og:title is that title without its decoration
    if (ld != null && og != null && ld.length() >= 10 && ld.length() < og.length() && contains(og, ld)) {
      return ld;
    }
    if (og != null) {
      TitleParts p = splitTitle(og, site, host);
      if (site == null || !letters(p.main()).equals(letters(site))) {
        return p.main();
      }
    }
    if (ld != null) {
      return ld;
    }
    if (parts != null && (site == null || !letters(parts.main()).equals(letters(site)))) {
      return parts.main();
    }
    return headings.isEmpty() ? (parts == null ? null : parts.main()) : headings.get(0);
  }

  private static boolean contains(String haystack, String needle) {
    return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- authors

  private static List<String> authors(Document doc, JsonLdReader.Facts ld, @Nullable String title, SiteNames site) {
    AuthorPick pick = new AuthorPick(site);
    List<String> found = cleanAuthors(ld.authors());
    if (pick.take(found)) {
      return found;
    }
    Elements metas = metaTags(doc);
    for (String name : AUTHOR_META) {
      List<String> values = new ArrayList<>();
      for (Element m : metas) {
        if (m.attr("name").equalsIgnoreCase(name) || m.attr("property").equalsIgnoreCase(name)) {
          values.add(m.attr("content"));
        }
      }
      found = cleanAuthors(values);
      if (pick.take(found)) {
        return found;
      }
    }
    // other vocabularies name the field alike ("og:article:author", "shareaholic:article_author_name")
    List<String> named = new ArrayList<>();
    for (Element m : metas) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (AUTHOR_META_NAME.matcher(key).find()) {
        named.add(m.attr("content"));
      }
    }
    found = cleanAuthors(named);
    if (pick.take(found)) {
      return found;
    }
    List<String> values = new ArrayList<>();
    for (Element e : PageIndex.select(PageIndex.of(doc).withItemprop, ITEMPROP_AUTHOR, doc)) {
      Element name = e.selectFirst(ITEMPROP_NAME);
      values.add(name != null ? textOrContent(name) : textOrContent(e));
    }
    found = cleanAuthors(values);
    if (pick.take(found)) {
      return found;
    }
    values.clear();
    for (Element a : PageIndex.select(PageIndex.of(doc).withRel, REL_AUTHOR, doc)) {
      values.add(a.text());
    }
    found = cleanAuthors(values);
    if (pick.take(found)) {
      return found;
    }
    Headline headline = new Headline(doc, title);
    for (Element e : PageIndex.of(doc).bodyElements) {
      if (!mayNameByline(e)) {
        continue;
      }
      String sig = BoilerplateSignals.signature(e);
      if (sig.isEmpty() || !BYLINE_CLASS.find(sig) || sig.contains("comment") || inFurniture(e, headline)) {
        continue;
      }
      String t = e.text();
      if (!t.isEmpty() && t.length() <= 100) {
        found = cleanAuthors(List.of(t));
        if (pick.take(found, true)) {
          return found;
        }
      }
    }
    // a byline line that no class marks, next to the headline ("By Jane Doe | March 3, 2021")
    Element head = headline.element();
    String line = head == null ? null : BylineLine.near(head, b -> inFurniture(b, headline));
    if (line != null) {
      found = cleanAuthors(List.of(line));
      if (pick.take(found, true)) {
        return found;
      }
    }
    String text = bodyText(doc);
    Matcher label = AUTHOR_LABEL.matcher(text);
    if (AUTHOR_LABEL.find(label, text, 0)) {
      found = cleanAuthors(List.of(label.group(1)));
      if (pick.take(found, true)) {
        return found;
      }
    }
    return pick.siteOnly();
  }

  /**
   * The names a page goes by: its site name, publisher and host, as letters only, worked out when first
   * asked (most pages never ask). A byline that gives one of them ("National Geographic", "tagesschau.de")
   * names the publication, not a writer. Not thread-safe; one per page.
   */
  static final class SiteNames {
    private final @Nullable String host;
    private final @Nullable String[] names;
    private @Nullable Set<String> keys;

    SiteNames(@Nullable String host, @Nullable String... names) {
      this.host = host;
      this.names = names.clone();
    }

    private Set<String> keys() {
      if (keys == null) {
        Set<String> k = new java.util.HashSet<>();
        for (String n : names) {
          if (n != null) {
            k.add(letters(n));
            for (String part : SEPARATOR.split(n)) {
              k.add(letters(part));
            }
          }
        }
        if (host != null) {
          String h = host.replaceFirst("^www\\.", "");
          k.add(letters(h));
          k.add(letters(h.replaceFirst("\\.[a-z]{2,6}$", "")));
        }
        k.removeIf(x -> x.length() < 2);
        keys = k;
      }
      return keys;
    }

    /** Whether {@code name} is the site's name, or (four letters or more) part of it or holding it. */
    boolean names(String name) {
      String n = letters(name);
      if (n.length() < 2) {
        return false;
      }
      for (String k : keys()) {
        if (n.equals(k) || (n.length() >= 4 && k.length() >= 4 && (k.contains(n) || n.contains(k)))) {
          return true;
        }
      }
      return false;
    }
  }

  /** A person's name: capitalised words (initials, hyphens, apostrophes), lower-case particles only inside. */
  private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:von|van|vom|de|der|den|da|di|du|la|"
      + "le|del|della|dos|das|zu|ten|ter|bin|ibn|al|y)\\s+)*\\p{Lu}[\\p{L}.'’-]*){0,4}");
  /** A month's name alone in a list of names: a date left over, not a person. */
  private static final Pattern MONTH_NAME = Pattern.compile("(?iu)" + MONTH_ALT);

  /**
   * The first byline found that names a writer. One that names the site is held back while the page may
   * name a writer, and returned when a second source names the site again (a personal blog signs with its
   * own name) or nothing else is found.
   */
  private static final class AuthorPick {
    private final SiteNames site;
    private List<String> siteOnly = List.of();

    AuthorPick(SiteNames site) {
      this.site = site;
    }

    /** True when {@code found}, from a structured source (JSON-LD, meta tags, item properties), is the byline to return. */
    boolean take(List<String> found) {
      return take(found, false);
    }

    /**
     * True when {@code found} is the byline to return; {@code visible} says it was read from the page's text,
     * where the site's name confirms one held back.
     */
    boolean take(List<String> found, boolean visible) {
      if (found.isEmpty()) {
        return false;
      }
      for (String name : found) {
        if (site.names(name)) {
          if (visible && !siteOnly.isEmpty()) {
            return true;
          }
          if (siteOnly.isEmpty()) {
            siteOnly = found;
          }
          return false;
        }
      }
      if (visible && !siteOnly.isEmpty()) {
        // the page's text overrides the structured data only with names that look like people's
        for (String name : found) {
          if (!PERSON_NAME.matcher(name).matches() || MONTH_NAME.matcher(name).matches()) {
            return false;
          }
        }
      }
      return true;
    }

    List<String> siteOnly() {
      return siteOnly;
    }
  }

  /** The parts every {@link #BYLINE_CLASS} name holds, in lower case. */
  private static final String[] BYLINE_PARTS = {"auth", "autor", "auteur", "byline", "writer", "contributor"};

  /**
   * A cheap test that {@code e}'s class or id may hold a byline name: one of {@link #BYLINE_PARTS} in any
   * letter case. Spares building the signature of every element of the page. The parser writes attribute
   * names in lower case, so a case-sensitive look-up finds them.
   */
  private static boolean mayNameByline(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    org.jsoup.nodes.Attributes attributes = e.attributes();
    return holdsAnyPart(attributes.get("class")) || holdsAnyPart(attributes.get("id"));
  }

  private static boolean holdsAnyPart(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      // ASCII letters to lower case; the parts start with a, b, c or w
      char c = (char) (s.charAt(i) | 0x20);
      if (c == 'a' || c == 'b' || c == 'c' || c == 'w') {
        for (String part : BYLINE_PARTS) {
          if (part.charAt(0) == c && s.regionMatches(true, i, part, 0, part.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final NameSet FURNITURE_ANCESTOR = NameSet.of("footer|comments?|sidebar|widget|related|nav|menu");
  /** Furniture names other than a footer's: a container with one of them is never an article's own part. */
  private static final NameSet NOT_OWN_PART = NameSet.of("comments?|sidebar|widget|related|nav|menu");
  /** Names of a post's or an article's own container (a blog's "post hentry", a CMS's "node-article"). */
  private static final NameSet POST_CONTAINER =
      NameSet.of("post|hentry|entry|article|story|blog-post|single-post|node-article|type-post");

  /**
   * The page's headline element (the heading that carries the title), found when first needed, with the
   * elements that hold it. An element holding the headline is the article or a layout container around
   * it ("sticky-sidebar-parent", "wrapper-with-sidebar"), never furniture.
   */
  private static final class Headline {
    private final Document doc;
    private final @Nullable String title;
    private @Nullable Set<Element> holders;
    private @Nullable Element element;

    Headline(Document doc, @Nullable String title) {
      this.doc = doc;
      this.title = title;
    }

    /** The headline and its ancestors; empty when no heading carries the title. */
    Set<Element> holders() {
      if (holders == null) {
        Set<Element> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        String key = title == null ? "" : letters(title);
        if (key.length() >= 3) {
          // the heading that is the title beats one that only holds it; an h1 or a titled heading beats the others
          int best = 0;
          for (Element h : PageIndex.of(doc).headings) {
            String raw = h.text();
            if (raw.length() < key.length()) {
              continue;
            }
            String text = lettersOf(raw);
            if (text.contains(key) && text.length() <= 2 * key.length() + 20) {
              int rank = (text.equals(key) ? 2 : 1) * 2
                  + (h.normalName().equals("h1") || TITLE_CLASS.matcher(BoilerplateSignals.signature(h)).find() ? 1 : 0);
              if (rank > best) {
                best = rank;
                element = h;
              }
            }
          }
          for (Element a = element; a != null; a = a.parent()) {
            found.add(a);
          }
        }
        holders = found;
      }
      return holders;
    }

    /** The heading that carries the title, or null. */
    @Nullable Element element() {
      holders();
      return element;
    }
  }

  private static boolean inFurniture(Element e, Headline headline) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      String tag = a.normalName();
      String sig = BoilerplateSignals.signature(a);
      boolean furniture = tag.equals("footer") || tag.equals("nav") || tag.equals("aside")
          || (!sig.isEmpty() && FURNITURE_ANCESTOR.find(sig));
      if (furniture && !headline.holders().contains(a) && !ownPart(a, tag, sig, headline)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a footer or an aside belongs to the article itself ("post-footer", an article's meta aside):
   * it sits in a post container that also holds the headline (or, with no headline found, in any post
   * container), where the page's own footer does not.
   */
  private static boolean ownPart(Element part, String tag, String sig, Headline headline) {
    if (tag.equals("nav") || (!sig.isEmpty() && NOT_OWN_PART.find(sig))) {
      return false;
    }
    Set<Element> holders = headline.holders();
    for (Element a = part.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      boolean post = a.normalName().equals("article") || POST_CONTAINER.find(BoilerplateSignals.signature(a));
      if (holders.isEmpty()) {
        if (post) {
          return true;
        }
      } else if (holders.contains(a)) {
        // the nearest container of the headline: the post itself, or the page around it
        return post;
      }
    }
    return false;
  }

  private static String textOrContent(Element e) {
    return e.hasAttr("content") ? e.attr("content") : e.text();
  }

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern DATE_AND_AFTER = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}.*$");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s·•–—«»]+|[\\p{Punct}\\s·•–—«»&&[^.]]+$");
  /** A credit of a picture or a source ("Foto: …", "Quelle: …"): not a byline. */
  private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:foto|fotos|photo|photos|bild|bilder|image|grafik|quelle|source|"
      + "źródło|fuente|fonte|crédit|credit|credits)\\s*:.*");
  /** A label or link word left where a byline's name was ("Stand", "Mehr", "Datum", "Author"). */
  private static final Pattern LABEL_WORD = Pattern.compile("(?iu)stand|mehr|more|datum|date|author|autor|autorin|auteur|quelle|source");
  /** A weekday left alone where a byline's date was cut off ("Donnerstag, 4. November 2021"). */
  private static final Pattern WEEKDAY = Pattern.compile("(?iu)monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
      + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
      + "samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo");
  /** A bracket after a name: a role or initials ("Eberhard Fuhr (Pressesprecher)", "Julia Hitz (eg)"). */
  private static final Pattern BRACKET_AFTER = Pattern.compile("\\s+\\(.*$");

  /** A social-media handle after a name ("Williams Perdomo @wperdomod"). */
  private static final Pattern HANDLE = Pattern.compile("\\s+@[\\w.]+");
  /** A user name with digits, one word of letters first ("freeman1984"); other digits mean a date or a count. */
  private static final Pattern USER_NAME = Pattern.compile("(?!(?i:link|image|img|photo|foto|bild|pic|picture|avatar|icon|logo|"
      + "banner|thumb|user|item|post|page|slide|teaser|video)\\d)\\p{L}[\\p{L}_.-]*\\d{1,4}");
  /** An academic degree or title split off a name by a comma ("Grant Tinsley, PhD"): not a name of its own. */
  private static final Pattern DEGREE = Pattern.compile("(?:(?i:ph\\.?\\s?d|m\\.?sc|b\\.?sc|mba|mph|d\\.?phil|dr|prof|jr|sr|esq|"
      // short ones only in capitals: "Ma" may be a name
      + "dipl\\.?-?\\p{L}*)|MA|BA|MS|MD|M\\.D|RN|RD|CDE)\\.?");

  /** {@code s} up to a written date ("8 March 2021", "March 8, 2021") and all after it. */
  private static String cutAtWrittenDate(String s) {
    int cut = s.length();
    for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        cut = Math.min(cut, m.start());
      }
    }
    return cut == s.length() ? s : s.substring(0, cut);
  }

  /** Removes "By", roles, dates, URLs and handles; splits multiple names; drops non-names. */
  static List<String> cleanAuthors(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      // an entity escaped twice by the page ("Redacci&amp;oacute;n") is text, not a name separator
      String s = WS.matcher(r.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(r, false) : r)
          .replaceAll(" ").strip();
      if (s.isEmpty() || s.startsWith("http") || s.startsWith("@") || s.startsWith("www.")) {
        continue;
      }
      s = EMAIL.matcher(s).replaceAll(" ");
      s = HANDLE.matcher(s).replaceAll("");
      s = DATE_AND_AFTER.matcher(s).replaceAll("");
      s = cutAtWrittenDate(s);
      s = AUTHOR_PREFIX.matcher(s).replaceFirst("");
      for (String part : NAME_SPLIT.split(s)) {
        if (CREDIT.matcher(part.strip()).matches()) {
          continue;
        }
        String p = BRACKET_AFTER.matcher(part.strip()).replaceFirst("");
        p = EDGE_PUNCTUATION.matcher(AUTHOR_PREFIX.matcher(p).replaceFirst("")).replaceAll("").strip();
        p = TRAILING_FILLER.matcher(p).replaceFirst("").strip();
        p = TRAILING_ROLE.matcher(p).replaceFirst("").strip();
        if (p.length() < 2 || p.equalsIgnoreCase("by") || p.equalsIgnoreCase("von") || p.toLowerCase(Locale.ROOT).startsWith("publiziert")
            || p.toLowerCase(Locale.ROOT).startsWith("veröffentlicht") || p.contains("[at]") || p.contains("http")) {
          continue;
        }
        if (p.isEmpty() || p.length() > 60 || (p.matches(".*\\d.*") && !USER_NAME.matcher(p).matches())
            || ROLE_WORDS.matcher(p).find() || CMS_ACCOUNT.matcher(p).matches() || DEGREE.matcher(p).matches()
            || LABEL_WORD.matcher(p).matches() || WEEKDAY.matcher(p).matches()) {
          continue;
        }
        int words = p.split("\\s+").length;
        if (words > 5) {
          continue;
        }
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- dates

  private static @Nullable String published(Document doc, JsonLdReader.Facts ld, @Nullable String url) {
    String found = publishedFromPage(doc, ld, url);
    String fromUrl = null;
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        fromUrl = date(m.group(1), m.group(2), m.group(3), null, null);
      }
    }
    if (fromUrl == null || found == null) {
      return found == null ? fromUrl : found;
    }
    // the date in the path is fixed when the article is first filed: a page date before it, or long
    // after it (a sidebar's, a copyright line's, a re-publication's), is not the publication date
    java.time.LocalDate pathDay;
    java.time.LocalDate pageDay;
    try {
      pathDay = java.time.LocalDate.parse(fromUrl.substring(0, Math.min(10, fromUrl.length())));
      pageDay = java.time.LocalDate.parse(found.substring(0, Math.min(10, found.length())));
    } catch (java.time.format.DateTimeParseException e) {
      return found;
    }
    boolean consistent = !pageDay.isBefore(pathDay) && !pageDay.isAfter(pathDay.plusDays(31));
    return consistent ? found : fromUrl;
  }

  private static @Nullable String publishedFromPage(Document doc, JsonLdReader.Facts ld, @Nullable String url) {
    String d = normaliseDate(ld.datePublished());
    if (d != null) {
      return d;
    }
    for (String name : DATE_META) {
      if (name.equals("og:updated_time") || name.equals("article:modified_time") || name.equals("last-modified")) {
        continue;
      }
      d = normaliseDate(meta(doc, name));
      if (d != null) {
        return d;
      }
    }
    for (Element e : PageIndex.select(PageIndex.of(doc).withItemprop, ITEMPROP_DATES, doc)) {
      d = normaliseDate(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
      if (d != null) {
        return d;
      }
    }
    Element time = first(PageIndex.select(PageIndex.of(doc).times, TIME_ELEMENTS, doc));
    if (time != null) {
      d = normaliseDate(time.attr("datetime"));
      if (d != null) {
        return d;
      }
    }
    if (url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        d = date(m.group(1), m.group(2), m.group(3), null, null);
        if (d != null) {
          return d;
        }
      }
    }
    d = visibleDate(doc);
    if (d != null) {
      return d;
    }
    d = normaliseDate(ld.dateModified());
    if (d != null) {
      return d;
    }
    for (String name : new String[] {"article:modified_time", "og:updated_time"}) {
      d = normaliseDate(meta(doc, name));
      if (d != null) {
        return d;
      }
    }
    // last resort: the first full date near the top of the page text
    String text = bodyText(doc);
    return parseFirstDate(text.substring(0, Math.min(text.length(), 3000)), false);
  }

  /** Dates shown in the page: labelled ones first, then date-like elements, then the first date in the text. */
  private static @Nullable String visibleDate(Document doc) {
    String bodyText = bodyText(doc);
    Matcher label = DATE_LABEL.matcher(bodyText);
    for (int from = 0; DATE_LABEL.find(label, bodyText, from); from = label.end()) {
      String after = bodyText.substring(label.end(), Math.min(bodyText.length(), label.end() + 60));
      String d = parseFirstDate(after, true);
      if (d != null) {
        return d;
      }
    }
    for (Element e : PageIndex.of(doc).bodyElements) {
      String sig = BoilerplateSignals.signature(e);
      if (!sig.isEmpty() && containsAny(sig, "date", "time", "posted", "published", "datum", "meta", "byline") && !sig.contains("comment")) {
        String t = e.text();
        if (t.length() <= 200) {
          String d = parseFirstDate(t, false);
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  /** Normalises an ISO-like or textual date to ISO-8601 (date, or date-time when a time is given). */
  static @Nullable String normaliseDate(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      OffsetDateTime odt = OffsetDateTime.parse(s);
      return plausible(odt.getYear()) ? odt.toString() : null;
    } catch (DateTimeParseException e) {
      // not a full offset date-time: fall through to the patterns
    }
    return parseFirstDate(s, true);
  }

  private static @Nullable String parseFirstDate(String s, boolean withTime) {
    Matcher m = ISO_DATE.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3), withTime ? m.group(4) : null, m.group(5));
    }
    m = CJK_DATE.matcher(s);
    if (m.find()) {
      return date(m.group(1), m.group(2), m.group(3), withTime ? m.group(4) : null, m.group(5));
    }
    m = DMY.matcher(s);
    if (m.find()) {
      return date(m.group(3), m.group(2), m.group(1), withTime ? m.group(4) : null, m.group(5));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
      return month == null ? null : date(m.group(3), String.valueOf(month), m.group(1), null, null);
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT).replace(".", ""));
      return month == null ? null : date(m.group(3), String.valueOf(month), m.group(2), null, null);
    }
    return null;
  }

  private static @Nullable String date(String y, String mo, String d, @Nullable String h, @Nullable String mi) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (!plausible(date.getYear())) {
        return null;
      }
      if (h != null && mi != null) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(mi);
        if (hour < 24 && minute < 60) {
          return String.format(Locale.ROOT, "%sT%02d:%02d", date, hour, minute);
        }
      }
      return date.toString();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // impossible calendar values (31 February, month 13) are not dates
      return null;
    }
  }

  private static boolean plausible(int year) {
    return year >= 1990 && year <= 2100;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "stycznia"},
      {"february", "feb", "februar", "février", "febrero", "febbraio", "lutego"},
      {"march", "mar", "märz", "mars", "marzo", "marca"},
      {"april", "apr", "avril", "abril", "aprile", "kwietnia"},
      {"may", "mai", "mayo", "maggio", "maja"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "czerwca"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "lipca"},
      {"august", "aug", "août", "agosto", "sierpnia"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "września"},
      {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "października"},
      {"november", "nov", "novembre", "noviembre", "listopada"},
      {"december", "dec", "dezember", "décembre", "diciembre", "dicembre", "grudnia"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  // ---------------------------------------------------------------- URL, language, helpers

  private static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    Matcher m = Pattern.compile("^[a-z]+://([^/:?#]+)").matcher(url.toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable String canonical(Document doc, @Nullable String url) {
    Element link = first(PageIndex.select(PageIndex.of(doc).withRel, CANONICAL_LINK, doc));
    if (link != null) {
      String abs = link.absUrl("href");
      String href = abs.isEmpty() ? link.attr("href").strip() : abs;
      if (href.startsWith("http")) {
        return href;
      }
    }
    String og = meta(doc, "og:url");
    if (og != null && og.startsWith("http")) {
      return og;
    }
    return url;
  }

  private static @Nullable String language(Document doc) {
    String lang = doc.selectFirst(HTML) == null ? "" : doc.selectFirst(HTML).attr("lang");
    if (lang.isBlank()) {
      lang = doc.selectFirst(HTML) == null ? "" : doc.selectFirst(HTML).attr("xml:lang");
    }
    if (lang.isBlank()) {
      Element m = first(PageIndex.select(PageIndex.of(doc).metas, CONTENT_LANGUAGE_META, doc));
      lang = m == null ? "" : m.attr("content");
    }
    if (lang.isBlank()) {
      String og = meta(doc, "og:locale");
      lang = og == null ? "" : og;
    }
    String primary = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static @Nullable Element first(Elements elements) {
    return elements.isEmpty() ? null : elements.get(0);
  }

  private static boolean containsAny(String s, String... parts) {
    for (String p : parts) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's meta tags with content, found once per document: metadata asks for a few dozen names,
   * and each search would otherwise walk the whole tree.
   */
  static Elements metaTags(Document doc) {
    return once(doc, META_TAGS, Elements.class, d -> PageIndex.select(PageIndex.of(d).metas, META_WITH_CONTENT, d));
  }

  /** The body's text, built once per document (several fallbacks search it). */
  static String bodyText(Document doc) {
    return once(doc, BODY_TEXT, String.class, d -> d.body().text());
  }

  /** A value computed from the document once and kept in its user data under {@code key}. */
  private static <T> T once(Document doc, String key, Class<T> type, Function<Document, T> compute) {
    Object cached = doc.attributes().userData(key);
    if (type.isInstance(cached)) {
      return type.cast(cached);
    }
    T value = compute.apply(doc);
    doc.attributes().userData(key, value);
    return value;
  }

  /** The first non-empty content of a meta tag with one of these names or properties. */
  static @Nullable String meta(Document doc, String... names) {
    Elements metas = metaTags(doc);
    for (String name : names) {
      for (Element m : metas) {
        String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        if (key.equalsIgnoreCase(name)) {
          String v = clean(m.attr("content"));
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = WS.matcher(s).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }

  @SafeVarargs
  private static <T> @Nullable T firstNonNull(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
