package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * The few kinds of element that page metadata is read from (meta tags, h1 to h3, scripts, elements
 * with an {@code itemprop} or a {@code rel}), gathered in one walk over the document and kept in its
 * user data. Each metadata query then filters a short list instead of walking the whole tree again;
 * the result is what {@code doc.select(query)} gives, in document order, as long as the query only
 * matches elements of the list it is asked on. Built before the tree is pruned; read-only afterwards.
 */
final class PageIndex {
  private static final String KEY = "sitrep.pageIndex";

  final List<Element> metas = new ArrayList<>();
  final List<Element> headings = new ArrayList<>();
  final List<Element> scripts = new ArrayList<>();
  final List<Element> withItemprop = new ArrayList<>();
  final List<Element> withRel = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  /** Every element of the body, the body first, in document order (what {@code body.getAllElements()} gives). */
  final List<Element> bodyElements = new ArrayList<>();

  private PageIndex(Document doc) {
    Element body = doc.body();
    for (Element e : elements(doc)) {
      switch (e.normalName()) {
        case "meta" -> metas.add(e);
        case "h1", "h2", "h3" -> headings.add(e);
        case "script" -> scripts.add(e);
        case "time" -> times.add(e);
        default -> { }
      }
      if (e.hasAttr("itemprop")) {
        withItemprop.add(e);
      }
      if (e.hasAttr("rel")) {
        withRel.add(e);
      }
    }
    if (body != null) {
      collect(body, bodyElements);
    }
  }

  /**
   * The root and every element below it in document order, as {@link Element#getAllElements()} lists them,
   * gathered by a plain walk over the child nodes (no stream, no iterator object per node).
   */
  static List<Element> elements(Element root) {
    List<Element> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /** The root and the elements below it named {@code tag}, in document order, as {@link Element#getElementsByTag} lists them. */
  static List<Element> byTag(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    collectTag(root, tag, out);
    return out;
  }

  private static void collectTag(Element e, String tag, List<Element> out) {
    if (e.normalName().equals(tag)) {
      out.add(e);
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        collectTag(child, tag, out);
      }
    }
  }

  /** Whether {@code query} matches the root or an element below it ({@code !root.select(query).isEmpty()}). */
  static boolean any(Element root, Evaluator query) {
    return count(root, root, query, 1) > 0;
  }

  /** How many elements {@code query} matches in the root's subtree ({@code root.select(query).size()}). */
  static int count(Element root, Evaluator query) {
    return count(root, root, query, Integer.MAX_VALUE);
  }

  /** The matches of {@code query} in {@code e}'s subtree, counted up to {@code limit}. */
  private static int count(Element root, Element e, Evaluator query, int limit) {
    int found = query.matches(root, e) ? 1 : 0;
    for (int i = 0, n = e.childNodeSize(); i < n && found < limit; i++) {
      if (e.childNode(i) instanceof Element child) {
        found += count(root, child, query, limit - found);
      }
    }
    return found;
  }

  /** The element children of {@code e}, a copy that stays as it is when the tree changes. */
  static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>(e.childNodeSize());
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        collect(child, out);
      }
    }
  }

  /** The document's index, built on first use. */
  static PageIndex of(Document doc) {
    Object cached = doc.attributes().userData(KEY);
    if (cached instanceof PageIndex index) {
      return index;
    }
    PageIndex index = new PageIndex(doc);
    doc.attributes().userData(KEY, index);
    return index;
  }

  /**
   * The elements of {@code candidates} that {@code query} matches with {@code root} as the root. Like {@link #any}
   * and {@link #count}, for queries without ancestor, sibling or {@code :has} parts only: jsoup memoizes those per
   * thread and clears the memo only in its own select.
   */
  static Elements select(List<Element> candidates, Evaluator query, Element root) {
    Elements out = new Elements();
    for (Element e : candidates) {
      if (query.matches(root, e)) {
        out.add(e);
      }
    }
    return out;
  }
}
