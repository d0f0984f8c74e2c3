package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Bounds the element depth of a parsed page so that the recursive passes of the extractor never
 * meet pathological nesting: below {@link #MAX_DEPTH}, a subtree is replaced by its text. Real news
 * pages stay far above the bound (a few dozen levels), so their extraction is unchanged.
 */
final class DepthLimiter {
  /** Deepest element level kept as markup. */
  static final int MAX_DEPTH = 200;

  private DepthLimiter() {}

  /** Flattens every element at {@link #MAX_DEPTH} into text; returns how many were flattened. */
  static int flatten(Element root) {
    List<Element> tooDeep = new ArrayList<>();
    // an iterative walk over elements only, safe at any depth; nothing below MAX_DEPTH is visited, since
    // an element there lies under one at MAX_DEPTH that is flattened whole
    Element e = root;
    int depth = 0;
    while (true) {
      Element child = depth < MAX_DEPTH ? e.firstElementChild() : null;
      if (depth == MAX_DEPTH && e.childrenSize() > 0) {
        tooDeep.add(e);
      }
      if (child != null) {
        e = child;
        depth++;
        continue;
      }
      Element next = e == root ? null : e.nextElementSibling();
      while (e != root && next == null) {
        e = e.parent();
        depth--;
        next = e == root ? null : e.nextElementSibling();
      }
      if (next == null) {
        break;
      }
      e = next;
    }
    for (Element deep : tooDeep) {
      deep.text(deep.text());
    }
    return tooDeep.size();
  }
}
