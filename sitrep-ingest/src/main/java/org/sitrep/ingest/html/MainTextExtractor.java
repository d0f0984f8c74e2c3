package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.text.BoilerplateVocabulary;

/**
 * Finds the main text of a page on jsoup's DOM: prunes furniture, scores text blocks and their
 * ancestors (text length, punctuation, link density, class signals), picks the best subtree with
 * its related siblings, and linearises it into clean paragraphs. Stateless; it mutates the
 * document it is given.
 */
final class MainTextExtractor {
  // selectors parsed once (a query string is parsed again on every call)
  private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, iframe");
  private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
  private static final Evaluator FORM_FIELDS = QueryParser.parse("textarea, input[type=email], input[type=password]");
  private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
  private static final Evaluator CHILD_IMAGES = QueryParser.parse("> img, > picture");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");

  private static final Set<String> ALWAYS_REMOVED =
      Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "button",
          "input", "select", "textarea", "option", "link", "meta", "map", "audio", "video", "source", "nav",
          "aside", "footer", "dialog", "figcaption", "menu", "head", "math", "rt", "rp");

  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl",
          "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
          "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "center",
          "details", "summary", "hgroup", "body", "html", "br");

  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");
  private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "center", "font", "span");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern STYLE_HIDDEN =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  /**
   * Whether a sentence ends in {@code s}: a full stop, question or exclamation mark (Latin or CJK) followed by
   * white space, or closing the text, perhaps with a closing quote or bracket and trailing space. (The pattern
   * {@code [.!?。！？]['"”’»)]?\s*$|[.!?。！？]\s}, written out: it ran on most blocks of every page.)
   */
  static boolean hasSentenceEnd(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '。' && c != '！' && c != '？') {
        continue;
      }
      int j = i + 1;
      if (j < n && BoilerplateSignals.space(s.charAt(j))) {
        return true;
      }
      if (j < n && "'\"”’»)".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      while (j < n && BoilerplateSignals.space(s.charAt(j))) {
        j++;
      }
      // the end of the text, or before a last line terminator white space does not cover
      if (j == n || (j == n - 1 && (s.charAt(j) == '\u0085' || s.charAt(j) == '\u2028' || s.charAt(j) == '\u2029'))) {
        return true;
      }
    }
    return false;
  }


  /** Short lines that are furniture in any article body (multilingual, general); matched against the folded line ({@link CaseFold}). */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "^[-–*•|\\s]*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|"
              + "sponsored( content)?|share( this( article| story| page)?)?( on \\w+)?|teilen|artikel teilen|"
              + "read more|weiterlesen|mehr lesen|lire la suite|leer más|continue reading|"
              + "related( articles| stories| content| posts)?|mehr zum thema|more on this story|see also|"
              + "print|drucken|e-?mail|tweet|follow us.*|folgen sie uns.*|sign up.*|subscribe.*|"
              + "click here.*|loading\\.*|skip to (main )?content|back to top|nach oben|"
              + "(photo|foto|bild|image|picture|credit|quelle)s?\\s*:.{0,80}|©.{0,80}|\\(c\\) .{0,80}|"
              + "comments?|kommentare?|leave a (comment|reply)|\\d+ comments?|"
              + "previous( article| post)?|next( article| post)?|zurück|vorherige[rs]?|nächste[rs]?|"
              + "tags?:.{0,120}|schlagworte:.{0,120}|topics?:.{0,120}|themen:.{0,120}|"
              + "(?:seite|artikel|beitrag|den artikel) (?:teilen|bewerten|drucken)|teilen sie (?:dies|das) mit|"
              + "(?:möchten sie )?(?:den|diesen) (?:artikel|beitrag) (?:teilen|bewerten).{0,30}|"
              + "(?:hier können sie )?(?:den|diesen) (?:artikel|beitrag) bewerten|bewerten|"
              + "war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\\??|was this (?:article|page) (?:useful|helpful)\\??|"
              + "\\(?(?:noch )?keine bewertungen\\)?|valora esta noticia|rate this (?:article|story|post)|"
              + "kommentare? (?:schreiben|verfassen)|kommentare insgesamt:? \\d+|gefällt mir wird geladen.*|"
              + "\\d+ min(?:ute)?s? read|\\d+ min(?:uten)? lesezeit|lesezeit:? \\d+ min(?:uten)?|"
              + "(?:by )?staff writer|zobacz (?:też|także)|czytaj (?:też|także|więcej)|"
              + "(?:jetzt )?(?:zum )?newsletter (?:anmelden|abonnieren).*|externer inhalt|"
              + "bild (?:anzeigen|vergrößern).{0,30}|vergrößern|enlarge( image)?|"
              + "(?:den|diesen) (?:artikel|beitrag) mit anderen teilen.*|weiterlesen.{0,20}|weiterführender? links?|"
              + "(?:das|dieses) thema könnte (?:dich|sie) auch interessieren.*|heute empfehlen wir|"
              + "vorschau auf den nächsten (?:artikel|beitrag)|(?:nächster|vorheriger) (?:artikel|beitrag)|"
              + "(?:beitrags|titel|header|vorschau)bild\\s*:.{0,80}|bildquelle\\s*:.{0,80}|crédits? photos?\\s*:.{0,80}|"
              + "photo credit\\s*:.{0,80}|\\(?alle angaben ohne gewähr\\)?|kommentarfeed.*|"
              + "eingestellt von .{1,60} um \\d{1,2}[:.]\\d{2}.*|posted by .{1,60} at \\d{1,2}[:.]\\d{2}.*|"
              + "e-?mail \\((?:wird )?(?:benötigt|erforderlich|required|obligatoire).*|name \\((?:erforderlich|required)\\)|"
              + "der beitrag wurde am .{5,100} veröffentlicht.*|(?:mehr|weniger) anzeigen|show (?:more|less)|"
              + "mostrar más|voir plus|mostra (?:di più|altro)|"
              + "(?:this|our) (?:web ?)?site uses cookies.*|we use cookies.*|by (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:web ?)?site.{0,40}cookies.*|"
              + "(?:diese|unsere) (?:web ?)?(?:seite|site) (?:verwendet|nutzt) cookies.*|wir (?:verwenden|nutzen) cookies.*|"
              + "(?:veröffentlicht|abgelegt) (?:in|unter)\\s?.{1,60}|(?:posted|filed) (?:in|under) .{1,60}|"
              + "(?:asked|posted|updated|modified|edited|answered) \\d+ (?:years?|months?|weeks?|days?|hours?|minutes?)(?:,? \\d+ \\w+)? ago|"
              + "ähnliche (?:beiträge|artikel|themen)|über (?:den autor|die autorin)|about the author|"
              + "permalink|permalien|markiert mit|tagged(?: with)?|erschienen in|release date|"
              + "(?:category|kategorie|categories|kategorien)\\s*:.{0,60}|(?:aufrufe|views)\\s*:.{0,100}|"
              + "weitere (?:beiträge|artikel) aus .{0,60}|sie wollen mehr von uns\\?|lust auf mehr\\?|"
              + "(?:\\*?(?:anzeige|werbung)\\s*[,.:/-]\\s*)?(?:dieser )?(?:beitrag |artikel )?(?:enthält|enthalten) (?:werbung|affiliate[- ]links?).{0,80})[-–*•|\\s.:!?]*$");

  /**
   * The one furniture line that need not start with its word ("Trackback-URL", "Diesen Beitrag per Trackback"):
   * apart from {@link #FURNITURE_LINE}, it is tried only on lines that hold the word, not backtracked over
   * sixty characters of every line.
   */
  private static final Pattern TRACKBACK_LINE = Pattern.compile("^[-–*•|\\s]*.{0,60}trackback(?:-url)?[-–*•|\\s.:!?]*$");

  /** Short lines that open the furniture after an article: related items, comments, sharing (folded line, as above). */
  private static final Pattern END_MARKER =
      Pattern.compile(
          "^(?:related( articles?| stories| posts| coverage| content| links| topics)?|"
              + "(?:you|we) (?:may|might) also like.*|more (?:from|on|about|in) .{0,40}|read (?:next|more|also).*|"
              + "recommended( for you| stories)?|most (?:read|popular|viewed)|explore further|see also|also read.*|"
              + "(?:\\d+ )?comments?( \\(\\d+\\))?|leave a (?:comment|reply)|write a comment|post a comment|"
              + "join the (?:conversation|discussion)|share (?:this|the) (?:article|story|post|page).*|"
              + "this entry was posted.*|about the author|über (?:den|die) autor(?:in)?|"
              + "ähnliche (?:beiträge|artikel|themen)|verwandte (?:beiträge|artikel)|weitere (?:beiträge|artikel|themen|meldungen|nachrichten)|"
              + "auch interessant|das (?:könnte|dürfte) (?:dich|sie) auch interessieren.*|mehr zum thema.*|"
              + "mehr (?:aus|zu|von) .{0,40}|(?:\\d+ )?kommentare?( \\(\\d+\\))?|kommentar (?:verfassen|schreiben)|"
              + "schreibe einen kommentar|hinterlasse einen kommentar|diesen artikel teilen|artikel teilen|"
              + "teilen mit:|gefällt mir:|(?:dieser )?beitrag teilen|lesen sie auch.*|"
              + "articles? (?:similaires|liés|connexes)|à lire aussi.*|lire aussi.*|commentaires?|"
              + "artículos relacionados|noticias relacionadas|comentarios|articoli correlati|commenti|"
              + "podobne artykuły|komentarze|zobacz (?:też|także).*|czytaj (?:też|także|więcej).*|"
              + "veja (?:também|mais).*|leia (?:também|mais).*|lea (?:también|más).*|te puede interesar.*|"
              + "(?:weitere|mehr) (?:informationen|infos|themen|tipps|links|news).*|weiterführende (?:informationen|links?).*|"
              + "zum weiterlesen.*|schon gelesen\\??|neueste (?:artikel|beiträge)|aktuellste beiträge|"
              + "verwandte (?:themen|themenbereiche|links)|top[- ]themen.*|quellen(?:angaben)?|"
              + "(?:über|about) (?:den autor|die autorin|the author|us)|lust auf mehr\\??|mehr themen|"
              + "newsletter.*|jetzt (?:abonnieren|anmelden).*|you might also like.*|more stories|more news|"
              + "latest (?:news|stories|articles)|popular (?:posts|articles|stories)|trending( now)?|"
              + "follow (?:us|the) .{0,40}|download (?:our|the) app.*)[.:!…]?$");

  private static final Pattern DATE_ONLY =
      Pattern.compile("^[\\p{L}\\s,.:|/()-]{0,30}?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\.? \\p{L}{3,10}\\.? \\d{4}|"
              + "\\p{L}{3,10}\\.? \\d{1,2},? \\d{4})(?:[\\s,|-]*(?:um |at )?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?| uhr| h)?)?[\\s.|)]*$");

  /** A dateline of a place in capitals and a date ("LONDON 1996-12-06"): story text, not a page's date stamp. */
  private static final Pattern CAPITAL_DATELINE =
      Pattern.compile("^\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,3},?\\s+\\d{4}-\\d{2}-\\d{2}$");

  /** A block of text found in the chosen content, with its link text share. */
  record Block(String text, int linkChars, String tag, Element source) {
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean heading() {
      return HEADINGS.contains(tag);
    }
  }

  /**
   * Extracts the main text; tries a relaxed pass when the strict one finds too little. The strict pass's
   * pruning is undone before the relaxed one, so the relaxed pass sees the page as parsed without a
   * second parse; the document is left pruned by the pass whose text is returned, or by both.
   */
  List<String> extract(Document doc, @Nullable String title) {
    Edits edits = new Edits();
    List<String> strict = run(doc, title, true, edits);
    if (length(strict) >= 400) {
      return strict;
    }
    edits.undo();
    List<String> relaxed = run(doc, title, false, new Edits());
    return length(relaxed) > length(strict) * 1.3 + 50 ? relaxed : strict;
  }

  /**
   * The removals and unwrappings of one pruning, in order, so that they can be undone in reverse: the
   * tree is then what it was before, node for node (the same node objects at the same positions).
   */
  static final class Edits {
    /** One edit: {@code node} removed from {@code parent} at {@code index}, or unwrapped there with {@code moved} children. */
    private record Edit(Element parent, int index, Element node, int moved) {}

    private final List<Edit> log = new ArrayList<>();

    void remove(Element e) {
      Element parent = e.parent();
      if (parent == null) {
        return;
      }
      log.add(new Edit(parent, e.siblingIndex(), e, -1));
      e.remove();
    }

    void unwrap(Element e) {
      Element parent = e.parent();
      if (parent == null) {
        return;
      }
      log.add(new Edit(parent, e.siblingIndex(), e, e.childNodeSize()));
      e.unwrap();
    }

    void undo() {
      for (int i = log.size() - 1; i >= 0; i--) {
        Edit edit = log.get(i);
        if (edit.moved() >= 0) {
          List<Node> children = new ArrayList<>(edit.parent().childNodes().subList(edit.index(), edit.index() + edit.moved()));
          edit.node().appendChildren(children);
        }
        edit.parent().insertChildren(edit.index(), edit.node());
      }
      log.clear();
    }
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  private List<String> run(Document doc, @Nullable String title, boolean stripUnlikely, Edits edits) {
    Element body = doc.body();
    prune(body, stripUnlikely, edits);
    TextStats stats = new TextStats();
    stats.measure(body);
    List<Element> elements = PageIndex.elements(body);
    Candidate best = bestCandidate(body, elements, stats);
    Element top = best.element();
    // The scorer's pick is checked against the densest region of sentence-like text: when that
    // region holds clearly more good text (it contains the pick, or lies elsewhere), it wins.
    Map<Element, double[]> regions = regions(body);
    Element dense = densest(regions, elements, body);
    double[] r = regions.getOrDefault(top, new double[2]);
    double[] d = regions.getOrDefault(dense, new double[2]);
    List<Element> parts;
    if (isAncestor(dense, top) && d[0] > 1.3 * r[0]) {
      parts = List.of(dense);
    } else if (!isAncestor(top, dense) && top != dense && objective(d) > 1.5 * objective(r)) {
      parts = List.of(dense);
    } else {
      parts = withSiblings(top, best.score(), stats, regions);
    }
    List<Block> blocks = new ArrayList<>();
    Element lead = leadBefore(parts.get(0), body, stats);
    if (lead != null) {
      linearise(lead, blocks);
    }
    for (Element part : parts) {
      linearise(part, blocks);
    }
    return filter(trimTrailingBox(trimOutsideCore(blocks)), title);
  }

  // ---------------------------------------------------------------- pruning

  private void prune(Element root, boolean stripUnlikely, Edits edits) {
    for (Element child : PageIndex.childElements(root)) {
      if (child.normalName().equals("noscript") && holdsProse(child)) {
        // pages that render their text with scripts often ship the readable copy in <noscript>
        edits.unwrap(child);
        prune(root, stripUnlikely, edits);
        return;
      }
      if (shouldRemove(child, stripUnlikely)) {
        edits.remove(child);
      } else {
        prune(child, stripUnlikely, edits);
      }
    }
  }

  private boolean shouldRemove(Element e, boolean stripUnlikely) {
    String tag = e.normalName();
    if (ALWAYS_REMOVED.contains(tag)) {
      return !(tag.equals("footer") || tag.equals("aside")) || !stripUnlikely || !containsArticleBody(e);
    }
    if (e.hasAttr("hidden") || STYLE_HIDDEN.matcher(e.attr("style")).find()) {
      return true;
    }
    if (tag.equals("figure") && PageIndex.any(e, MEDIA) && PageIndex.count(e, PARAGRAPHS) < 2) {
      return true;
    }
    if (tag.equals("form") && PageIndex.any(e, FORM_FIELDS)
        && PageIndex.count(e, PARAGRAPHS) < 3 && !pageWide(e)) {
      return true;
    }
    if (!stripUnlikely) {
      return false;
    }
    if (tag.equals("header") && !hasLongParagraph(e, 80)) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && BoilerplateSignals.FURNITURE_ROLES.contains(role)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
      return false;
    }
    // a heading's id is a jump anchor ("nav_..."), not a statement about what the heading is
    String sig = HEADINGS.contains(tag) ? BoilerplateSignals.signature(e.className(), "") : BoilerplateSignals.signature(e);
    if (!BoilerplateSignals.isUnlikely(sig)) {
      return false;
    }
    return !containsArticleBody(e);
  }

  /**
   * Whether a form wraps the page rather than sitting in it (ASP.NET and portal templates put the whole
   * page in one {@code <form>}): it holds most of the body's text, or a real article body.
   */
  private static boolean pageWide(Element form) {
    Element body = form.ownerDocument() == null ? null : form.ownerDocument().body();
    if (body == null) {
      return false;
    }
    int formText = form.text().length();
    return formText >= 500 && formText * 2 >= body.text().length() || containsArticleBody(form);
  }

  /** Whether a {@code <noscript>} holds real paragraphs rather than a notice or a tracking pixel. */
  private static boolean holdsProse(Element noscript) {
    int prose = 0;
    for (Element p : PageIndex.byTag(noscript, "p")) {
      if (p.text().length() >= 80) {
        prose += p.text().length();
      }
    }
    return prose >= 300;
  }

  private static boolean hasLongParagraph(Element e, int min) {
    for (Element p : PageIndex.byTag(e, "p")) {
      if (p.text().length() >= min) {
        return true;
      }
    }
    // a standfirst set as a bare div of sentences counts too
    for (Element d : PageIndex.byTag(e, "div")) {
      String own = d.ownText();
      if (own.length() >= min && hasSentenceEnd(own)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a real article body (not a comment marked up as an article) is inside. */
  private static boolean containsArticleBody(Element e) {
    if (PageIndex.any(e, ARTICLE_BODY)) {
      return true;
    }
    for (Element a : PageIndex.byTag(e, "article")) {
      if (!BoilerplateSignals.isUnlikely(BoilerplateSignals.signature(a)) && a.text().length() >= 500) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- scoring

  /** Text and link-text lengths of every element, measured once bottom-up. */
  static final class TextStats {
    final Map<Element, int[]> lengths = new IdentityHashMap<>();

    int[] measure(Element e) {
      int text = 0;
      int links = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          text += collapsedLength(t.getWholeText());
        } else if (child instanceof Element c) {
          int[] sub = measure(c);
          text += sub[0];
          links += c.normalName().equals("a") ? sub[0] : sub[1];
        }
      }
      int[] r = {text, links};
      lengths.put(e, r);
      return r;
    }

    int text(Element e) {
      int[] r = lengths.get(e);
      return r == null ? 0 : r[0];
    }

    double linkDensity(Element e) {
      int[] r = lengths.get(e);
      return r == null || r[0] == 0 ? 0 : (double) r[1] / r[0];
    }
  }

  private static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }

  /** The element chosen as the article and its final score. */
  private record Candidate(Element element, double score) {}

  private Candidate bestCandidate(Element body, List<Element> elements, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : elements) {
      String tag = e.normalName();
      String text;
      if (PARAGRAPH_TAGS.contains(tag)) {
        text = e.text();
      } else if (DIV_LIKE.contains(tag)) {
        text = e.ownText();
      } else {
        continue;
      }
      // a long legal notice is all commas and clauses: it must not outscore the story it closes
      if (text.length() < 25 || BoilerplateVocabulary.legalNotice(text)) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    if (scores.isEmpty()) {
      return new Candidate(body, 0);
    }
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      finals.put(en.getKey(), en.getValue() * (1 - stats.linkDensity(en.getKey())));
    }
    // document order, then a stable sort: ties resolve the same way on every run
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Element e : elements) {
      Double f = finals.get(e);
      if (f != null) {
        ranked.add(Map.entry(e, f));
      }
    }
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    top = promoteToCommonAncestor(top, topScore, ranked, body);
    top = climb(top, finals, body);
    return new Candidate(top, finals.getOrDefault(top, 0.0));
  }

  /** When several strong candidates share an ancestor, the article is that ancestor. */
  private static Element promoteToCommonAncestor(
      Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element body) {
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) {
        alternatives.add(ranked.get(i).getKey());
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    Element parent = top.parent();
    while (parent != null && parent != body) {
      int contained = 0;
      for (Element alt : alternatives) {
        if (isAncestor(parent, alt)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return parent;
      }
      parent = parent.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Moves up while the parent scores higher, and through wrappers with a single child. */
  private static Element climb(Element top, Map<Element, Double> finals, Element body) {
    double last = finals.getOrDefault(top, 0.0);
    double threshold = last / 3;
    Element parent = top.parent();
    while (parent != null && parent != body) {
      Double ps = finals.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < threshold) {
        break;
      }
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  /** How much a character of link lists and fragments counts against a region, per good character. */
  private static final double BAD_WEIGHT = 1.0;

  /** Good (sentence-like, few links) and bad (link lists, fragments) text per element, bottom-up. */
  private static Map<Element, double[]> regions(Element body) {
    List<Block> all = new ArrayList<>();
    linearise(body, all);
    Map<Element, double[]> gb = new IdentityHashMap<>();
    for (Block b : all) {
      int len = b.text().length();
      double ld = b.linkDensity();
      double good = 0;
      double bad = 0;
      if (ld < 0.3 && (len >= 80 || (len >= 30 && hasSentenceEnd(b.text())))) {
        good = len * (1 - ld);
      } else if (ld >= 0.5 || len < 30) {
        bad = len;
      }
      if (good == 0 && bad == 0) {
        continue;
      }
      for (Element a = b.source(); a != null; a = a.parent()) {
        double[] v = gb.computeIfAbsent(a, k -> new double[2]);
        v[0] += good;
        v[1] += bad;
        if (a == body) {
          break;
        }
      }
    }
    return gb;
  }

  private static double objective(double[] v) {
    return v[0] - BAD_WEIGHT * v[1];
  }

  private static Element densest(Map<Element, double[]> regions, List<Element> elements, Element body) {
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Element e : elements) {
      double[] v = regions.get(e);
      if (v == null) {
        continue;
      }
      double o = objective(v);
      if (o > bestScore) {
        bestScore = o;
        best = e;
      }
    }
    return best;
  }

  private static double initialScore(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + BoilerplateSignals.classWeight(e);
  }

  /** Commas and semicolons, Latin and CJK: a cheap sign of running prose. */
  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case ',', '，', '、', ';', '；' -> n++;
        default -> { }
      }
    }
    return n;
  }

  /** The top candidate plus siblings that look like part of the same article. */
  private List<Element> withSiblings(Element top, double topScore, TextStats stats, Map<Element, double[]> regions) {
    Element parent = top.parent();
    if (parent == null || top.normalName().equals("body")) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      double siblingScore = siblingScore(sibling, stats);
      if (siblingScore + bonus >= threshold) {
        parts.add(sibling);
        continue;
      }
      double[] g = regions.get(sibling);
      if (g != null && g[0] >= SIBLING_GOOD && g[0] > 2 * g[1]) {
        parts.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p")) {
        int len = stats.text(sibling);
        double ld = stats.linkDensity(sibling);
        String text = sibling.text();
        if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && hasSentenceEnd(text))) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static final double SIBLING_GOOD = 250;

  /**
   * A standfirst often sits just before the article body in its own container (an intro box, the
   * article header): a small block of one or two sentences, without links, preceding the chosen
   * content or one of its near ancestors.
   */
  static @Nullable Element leadBefore(Element first, Element body, TextStats stats) {
    Element e = first;
    for (int level = 0; level < 3 && e != body && e.parent() != null && e.parent() != body; level++) {
      Element prev = e.previousElementSibling();
      for (int k = 0; k < 2 && prev != null; k++, prev = prev.previousElementSibling()) {
        if (looksLikeLead(prev, stats)) {
          return prev;
        }
      }
      e = e.parent();
    }
    return null;
  }

  /**
   * A picture's caption set as plain text: the only text of a small container that holds the picture
   * ({@code <div class="image"><img><p>The barrier at Millbrook…</p></div>}). Neither benchmark's body
   * counts captions (the article-extraction gold holds 2 of 121 figcaptions, trafilatura-eval lists
   * captions as must-exclude seven times as often as must-include), and {@code <figcaption>} is pruned
   * already; this catches the same text without the tag.
   */
  private static boolean caption(Block b) {
    String text = b.text();
    if (text.length() >= 200 || b.heading()) {
      return false;
    }
    Element source = b.source();
    Element parent = source.parent();
    // a small container: a picture, its caption, perhaps a credit (an article container has many children)
    if (parent == null || parent.normalName().equals("body") || parent.childrenSize() > 4
        || !pictureBeside(source, parent) || parent.text().length() > text.length() + 20) {
      return false;
    }
    // text beside a picture that reads as a paragraph (a sentence, no credit) is story: steps, quotes
    return !hasSentenceEnd(text) || PICTURE_CREDIT.matcher(text).find();
  }

  /** Whether a picture sits in the text's element, beside it, or one level down in a sibling. */
  private static boolean pictureBeside(Element text, Element parent) {
    for (Element c : parent.children()) {
      if (picture(c)) {
        return true;
      }
      if (c != text) {
        for (Element g : c.children()) {
          if (picture(g)) {
            return true;
          }
        }
      }
    }
    for (Element c : text.children()) {
      if (picture(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean picture(Element e) {
    String tag = e.normalName();
    return tag.equals("img") || tag.equals("picture");
  }

  /** A picture credit inside a caption: "Photo: …", "(Foto: dpa)", "©Getty", "Archivbild". */
  private static final Pattern PICTURE_CREDIT = Pattern.compile(
      "(?iu)\\b(?:photo|foto|bild|image|picture|credit|archiv\\w*|quelle|source)s?\\s*[:/]|©|\\((?:[^()]{0,40}/)?(?:dpa|afp|ap|reuters|getty|epa|imago|picture alliance|ap photo|xinhua|yonhap|istock|shutterstock)[^()]{0,40}\\)");

  /** Text set beside a picture in the same small container is its caption. */
  private static boolean captionOfPicture(Element text) {
    Element parent = text.parent();
    for (Element c : parent == null ? text.children() : parent.children()) {
      String tag = c.normalName();
      if (tag.equals("img") || tag.equals("picture") || (c != text && PageIndex.any(c, CHILD_IMAGES))) {
        return true;
      }
    }
    return PageIndex.any(text, CHILD_IMAGES);
  }

  private static boolean looksLikeLead(Element e, TextStats stats) {
    int len = stats.text(e);
    if (len < 60 || len > 700 || stats.linkDensity(e) > 0.1 || HEADINGS.contains(e.normalName())) {
      return false;
    }
    List<Block> blocks = new ArrayList<>();
    linearise(e, blocks);
    if (blocks.isEmpty() || blocks.size() > 3) {
      return false;
    }
    for (Block b : blocks) {
      String t = b.text();
      if (!b.heading() && t.length() >= 60 && b.linkDensity() == 0 && hasSentenceEnd(t)
          && !captionOfPicture(b.source())) {
        return true;
      }
    }
    return false;
  }

  private static double siblingScore(Element e, TextStats stats) {
    double score = BoilerplateSignals.classWeight(e);
    for (Element p : PageIndex.byTag(e, "p")) {
      String text = p.text();
      if (text.length() >= 25) {
        score += 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
      }
    }
    return score * (1 - stats.linkDensity(e));
  }

  // ---------------------------------------------------------------- linearising

  /** Walks the subtree, emitting one block per block-level element's inline text. */
  static void linearise(Element root, List<Block> out) {
    Walker w = new Walker(out);
    w.walk(root, root, 0);
    w.flush(root);
  }

  private static final class Walker {
    private final List<Block> out;
    private final StringBuilder buf = new StringBuilder();
    private int linkChars;

    Walker(List<Block> out) {
      this.out = out;
    }

    void walk(Element node, Element block, int linkDepth) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode t) {
          int before = buf.length();
          appendCollapsed(t.getWholeText());
          if (linkDepth > 0) {
            linkChars += buf.length() - before;
          }
        } else if (child instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("br") || tag.equals("hr")) {
            flush(block);
            continue;
          }
          if (BLOCK_TAGS.contains(tag)) {
            flush(block);
            walk(e, e, linkDepth);
            flush(e);
          } else {
            walk(e, block, tag.equals("a") ? linkDepth + 1 : linkDepth);
          }
        }
      }
    }

    private void appendCollapsed(String s) {
      // runs of ordinary characters are appended whole
      int run = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c > ' ' && c < 0x80) {
          continue;
        }
        boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
        // soft hyphens and zero-width spaces are layout hints, not text
        if (space || c == '\u00ad' || c == '\u200b' || c == '\ufeff') {
          buf.append(s, run, i);
          run = i + 1;
          if (space && buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ') {
            buf.append(' ');
          }
        }
      }
      buf.append(s, run, s.length());
    }

    void flush(Element block) {
      String text = buf.toString().strip();
      if (!text.isEmpty()) {
        out.add(new Block(text, Math.min(linkChars, text.length()), block.normalName(), block));
      }
      buf.setLength(0);
      linkChars = 0;
    }
  }

  // ---------------------------------------------------------------- filtering

  /** Share of the sentence-like text that the core container must hold (0.7–0.95 measured; 0.85 best). */
  private static final double CORE_SHARE = 0.85;

  /**
   * The article's core is the deepest element holding most of the sentence-like text. Blocks after
   * the core's last block that lie outside it (bios, promos, teasers appended by the template) go.
   */
  static List<Block> trimOutsideCore(List<Block> blocks) {
    Map<Element, Integer> good = new IdentityHashMap<>();
    int total = 0;
    for (Block b : blocks) {
      if (!good(b)) {
        continue;
      }
      total += b.text().length();
      for (Element a = b.source(); a != null; a = a.parent()) {
        good.merge(a, b.text().length(), Integer::sum);
      }
    }
    if (total < 500) {
      return blocks;
    }
    Element core = null;
    int coreDepth = -1;
    for (Map.Entry<Element, Integer> en : good.entrySet()) {
      if (en.getValue() >= CORE_SHARE * total) {
        int depth = depth(en.getKey());
        if (depth > coreDepth) {
          core = en.getKey();
          coreDepth = depth;
        }
      }
    }
    if (core == null) {
      return blocks;
    }
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (within(core, blocks.get(i).source())) {
        last = i;
      }
    }
    if (last < 0 || last == blocks.size() - 1) {
      return blocks;
    }
    return new ArrayList<>(blocks.subList(0, last + 1));
  }

  /**
   * After the last paragraph of the container holding most of the prose, a small titled box in
   * another container (an author bio, a teaser list, a sign-up) ends the article.
   */
  static List<Block> trimTrailingBox(List<Block> blocks) {
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    for (Block b : blocks) {
      Element parent = b.source().parent();
      if (parent != null && good(b)) {
        byParent.merge(parent, b.text().length(), Integer::sum);
      }
    }
    Element prose = null;
    int proseChars = 0;
    for (Map.Entry<Element, Integer> en : byParent.entrySet()) {
      if (en.getValue() > proseChars) {
        prose = en.getKey();
        proseChars = en.getValue();
      }
    }
    if (prose == null || proseChars < 500) {
      return blocks;
    }
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (within(prose, blocks.get(i).source())) {
        last = i;
      }
    }
    if (last < 0 || last == blocks.size() - 1) {
      return blocks;
    }
    Block opener = blocks.get(last + 1);
    boolean titled = opener.heading() || opener.text().length() < 50;
    int trailing = 0;
    for (int i = last + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (within(prose, b.source())) {
        return blocks;
      }
      if (good(b)) {
        trailing += b.text().length();
      }
    }
    List<Block> kept = new ArrayList<>(blocks.subList(0, last + 1));
    if (titled && trailing < TRAILING_BOX_SHARE * proseChars) {
      return kept;
    }
    return teaserCards(blocks.subList(last + 1, blocks.size())) && trailing < proseChars ? kept : blocks;
  }

  /**
   * Whether the blocks are excerpts of teaser cards: every paragraph sits in its own copy of one
   * template (same tag and class, a different parent each time), at least two of them.
   */
  private static boolean teaserCards(List<Block> tail) {
    String template = null;
    Set<Element> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int cards = 0;
    for (Block b : tail) {
      if (!good(b)) {
        continue;
      }
      Element src = b.source();
      String key = src.normalName() + "." + src.className();
      if (src.className().isEmpty() || (template != null && !template.equals(key))) {
        return false;
      }
      template = key;
      if (!parents.add(src.parent())) {
        return false;
      }
      cards++;
    }
    return cards >= 2;
  }

  /** Largest size of a trailing box, as a share of the main prose (0.15–0.5 measured; 0.25 best). */
  private static final double TRAILING_BOX_SHARE = 0.25;

  private static int depth(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }

  private static boolean within(Element ancestor, Element e) {
    return e == ancestor || isAncestor(ancestor, e);
  }

  private static List<String> filter(List<Block> blocks, @Nullable String title) {
    String normTitle = title == null ? null : normalise(title);
    Set<Element> proseParents = proseParents(blocks);
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = b.text();
      // the line patterns match case-insensitively: the line is folded once for all of them
      String folded = text.length() < 240 ? CaseFold.fold(text) : text;
      if (normTitle != null && kept.size() < 3 && normalise(text).equals(normTitle)) {
        continue;
      }
      if (b.linkDensity() > 0.5 && !(b.tag().equals("p") && text.length() > 150) && !linkParagraphInProse(b, proseParents)) {
        continue;
      }
      if (text.length() < 80 && END_MARKER.matcher(folded).matches() && goodChars(kept) >= 300) {
        int resume = resumeAfterBox(blocks, i, kept);
        if (resume < 0) {
          break;
        }
        i = resume - 1;
        continue;
      }
      if (text.length() < 240 && furnitureLine(folded) || BoilerplateVocabulary.legalNotice(text)) {
        continue;
      }
      if (caption(b)) {
        continue;
      }
      if (text.length() < 60 && DATE_ONLY.matcher(folded).matches() && !CAPITAL_DATELINE.matcher(text).matches()) {
        continue;
      }
      if (!kept.isEmpty() && kept.get(kept.size() - 1).text().equals(text)) {
        continue;
      }
      kept.add(b);
    }
    trimTail(kept);
    trimLead(kept, normTitle);
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text());
    }
    return out;
  }

  /** Whether a folded short line is furniture. */
  private static boolean furnitureLine(String folded) {
    return FURNITURE_LINE.matcher(folded).matches()
        || (folded.contains("trackback") && TRACKBACK_LINE.matcher(folded).matches());
  }

  /**
   * Drops title repeats and link lists before the first sentence-like paragraph. Short fragments
   * stay: dropping them measurably cost recall (standfirsts, ledes and subheads are short too).
   */
  private static void trimLead(List<Block> kept, @Nullable String normTitle) {
    int firstGood = -1;
    for (int i = 0; i < kept.size(); i++) {
      if (good(kept.get(i))) {
        firstGood = i;
        break;
      }
    }
    for (int i = firstGood - 1; i >= 0; i--) {
      Block b = kept.get(i);
      String norm = normalise(b.text());
      boolean titleRepeat = normTitle != null && !norm.isEmpty()
          && (normTitle.contains(norm) || norm.contains(normTitle)) && norm.length() < normTitle.length() * 1.5 + 10;
      if (titleRepeat || b.linkDensity() > 0.5) {
        kept.remove(i);
      }
    }
  }

  /** Drops trailing headings, link lists and fragments after the last sentence-like paragraph. */
  private static void trimTail(List<Block> kept) {
    int lastGood = -1;
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (good(kept.get(i))) {
        lastGood = i;
        break;
      }
    }
    if (lastGood >= 0) {
      for (int i = kept.size() - 1; i > lastGood; i--) {
        Block b = kept.get(i);
        // short fragments are kept: signatures and sign-offs belong to the text
        if (b.linkDensity() > 0.3 || b.heading()) {
          kept.remove(i);
        } else {
          break;
        }
      }
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
      kept.remove(kept.size() - 1);
    }
  }


  /** Containers holding at least two sentence-like paragraphs of their own. */
  private static Set<Element> proseParents(List<Block> blocks) {
    Map<Element, Integer> counts = new IdentityHashMap<>();
    for (Block b : blocks) {
      Element parent = b.source().parent();
      if (parent != null && good(b)) {
        counts.merge(parent, 1, Integer::sum);
      }
    }
    Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    counts.forEach((e, n) -> {
      if (n >= 2) {
        out.add(e);
      }
    });
    return out;
  }

  /**
   * A paragraph that is only a link, sitting among the article's own paragraphs, is part of the
   * text (a source, a petition, an event page), unlike a link in a list or a box.
   */
  private static boolean linkParagraphInProse(Block b, Set<Element> proseParents) {
    Element parent = b.source().parent();
    if (!b.tag().equals("p") || parent == null || !proseParents.contains(parent)) {
      return false;
    }
    String own = siteOf(b.source().baseUri());
    var anchors = b.source().select(LINKS);
    if (own.isEmpty() || anchors.isEmpty()) {
      return false;
    }
    for (Element a : anchors) {
      String href = a.attr("abs:href");
      if (href.startsWith("mailto:")) {
        continue;
      }
      String site = siteOf(href);
      // a link to the site's own pages is a teaser ("read also"); one to elsewhere is a source
      if (site.isEmpty() || site.equals(own)) {
        return false;
      }
    }
    return true;
  }

  /** The last two labels of a URL's host ("example.co" of "news.example.co"), or "" when none. */
  static String siteOf(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(start, end).toLowerCase(Locale.ROOT);
    int last = host.lastIndexOf('.');
    if (last <= 0) {
      return host;
    }
    int prev = host.lastIndexOf('.', last - 1);
    return prev < 0 ? host : host.substring(prev + 1);
  }

  private static boolean good(Block b) {
    return b.text().length() >= 80 && b.linkDensity() < 0.3;
  }

  /**
   * After a "Related"/"Comments" marker: when the next good paragraph continues the same container
   * as the text before the marker, the marker opened a box inside the article (skip the box);
   * otherwise the article ended (returns -1).
   */
  private static int resumeAfterBox(List<Block> blocks, int marker, List<Block> kept) {
    Element lastParent = null;
    for (int k = kept.size() - 1; k >= 0; k--) {
      if (good(kept.get(k))) {
        lastParent = kept.get(k).source().parent();
        break;
      }
    }
    if (lastParent == null) {
      return -1;
    }
    for (int j = marker + 1; j < blocks.size(); j++) {
      Block b = blocks.get(j);
      if (good(b)) {
        return b.source().parent() == lastParent ? j : -1;
      }
    }
    return -1;
  }

  private static int goodChars(List<Block> kept) {
    int n = 0;
    for (Block b : kept) {
      if (b.text().length() >= 80 && b.linkDensity() < 0.3) {
        n += b.text().length();
      }
    }
    return n;
  }

  /** {@code s} with each run of white space (a pattern's {@code \\s} and no-break space) as one space, stripped, lower-cased. */
  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (BoilerplateSignals.space(c) || c == '\u00a0') {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString().strip().toLowerCase(Locale.ROOT);
  }
}
