package org.sitrep.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * General class, id and role signals that mark page furniture (navigation, comments, share bars,
 * related stories, cookie banners, promotions) or article content. The patterns describe common
 * naming conventions of content-management systems, never particular sites.
 */
final class BoilerplateSignals {
  private BoilerplateSignals() {}

  /** Furniture: an element whose class or id matches is removed before scoring. */
  static final NameSet UNLIKELY =
      NameSet.of(
          "comments?|commentlist|disqus|respond|replies|reply|discussion|nav|navbar|navigation|"
              + "menu|menus|breadcrumbs?|sidebar|side-bar|rail|widget|widgets|footer|masthead|"
              + "share|sharing|sharebar|social|socials|sociallinks|shariff|addthis|"
              + "related|relateds|recommended|recommendations|recirc|more-stories|read-more|readmore|"
              + "teaser-list|trending|popular|mostread|most-read|most-popular|outbrain|taboola|"
              + "cookie|cookies|consent|gdpr|cmp|newsletter|subscribe|subscription|signup|paywall|"
              + "promo|promotion|sponsor|sponsored|advert|advertisement|advertising|ads|ad|adslot|"
              + "ad-slot|banner|skyscraper|popup|modal|overlay|toolbar|pagination|pager|"
              + "tags|tag-list|taglist|keywords|author-bio|authorbox|author-box|bio|author|authors|autor|autoren|"
              + "author-info|authorinfo|about-author|author-description|author-details|autorbox|autoreninfo|"
              + "disclaimer|impressum|imprint|contact|kontakt|bewertung|bewertungen|lesetipp|lesetipps|leseempfehlung|"
              + "empfehlung|empfehlungen|further-reading|more-articles|morearticles|next-post|prev-post|previous-post|"
              + "post-nav|postnav|affiliate|license|licence|lizenz|citation|cite-as|support-us|membership|donation|spenden|"
              + "print|login|signin|search|skip|skiplink|visually-hidden|sr-only|screen-reader-text|"
              + "caption|credit|credits|copyright|byline|meta|dateline|timestamp|date|"
              + "breaking|ticker|jump|toc|rating|vote|poll|feedback|survey|"
              + "gallery|slideshow|carousel|video-player|player|embed|infobox|"
              + "lightbox|dropdown|offcanvas|off-canvas|cta|follow|donate");

  /** Content: a match protects an element from removal and raises its score. */
  static final NameSet LIKELY =
      NameSet.of(
          "article|articlebody|article-body|article-content|article-text|story|story-body|"
              + "storybody|content|main|post|post-body|post-content|entry|entry-content|body|text|"
              + "blog|page|column|prose|rich-text|richtext|body-text|bodytext|copy");

  /** Strong content signals: an element matching these is very likely the article body. */
  static final NameSet STRONG_CONTENT =
      NameSet.of(
          "articlebody|article-body|article__body|article-content|article__content|"
              + "article-text|articletext|story-body|storybody|story-content|story-text|post-body|"
              + "post-content|post-text|postbody|entry-content|entry-body|entrytext|entry-text|"
              + "body-text|bodytext|text-body|article-body-text|news-text|news-body|content-body|"
              + "itemprop-articlebody|main-text|maintext|single-content|td-post-content|"
              + "article-main|rich-text|richtext|field-body|field-name-body");

  /** Roles that mark furniture regardless of class names. */
  static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
          "search", "toolbar", "tablist");

  /**
   * Whether a class token describes a layout rather than what the element is ("has-sidebar", "with-comments",
   * "sidebar-layout"): a page layout with a sidebar is not a sidebar. The token is {@code lower[from, to)}.
   */
  private static boolean layoutToken(String lower, int from, int to) {
    for (String prefix : LAYOUT_PREFIXES) {
      if (to - from > prefix.length() && lower.startsWith(prefix, from)) {
        char c = lower.charAt(from + prefix.length());
        if (c == '-' || c == '_') {
          return to - from > prefix.length() + 1;
        }
      }
    }
    int at = lower.indexOf("layout", from);
    return at >= 0 && at + 6 <= to;
  }

  private static final String[] LAYOUT_PREFIXES = {"has", "with", "without", "no"};

  /**
   * {@code raw} with each layout token ({@link #layoutToken}) replaced by a space; {@code lower} is {@code raw}
   * lower-cased in ASCII letters only (as the class tokens are compared).
   */
  private static String withoutLayoutTokens(String raw, String lower) {
    StringBuilder sb = null;
    int copied = 0;
    int n = raw.length();
    for (int i = 0; i < n; ) {
      if (space(raw.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && !space(raw.charAt(end))) {
        end++;
      }
      if (layoutToken(lower, i, end)) {
        if (sb == null) {
          sb = new StringBuilder(n);
        }
        sb.append(raw, copied, i).append(' ');
        copied = end;
      }
      i = end;
    }
    return sb == null ? raw : sb.append(raw, copied, n).toString();
  }

  /** A pattern's {@code \s}: ASCII white space (the extractor's hand-written tests use it where a pattern did). */
  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String asciiLower(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = (char) (c + 32);
      }
    }
    return cs == null ? s : new String(cs);
  }

  /** The lower-cased class and id of an element, separated by a space, with camelCase split. */
  static String signature(Element e) {
    return signature(e.className(), e.id());
  }

  /** The signature of a class attribute and an id (either may be empty). */
  static String signature(String cls, String id) {
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    String raw = cls + " " + id;
    String lower = raw.toLowerCase(Locale.ROOT);
    if (mayHoldLayoutToken(lower)) {
      String without = withoutLayoutTokens(raw, asciiLower(raw));
      if (without != raw) {
        raw = without;
        lower = null;
      }
    }
    // split camelCase so "articleBody" also reads as "article-body"
    String split = splitCamelCase(raw);
    if (split == raw && lower != null) {
      // the common case: no layout token, no camelCase; the lower-cased form is already at hand
      return lower.replace("__", "-");
    }
    return (split == raw ? raw : raw + " " + split).toLowerCase(Locale.ROOT).replace("__", "-");
  }

  /** A cheap test on the lower-cased signature that it may hold a layout token: it names a layout or starts has/with/no-. */
  private static boolean mayHoldLayoutToken(String lower) {
    return lower.contains("ayout") || lower.contains("has") || lower.contains("with") || lower.contains("no-")
        || lower.contains("no_");
  }

  /** "articleBody" as "article-Body"; the same string when there is no lower-upper pair. */
  private static String splitCamelCase(String raw) {
    StringBuilder sb = null;
    for (int i = 1; i < raw.length(); i++) {
      char prev = raw.charAt(i - 1);
      char c = raw.charAt(i);
      if (prev >= 'a' && prev <= 'z' && c >= 'A' && c <= 'Z') {
        if (sb == null) {
          sb = new StringBuilder(raw.length() + 8).append(raw, 0, i);
        }
        sb.append('-');
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? raw : sb.toString();
  }

  /** Furniture names strong enough to outweigh a content name on the same element ("comment-content"). */
  static final NameSet STRONG_UNLIKELY =
      NameSet.of(
          "comments?|commentlist|comment-list|disqus|respond|related|share|sharing|social|cookie|"
              + "cookies|consent|newsletter|sidebar|breadcrumbs?|advert|advertisement|promo|outbrain|taboola|"
              + "recommended|recirc|caption|captions|figcaption|credit|credits|photo-credit|image-credit|copyright|"
              + "subscribe|subscription|paywall|author-bio|authorbox|author-box|about-author");

  static boolean isUnlikely(String signature) {
    if (signature.isEmpty() || !UNLIKELY.find(signature)) {
      return false;
    }
    if (!LIKELY.find(signature)) {
      return true;
    }
    return STRONG_UNLIKELY.find(signature) && !STRONG_CONTENT.find(signature);
  }

  /** Class weight in the style of content scorers: +25 for content names, -25 for furniture. */
  static int classWeight(Element e) {
    String sig = signature(e);
    int w = 0;
    if ("articleBody".equals(e.attr("itemprop")) || "articlebody".equalsIgnoreCase(e.attr("itemprop"))) {
      w += 40;
    }
    if (sig.isEmpty()) {
      return w;
    }
    if (STRONG_CONTENT.find(sig)) {
      w += 35;
    } else if (LIKELY.find(sig)) {
      w += 20;
    }
    if (UNLIKELY.find(sig)) {
      w -= 25;
    }
    return w;
  }
}
