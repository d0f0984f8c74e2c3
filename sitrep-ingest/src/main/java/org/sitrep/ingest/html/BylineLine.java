package org.sitrep.ingest.html;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Bylines that no class or id marks: short lines of text next to the headline that read "By Jane Doe |
 * March 3, 2021", "Von Anna Muster am 3. März 2021", "Ein Artikel von Anna Muster" or "11.12.2019 - Anna
 * Muster". A line counts only when all of it is a byline: an optional leading date, a byline word ("By",
 * "Von", "Written by:") or that date, names of capitalised words, then nothing, a separator or a date.
 * Stateless and thread-safe.
 */
final class BylineLine {
  private BylineLine() {}

  /** Lines longer than this are prose, not bylines. */
  static final int MAX_LINE = 100;
  /** How far past the headline a byline is looked for, in characters of text. */
  private static final int WINDOW = 1200;
  /** How many lines before the headline (in its container) are looked at. */
  private static final int LINES_BEFORE = 6;
  /** How many elements before the headline, in its container, the walk starts. */
  private static final int ELEMENTS_BEFORE = 4;
  /** How many nodes a walk visits at most: markup without text (menus, icons) ends it too. */
  private static final int MAX_NODES = 600;

  private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|"
      + "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|mai|juni|juli|"
      + "oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
      + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|"
      + "febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)";
  private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
      + "thu|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|"
      + "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)";

  /** A date and time before the byline ("11.12.2019 -", "04.02.2022 | 13:10 Uhr |", "06.11.2023 13:30"). */
  private static final String TIME = "\\d{1,2}:\\d{2}(?:\\s*(?:uhr|h|am|pm))?";
  private static final String LEAD = "(?<lead>(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:,?\\s*" + TIME + ")?"
      + "(?:\\s*(?<sep>[|•·–—-])\\s*(?:" + TIME + "\\s*[|•·–—-]\\s*)?|\\s+))";
  /** The byline word, with the words that may come before it ("Ein Artikel von", "Written by:"). */
  private static final String BY = "(?:(?:eine?\\s+)?(?:blog\\s*)?(?:beitrag|artikel|bericht|text|story|"
      + "posted|written|geschrieben|verfasst|veröffentlicht|eingestellt|gespeichert|erstellt|publiziert|published|"
      + "reported)\\s+)?(?:by|von|par|por|door|(?-i:di|av|af))";
  private static final String LABEL = "(?:autor(?:in)?|author|auteur|text|redaktion|reporter)";
  private static final String PREFIX = "(?<prefix>(?:[^|•·]{1,30}[|•·]\\s*)?(?:" + BY + "(?:\\s*:\\s*|\\s+|(?=(?-i:\\p{Lu})))|"
      + LABEL + "\\s*:\\s*|(?:thread starter|themenstarter|started by)\\s*:?\\s*))";
  /** A line that is only a byline word or label, the name standing on the next line ("Von" / "Anna Muster"). */
  private static final Pattern PREFIX_ONLY = Pattern.compile("(?iu)^[\\s\\p{Pd}|*]*(?:" + BY + "|autor(?:in)?|author|auteur"
      + "|thread starter|themenstarter|started by)\\s*:?\\s*$");
  /** Lower-case words inside a name ("Ursula von der Leyen", "Ana de la Cruz"). */
  private static final String PARTICLE = "(?-i:von|van|vom|de|der|den|da|di|du|la|le|del|della|dos|das|zu|ten|ter|bin|ibn|al)";
  private static final String WORD = "(?-i:\\p{Lu}[\\p{L}’'.-]*+)";
  private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + WORD + "){0,3}";
  private static final String NAMES = "(?<names>" + NAME + "(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*" + NAME + ")*)";
  /** What may follow the names: nothing, a separator, a role in brackets, or a date ("am 3. März", "March 3"). */
  private static final String REST = "(?:\\s*[|•·–—/]\\s*.*|\\s+-\\s+.*|\\s*\\(.*|\\s*,\\s+.*"
      + "|(?:\\s*(?:,|am|on|um|le|el|il|at|den|the)\\s*)*\\s+(?:\\d|" + MONTH + "\\b|" + WEEKDAY + "\\b).*)?";

  /** What may follow a user name: a date ("am 24. Juli 2017", "on August 3, 2019", "@ 00:11"). */
  private static final String DATE_REST = "(?:\\s*(?:,|am|on|um|le|el|il|at|den|the|[|@•·–—-])\\s*)*\\s*(?:\\d|" + MONTH + "\\b|"
      + WEEKDAY + "\\b).*";
  /** A user name ("rasos", "Marianne1") after a byline word and before a date, or alone under a byline word. */
  private static final Pattern HANDLE_LINE = Pattern.compile("(?iu)^[\\s\\p{Pd}*~=>»•·]*" + PREFIX + "?"
      + "(?<handle>[\\p{L}\\d][\\p{L}\\d._-]{1,30})(?<rest>" + DATE_REST + ")?$");
  /** Words that stand where a date begins, never a user name. */
  private static final Pattern FILLER = Pattern.compile("(?iu)am|on|um|at|le|el|il|den|the|von|by|vor|ago|seit|since");
  private static final Pattern SINGLE_NAME = Pattern.compile("(?iu)" + NAME);
  private static final Pattern LINE = Pattern.compile("(?iu)^[\\s\\p{Pd}*~=>»•·]*" + LEAD + "?" + PREFIX + "?" + NAMES + REST + "$");

  /** Weekdays and months: "By Monday, the ..." names no one. */
  private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)" + MONTH + "|" + WEEKDAY + "|today|heute|yesterday|gestern");

  /** An article opens a phrase, not a name ("Eine Armeeeinheit", "The Governor"). */
  private static final Pattern ARTICLE = Pattern.compile("(?-i:Ein|Eine|Einer|Der|Die|Das|Dem|Den|The|A|An|Un|Une|Le|La|Les|El|Los|Las|Il|Lo|Gli)");

  private static final Pattern WS = Pattern.compile("[\\s\\u00a0]+");

  private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "time", "abbr",
      "font", "sup", "sub", "cite", "mark", "label", "bdi", "bdo", "q", "s", "del", "ins", "data");

  /**
   * The names of a byline line, as written (to be cleaned like any byline), or null when the line is not
   * a byline. A line without a byline word needs a leading date and a name of two words or more.
   */
  static @Nullable String names(String line) {
    return names(line, false);
  }

  /**
   * As {@link #names(String)}; {@code underByline} says that the line stands alone under a line holding only
   * a byline word ("Von", "Autor:"), which then counts as the line's own, and a user name alone is enough.
   */
  static @Nullable String names(String line, boolean underByline) {
    if (line.length() > MAX_LINE || line.length() < (underByline ? 2 : 4) || !(underByline || mayBeByline(line))) {
      return null;
    }
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String names = m.group("names");
    // without a byline word, only "date - First Last": one name of two words or more after a dated separator
    if (m.group("prefix") == null && !underByline && (m.group("sep") == null || !SINGLE_NAME.matcher(names.strip()).matches()
        || names.strip().split("\\s+").length < 2)) {
      return null;
    }
    String first = names.strip().split("[\\s,]+")[0].replaceAll("[.’'-]+$", "");
    if (NOT_A_NAME.matcher(first).matches() || ARTICLE.matcher(first).matches()) {
      return null;
    }
    return names;
  }

  /** The words a byline line holds one of, lower case (the pattern holds more words before them). */
  private static final String[] BYLINE_WORDS = {"by", "von", "par", "por", "door", "di", "av", "af", "autor", "author",
      "auteur", "text", "redaktion", "reporter", "starter", "themenstarter"};

  /**
   * A cheap test that {@link #LINE} or {@link #HANDLE_LINE} may match: the line holds a byline word or a
   * digit (a leading date). Spares the patterns on most lines.
   */
  static boolean mayBeByline(String line) {
    for (int i = 0, n = line.length(); i < n; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      char lower = (char) (c | 0x20);
      if (lower >= 'a' && lower <= 'z' && (i == 0 || !Character.isLetter(line.charAt(i - 1)))) {
        for (String w : BYLINE_WORDS) {
          if (w.charAt(0) == lower && line.regionMatches(true, i, w, 0, w.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A user name written as a byline ("Gespeichert von rasos am 24. Juli 2017", "von Marianne1", or "rasos"
   * alone under a line "Von"), or null. Weaker than {@link #names}: a page's user names are also its
   * commenters', so a walk takes one only when no line names a person.
   */
  static @Nullable String handle(String line, boolean underByline) {
    if (line.length() > MAX_LINE || !(underByline || mayBeByline(line))) {
      return null;
    }
    Matcher h = HANDLE_LINE.matcher(line);
    if (!h.matches() || NOT_A_NAME.matcher(h.group("handle")).matches() || FILLER.matcher(h.group("handle")).matches()) {
      return null;
    }
    String name = h.group("handle");
    // a byline word and then a date or a name with digits ("Marianne1"), or a byline word on the line above
    boolean ok = h.group("prefix") != null ? h.group("rest") != null || name.matches(".*\\p{L}.*\\d.*") : underByline;
    return ok ? name : null;
  }

  /**
   * The first byline line around {@code headline}: a few lines before it in its container, then the lines
   * after it up to about {@value #WINDOW} characters; lines whose block {@code skip} rejects (page
   * furniture) are passed over. Returns the names as written, or null.
   */
  static @Nullable String near(Element headline, Predicate<Element> skip) {
    // the walk starts a few elements before the headline in its container
    Node start = headline;
    Element parent = headline.parent();
    if (parent != null && !parent.normalName().equals("body")) {
      Element previous = headline;
      for (int i = 0; i < ELEMENTS_BEFORE && previous.previousElementSibling() != null; i++) {
        previous = previous.previousElementSibling();
      }
      start = previous;
    }
    Walk walk = new Walk(headline, skip);
    int nodes = 0;
    for (Node n = start; n != null && nodes++ < MAX_NODES; n = next(n, walk)) {
      if (walk.done()) {
        break;
      }
      if (n instanceof TextNode t) {
        walk.text(t);
      } else if (n instanceof Element e) {
        walk.enter(e);
      }
    }
    walk.flush();
    if (walk.found != null) {
      return walk.found;
    }
    String before = walk.before();
    return before != null ? before : walk.handle;
  }

  /** The node after {@code n} in document order, telling the walk where blocks end. */
  private static @Nullable Node next(Node n, Walk walk) {
    if (n.childNodeSize() > 0 && !(n instanceof Element e && walk.opaque(e))) {
      return n.childNode(0);
    }
    for (Node x = n; x != null; x = x.parent()) {
      if (x instanceof Element e) {
        walk.leave(e);
      }
      Node sibling = x.nextSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /** A line of text and the block it stands in. */
  private record Line(String text, @Nullable Element block) {}

  /** The state of one walk: the line being built, the lines before the headline, the result. */
  private static final class Walk {
    private final Element headline;
    private final Predicate<Element> skip;
    private final StringBuilder line = new StringBuilder();
    private final java.util.ArrayDeque<Line> before = new java.util.ArrayDeque<>();
    private @Nullable Element block;
    private boolean afterHeadline;
    private int charsAfter;
    @Nullable String found;
    /** The line before, when it held only a byline word. */
    private boolean underByline;
    /** The first user name written as a byline after the headline, taken when no line names a person. */
    @Nullable String handle;

    Walk(Element headline, Predicate<Element> skip) {
      this.headline = headline;
      this.skip = skip;
    }

    boolean done() {
      return found != null || charsAfter > WINDOW;
    }

    /** Elements whose text is never a byline line: the headline itself, scripts, forms, figures. */
    boolean opaque(Element e) {
      String tag = e.normalName();
      return e == headline || tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("select")
          || tag.equals("button") || tag.equals("form") || tag.equals("figure") || tag.equals("figcaption");
    }

    void enter(Element e) {
      if (e == headline) {
        flush();
        afterHeadline = true;
        return;
      }
      if (!INLINE.contains(e.normalName())) {
        flush();
        block = e;
      }
    }

    void leave(Element e) {
      if (!INLINE.contains(e.normalName())) {
        flush();
        block = e.parent();
      }
    }

    void text(TextNode t) {
      if (line.length() <= MAX_LINE + 1) {
        line.append(t.getWholeText());
      } else if (afterHeadline) {
        charsAfter += t.getWholeText().length();
      }
    }

    /** Ends the current line: after the headline it is tested at once, before it kept among the last few. */
    void flush() {
      if (line.isEmpty() || found != null) {
        line.setLength(0);
        return;
      }
      String text = WS.matcher(line).replaceAll(" ").strip();
      line.setLength(0);
      if (text.isEmpty()) {
        return;
      }
      if (!afterHeadline) {
        if (before.size() == LINES_BEFORE) {
          before.removeFirst();
        }
        before.addLast(new Line(text, block));
        return;
      }
      charsAfter += text.length();
      boolean under = underByline;
      underByline = text.length() <= 40 && mayBeByline(text) && PREFIX_ONLY.matcher(text).matches();
      if (!underByline) {
        found = test(new Line(text, block), under);
        if (found == null && handle == null) {
          String h = handle(text, under);
          handle = h != null && (block == null || !skip.test(block)) ? h : null;
        }
      }
    }

    /** The byline among the last lines before the headline, the nearest first. */
    @Nullable String before() {
      for (java.util.Iterator<Line> it = before.descendingIterator(); it.hasNext(); ) {
        String names = test(it.next());
        if (names != null) {
          return names;
        }
      }
      if (handle == null) {
        for (java.util.Iterator<Line> it = before.descendingIterator(); it.hasNext() && handle == null; ) {
          Line l = it.next();
          String h = handle(l.text(), false);
          handle = h != null && (l.block() == null || !skip.test(l.block())) ? h : null;
        }
      }
      return null;
    }

    private @Nullable String test(Line l) {
      return test(l, false);
    }

    private @Nullable String test(Line l, boolean under) {
      String names = names(l.text(), under);
      return names != null && (l.block() == null || !skip.test(l.block())) ? names : null;
    }
  }
}
