package org.sitrep.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closes a {@code <title>} that was left open. An HTML parser reads a title's content as text up to
 * {@code </title>}, so a page that forgets to close it loses everything up to the next closing title
 * tag (often an SVG icon's title in the footer, or the end of the file) to the title. Lenient parsers
 * (libxml2, most scrapers' fallbacks) end the title where markup starts; this does the same before
 * jsoup sees the page. Stateless.
 */
final class TitleRepair {
  private static final Pattern OPEN = Pattern.compile("<title(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</title\\s*>", Pattern.CASE_INSENSITIVE);
  /**
   * Markup that cannot be part of a title: the tags of the head and of the page's structure. (A stray
   * inline tag such as {@code <b>} inside a closed title is left to the parser, which reads it as text.)
   */
  private static final Pattern MARKUP = Pattern.compile(
      "<(?:/head|/html|meta|link|script|style|base|noscript|body|div|p|h[1-6]|header|nav|main|article|section|"
          + "table|ul|ol|form|footer|aside|iframe|svg|img|a)[\\s/>]",
      Pattern.CASE_INSENSITIVE);
  /** How far into the page the head's title is looked for. */
  private static final int HEAD_CHARS = 256 * 1024;

  private TitleRepair() {}

  /**
   * The page with its first title closed where markup starts inside it, or the page itself when the
   * title is closed before any markup (or there is none).
   */
  static String repair(String html) {
    Matcher open = OPEN.matcher(html);
    if (!findAtTag(open, html, 0, Math.min(html.length(), HEAD_CHARS))) {
      return html;
    }
    int from = open.end();
    Matcher close = CLOSE.matcher(html);
    int end = findAtTag(close, html, from, html.length()) ? close.start() : html.length();
    Matcher markup = MARKUP.matcher(html);
    markup.region(from, end);
    if (!markup.find()) {
      return html;
    }
    int cut = markup.start();
    return html.substring(0, cut) + "</title>" + html.substring(cut);
  }

  /**
   * {@code m.find()} within {@code [from, to)} for a pattern that starts with {@code <}: the pattern is tried
   * only where a {@code <} is, instead of at every position (same first match).
   */
  private static boolean findAtTag(Matcher m, String html, int from, int to) {
    for (int i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) {
      m.region(i, to);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
