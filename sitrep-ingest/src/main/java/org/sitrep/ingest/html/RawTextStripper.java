package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Takes the content of {@code <style>} and {@code <script>} elements out of a page before it is parsed. That
 * content (inline CSS, script bundles) is often half of a page's characters, the parser's tokenizer still
 * reads it character by character, and the extractor never reads it: only JSON-LD scripts are read, and
 * they are left alone (as is any script whose start tag mentions "json" or holds a character reference).
 *
 * <p>Each content is replaced by a short marker, and {@link Stripped#matches} checks the parsed tree: every
 * marker must be the whole data of a style or script element of the HTML namespace, in order. Then the
 * parser saw each removed range as the content of the element this scanner took it for, and the tree is
 * the one the whole page gives, except for the data of those elements. When the scanner misread the page
 * (a tag name inside a comment, an attribute value or a title, a style the tree builder ignores, foreign
 * content), some marker is not where it should be, and the caller parses the page as it is. Scripts whose
 * content holds {@code <!--} are kept (the tokenizer's escaped states end them elsewhere), and SVG and
 * MathML are skipped whole (their style and script elements are not HTML's). Stateless.
 */
final class RawTextStripper {
  /** Contents shorter than this are left in place: taking them out saves nothing. */
  private static final int MIN_CONTENT = 64;
  private static final char MARK = '\uE000';
  /**
   * {@link #MARK}'s UTF-8 bytes read as ISO-8859-1: the marker to use when the page is stripped as bytes (one
   * character per byte) and decoded from UTF-8 afterwards, where it becomes {@link #MARK}.
   */
  static final String UTF8_BYTES_MARK = "\u00EE\u0080\u0080";

  private RawTextStripper() {}

  /**
   * The page with its style and script contents replaced by markers.
   *
   * @param html the page with the contents taken out
   * @param names the element name ({@code style} or {@code script}) of each marker, in order
   */
  record Stripped(String html, List<String> names) {
    Stripped {
      names = List.copyOf(names);
    }

    /** Whether every marker is the whole data of an HTML style or script element of its name, in order. */
    boolean matches(Document doc) {
      int found = check(doc, 0);
      return found == names.size();
    }

    /**
     * Checks the markers in {@code e}'s subtree, the first expected one being number {@code next}; returns the
     * number expected after the subtree, or -1 once one is out of place.
     */
    private int check(Element e, int next) {
      if ((e.nameIs("style") || e.nameIs("script")) && e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode data) {
        String d = data.getWholeData();
        if (!d.isEmpty() && d.charAt(0) == MARK) {
          boolean ok = next < names.size() && d.equals(marker(next)) && e.normalName().equals(names.get(next))
              && Parser.NamespaceHtml.equals(e.tag().namespace());
          return ok ? next + 1 : -1;
        }
      }
      for (int i = 0, n = e.childNodeSize(); i < n && next >= 0; i++) {
        if (e.childNode(i) instanceof Element child) {
          next = check(child, next);
        }
      }
      return next;
    }
  }

  /** The page with its style and script contents taken out, or null when there is none to take out. */
  static @Nullable Stripped strip(String html) {
    return strip(html, String.valueOf(MARK));
  }

  /**
   * As {@link #strip(String)}, with markers that start with {@code mark}: {@link #UTF8_BYTES_MARK} when
   * {@code html} holds the bytes of a UTF-8 page, one character per byte (every byte of a multi-byte
   * sequence is non-ASCII, so the markup reads the same), to be decoded before the parse.
   */
  static @Nullable Stripped strip(String html, String mark) {
    Edits edits = new Edits(html);
    List<String> names = new ArrayList<>();
    Ranges drops = new Ranges();
    int n = html.length();
    int i = 0;
    while (true) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      char c = html.charAt(lt + 1);
      if (c == '!' && html.startsWith("<!--", lt)) {
        int end = commentEnd(html, lt + 4);
        if (end < 0) {
          break;
        }
        if (end - lt > EMPTY_COMMENT.length()) {
          // the extractor reads no comment: an empty one keeps the tree's shape
          edits.replace(lt, end, EMPTY_COMMENT);
        }
        i = end;
        continue;
      }
      if (!asciiLetter(c)) {
        int end = notStartTagEnd(html, lt);
        if (end < 0) {
          break;
        }
        i = end;
        continue;
      }
      int nameEnd = tagNameEnd(html, lt + 1, n);
      String kind = rawKind(html, lt + 1, nameEnd);
      if (kind == null) {
        // an ordinary start tag: the attributes the extractor never reads are left out
        drops.clear();
        int tagEnd = startTagEnd(html, nameEnd, drops);
        if (tagEnd < 0) {
          break;
        }
        edits.drop(drops);
        i = tagEnd;
        continue;
      }
      if (kind.equals("plaintext")) {
        break;
      }
      boolean svg = kind.equals("svg");
      drops.clear();
      int contentStart = startTagEnd(html, nameEnd, svg ? drops : null);
      if (contentStart < 0) {
        break;
      }
      int close = endTag(html, contentStart, kind);
      if (close < 0) {
        break;
      }
      if (svg) {
        // a drawing's path data and other presentation attributes are most of its markup
        int stop = foreignAttributes(html, contentStart, close, drops);
        edits.drop(drops);
        if (stop < close) {
          // HTML again inside the drawing: the scan goes on as outside it
          i = stop;
          continue;
        }
      }
      boolean style = kind.equals("style");
      boolean script = kind.equals("script");
      if ((style || script) && close - contentStart >= MIN_CONTENT
          && !(script && (mentionsJsonOrReference(html, lt, contentStart) || holds(html, "<!--", contentStart, close)))) {
        edits.replace(contentStart, close, mark + names.size());
        names.add(kind);
      }
      i = close + 2;
    }
    String out = edits.result();
    return out == null ? null : new Stripped(out, names);
  }

  private static final String EMPTY_COMMENT = "<!---->";

  /**
   * Where the markup at {@code lt} ends when a {@code <} is not followed by a letter (and is not a comment),
   * as jsoup's tokenizer reads it, or -1 when it runs to the end: an end tag after its attributes; a CDATA
   * section (which jsoup reads as text anywhere) after {@code ]]>}; a doctype or a bogus comment
   * ({@code <!x}, {@code <?x}, {@code </ x}) after the first {@code >}; {@code </>} after itself; a lone
   * {@code <} is text.
   */
  private static int notStartTagEnd(String html, int lt) {
    char c = html.charAt(lt + 1);
    if (c == '/') {
      if (lt + 2 >= html.length()) {
        return lt + 1;
      }
      char d = html.charAt(lt + 2);
      if (asciiLetter(d)) {
        return startTagEnd(html, tagNameEnd(html, lt + 2, html.length()), null);
      }
      if (d == '>') {
        return lt + 3;
      }
      return toGreaterThan(html, lt + 2);
    }
    if (c == '!') {
      if (html.startsWith("<![CDATA[", lt)) {
        int close = html.indexOf("]]>", lt + 9);
        return close < 0 ? -1 : close + 3;
      }
      return toGreaterThan(html, lt + 2);
    }
    if (c == '?') {
      return toGreaterThan(html, lt + 1);
    }
    return lt + 1;
  }

  private static int toGreaterThan(String html, int from) {
    int gt = html.indexOf('>', from);
    return gt < 0 ? -1 : gt + 1;
  }

  /**
   * Tags inside a drawing after which the content is HTML again: the elements that end foreign content
   * (and {@code font}, which may), and SVG's HTML integration points ({@code foreignObject}, {@code desc},
   * {@code title}). End tags of {@code br} and {@code p} end it too.
   */
  private static final Set<String> HTML_AGAIN = Set.of("b", "big", "blockquote", "body", "br", "center", "code", "dd",
      "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
      "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table",
      "tt", "u", "ul", "var", "font", "foreignobject", "desc", "title", "math", "svg");

  /**
   * Adds to {@code drops} the attributes that are not kept in the start tags inside an SVG element's content
   * {@code html[from, to)}, and returns where that scan stopped: {@code to}, or the {@code <} of the first
   * tag after which the content may be HTML again ({@link #HTML_AGAIN}), or of one it cannot end before
   * {@code to}. Inside foreign content the tokenizer reads tags as elsewhere but has no raw-text elements.
   */
  private static int foreignAttributes(String html, int from, int to, Ranges drops) {
    // the drawing's elements opened in the scan: an end tag that closes none of them ends foreign content
    List<String> open = new ArrayList<>();
    int j = from;
    while (true) {
      int lt = html.indexOf('<', j);
      if (lt < 0 || lt + 1 >= to) {
        return to;
      }
      char c = html.charAt(lt + 1);
      if (c == '/' && lt + 2 < to && asciiLetter(html.charAt(lt + 2))) {
        int nameEnd = tagNameEnd(html, lt + 2, to);
        int at = open.lastIndexOf(html.substring(lt + 2, nameEnd).toLowerCase(Locale.ROOT));
        int end = at < 0 ? -1 : startTagEnd(html, nameEnd, null);
        if (end < 0 || end > to) {
          return lt;
        }
        open.subList(at, open.size()).clear();
        j = end;
        continue;
      }
      if (!asciiLetter(c)) {
        int end = c == '!' && html.startsWith("<!--", lt) ? commentEnd(html, lt + 4) : notStartTagEnd(html, lt);
        if (end < 0 || end > to) {
          return lt;
        }
        j = end;
        continue;
      }
      int nameEnd = tagNameEnd(html, lt + 1, to);
      if (nameEnd - lt - 1 <= 13 && HTML_AGAIN.contains(html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT))) {
        return lt;
      }
      int mark = drops.size;
      int tagEnd = startTagEnd(html, nameEnd, drops);
      if (tagEnd < 0 || tagEnd > to) {
        drops.size = mark;
        return lt;
      }
      if (!drops.selfClosing) {
        open.add(html.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT));
      }
      j = tagEnd;
    }
  }

  /** The page being rewritten: ranges replaced in increasing order, the rest copied as it is. */
  private static final class Edits {
    private final String html;
    private @Nullable StringBuilder out;
    private int copied;

    Edits(String html) {
      this.html = html;
    }

    void replace(int start, int end, String with) {
      if (out == null) {
        out = new StringBuilder(html.length() / 2 + 64);
      }
      out.append(html, copied, start).append(with);
      copied = end;
    }

    /** Takes out the attribute ranges, a space in the place of each, so that a solidus before one does not come to close the tag ("<a/ >"). */
    void drop(Ranges drops) {
      for (int d = 0; d < drops.size; d += 2) {
        replace(drops.at[d], drops.at[d + 1], " ");
      }
    }

    /** The rewritten page, or null when nothing was replaced. */
    @Nullable String result() {
      return out == null ? null : out.append(html, copied, html.length()).toString();
    }
  }

  private static String marker(int k) {
    return MARK + Integer.toString(k);
  }

  /** The index after a comment that opened before {@code from} ({@code <!--}), or -1 when it runs to the end. */
  private static int commentEnd(String html, int from) {
    if (from < html.length() && html.charAt(from) == '>') {
      return from + 1;
    }
    if (html.startsWith("->", from)) {
      return from + 2;
    }
    int dash = html.indexOf("-->", from);
    int bang = indexOf(html, "--!>", from, dash < 0 ? html.length() : dash);
    if (bang >= 0) {
      return bang + 4;
    }
    return dash < 0 ? -1 : dash + 3;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean tagNameEnd(char c) {
    return space(c) || c == '/' || c == '>';
  }

  /** The end of a tag name that starts at {@code from}: the first white space, solidus or '>' before {@code to}, else {@code to}. */
  private static int tagNameEnd(String html, int from, int to) {
    int j = from;
    while (j < to && !tagNameEnd(html.charAt(j))) {
      j++;
    }
    return j;
  }

  private static final String[] RAW_KINDS = {"style", "script", "svg", "math", "title", "textarea", "xmp", "iframe",
      "noembed", "noframes", "plaintext"};

  /** The element name when it is one whose content the scanner must skip or may strip, else null. */
  private static @Nullable String rawKind(String html, int from, int to) {
    int len = to - from;
    for (String k : RAW_KINDS) {
      if (k.length() == len && html.regionMatches(true, from, k, 0, len)) {
        return k;
      }
    }
    return null;
  }


  /**
   * The attributes the extractor or the parser's tree construction reads (class and id signatures, microdata,
   * meta and link fields, dates, links, language, visibility, input and script types, and the font attributes
   * that end an SVG drawing); a start tag's others
   * are taken out before the parse, which then builds fewer and shorter attributes (about a third of a
   * page's markup once style and script contents are out).
   */
  private static final Set<String> KEPT_ATTRIBUTES = Set.of("class", "id", "itemprop", "rel", "content", "name",
      "property", "datetime", "href", "lang", "xml:lang", "http-equiv", "hidden", "style", "role", "type", "charset",
      "encoding", "color", "face", "size");

  /** Whether an attribute of this name is kept in an ordinary start tag (the name in any letter case). */
  static boolean keeps(String attribute) {
    return KEPT_ATTRIBUTES.contains(attribute.toLowerCase(Locale.ROOT));
  }

  /** The kept attribute names by length. */
  private static final String[][] KEPT_BY_LENGTH = byLength(KEPT_ATTRIBUTES);

  private static String[][] byLength(Set<String> names) {
    int max = names.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[max + 1][];
    for (int len = 0; len <= max; len++) {
      int l = len;
      out[len] = names.stream().filter(n -> n.length() == l).sorted().toArray(String[]::new);
    }
    return out;
  }

  private static boolean keeps(String html, int from, int to) {
    int len = to - from;
    if (len >= KEPT_BY_LENGTH.length) {
      return false;
    }
    for (String k : KEPT_BY_LENGTH[len]) {
      if (html.regionMatches(true, from, k, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Start and end indices of ranges, in pairs. */
  private static final class Ranges {
    int[] at = new int[16];
    int size;
    /** Whether the last start tag scanned into these ranges closed itself ({@code />}). */
    boolean selfClosing;

    void clear() {
      size = 0;
    }

    void add(int start, int end) {
      if (size + 2 > at.length) {
        at = java.util.Arrays.copyOf(at, at.length * 2);
      }
      at[size++] = start;
      at[size++] = end;
    }
  }

  private enum AttributeState { BEFORE_NAME, NAME, AFTER_NAME, BEFORE_VALUE, DOUBLE, SINGLE, UNQUOTED, AFTER_VALUE, SELF_CLOSING }

  /**
   * The index after the {@code >} that ends a start tag whose name ends at {@code from}, or -1. The states
   * are the HTML tokenizer's from "before attribute name" to "self-closing start tag". When {@code drops}
   * is given, the range of every attribute that is not {@link #keeps kept} is added to it: from its name
   * to the end of its value.
   */
  private static int startTagEnd(String html, int from, @Nullable Ranges drops) {
    if (drops != null) {
      drops.selfClosing = false;
    }
    AttributeState state = AttributeState.BEFORE_NAME;
    int nameStart = -1;
    int nameStop = -1;
    boolean drop = false;
    for (int j = from; j < html.length(); j++) {
      char c = html.charAt(j);
      switch (state) {
        case BEFORE_NAME -> {
          if (c == '>') {
            return j + 1;
          } else if (c == '/') {
            state = AttributeState.SELF_CLOSING;
          } else if (!space(c)) {
            state = AttributeState.NAME;
            nameStart = j;
          }
        }
        case NAME -> {
          if (c == '>' || c == '/' || c == '=' || space(c)) {
            nameStop = j;
            drop = drops != null && !keeps(html, nameStart, j);
            if (c == '>' || c == '/') {
              ended(drops, drop, nameStart, j);
            }
          }
          if (c == '>') {
            return j + 1;
          } else if (c == '/') {
            state = AttributeState.SELF_CLOSING;
          } else if (c == '=') {
            state = AttributeState.BEFORE_VALUE;
          } else if (space(c)) {
            state = AttributeState.AFTER_NAME;
          }
        }
        case AFTER_NAME -> {
          if (c == '>' || c == '/' || (c != '=' && !space(c))) {
            // the attribute had no value: it ends with its name
            ended(drops, drop, nameStart, nameStop);
          }
          if (c == '>') {
            return j + 1;
          } else if (c == '/') {
            state = AttributeState.SELF_CLOSING;
          } else if (c == '=') {
            state = AttributeState.BEFORE_VALUE;
          } else if (!space(c)) {
            state = AttributeState.NAME;
            nameStart = j;
          }
        }
        case BEFORE_VALUE -> {
          if (c == '>') {
            ended(drops, drop, nameStart, j);
            return j + 1;
          } else if (c == '"') {
            state = AttributeState.DOUBLE;
          } else if (c == '\'') {
            state = AttributeState.SINGLE;
          } else if (!space(c)) {
            state = AttributeState.UNQUOTED;
          }
        }
        case DOUBLE, SINGLE -> {
          // a quoted value runs to its quote: no need to look at each character
          int q = html.indexOf(state == AttributeState.DOUBLE ? '"' : '\'', j);
          if (q < 0) {
            return -1;
          }
          j = q;
          ended(drops, drop, nameStart, j + 1);
          state = AttributeState.AFTER_VALUE;
        }
        case UNQUOTED -> {
          if (c == '>') {
            ended(drops, drop, nameStart, j);
            return j + 1;
          } else if (space(c)) {
            ended(drops, drop, nameStart, j);
            state = AttributeState.BEFORE_NAME;
          }
        }
        case AFTER_VALUE, SELF_CLOSING -> {
          if (c == '>') {
            if (drops != null) {
              drops.selfClosing = state == AttributeState.SELF_CLOSING;
            }
            return j + 1;
          } else if (c == '/') {
            state = AttributeState.SELF_CLOSING;
          } else if (space(c)) {
            state = AttributeState.BEFORE_NAME;
          } else {
            state = AttributeState.NAME;
            nameStart = j;
          }
        }
      }
    }
    return -1;
  }

  private static void ended(@Nullable Ranges drops, boolean drop, int start, int end) {
    if (drops != null && drop) {
      drops.add(start, end);
    }
  }

  /** The index of the {@code <} of the first end tag of {@code name} at or after {@code from}, or -1. */
  private static int endTag(String html, int from, String name) {
    int n = html.length();
    int len = name.length();
    for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
      int after = k + 2 + len;
      if (after < n && html.regionMatches(true, k + 2, name, 0, len) && tagNameEnd(html.charAt(after))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a script's start tag in {@code html[from, to)} mentions JSON or holds a character reference. */
  private static boolean mentionsJsonOrReference(String html, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = html.charAt(j);
      if (c == '&' || ((c == 'j' || c == 'J') && j + 4 <= to && html.regionMatches(true, j, "json", 0, 4))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(String html, String what, int from, int to) {
    return indexOf(html, what, from, to) >= 0;
  }

  /**
   * The first index of {@code what} wholly inside {@code html[from, to)}, or -1. Bounded: where the range is
   * followed by the first character of {@code what} (a comment's or an end tag's), no search runs past it.
   */
  private static int indexOf(String html, String what, int from, int to) {
    char first = what.charAt(0);
    for (int j = html.indexOf(first, from); j >= 0 && j + what.length() <= to; j = html.indexOf(first, j + 1)) {
      if (html.startsWith(what, j)) {
        return j;
      }
    }
    return -1;
  }
}
