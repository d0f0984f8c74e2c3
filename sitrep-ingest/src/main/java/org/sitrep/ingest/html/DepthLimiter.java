package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
    // jsoup's traversor is iterative, so this walk is safe at any depth.
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (depth == MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
          tooDeep.add(e);
        }
      }
    }, root);
    for (Element e : tooDeep) {
      e.text(e.text());
    }
    return tooDeep.size();
  }
}
