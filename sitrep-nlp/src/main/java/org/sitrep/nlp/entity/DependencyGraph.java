package org.sitrep.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.nlp.parse.Dependency;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Indexed view of one sentence's dependency tree: head, relation and children of every token, and
 * subtree spans. Built once per sentence; immutable and thread-safe.
 */
public final class DependencyGraph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -2;
      relation[i] = "";
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      int dep = d.dependent();
      if (dep < 0 || dep >= n) {
        continue;
      }
      head[dep] = d.governor();
      relation[dep] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(dep);
      }
    }
    for (List<Integer> c : children) {
      c.sort(null);
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** Head token index, -1 for the root, -2 when the parse has no edge for it. */
  public int head(int i) {
    return head[i];
  }

  /** Relation to the head ("nsubj", "obl:tmod", ...), empty when unknown. */
  public String relation(int i) {
    return relation[i];
  }

  /** Relation without its subtype ("obl" for "obl:tmod"). */
  public String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** First child of {@code i} whose relation (or its base) is one of {@code relations}, or -1. */
  public int child(int i, String... relations) {
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (relation[c].equals(r) || baseRelation(c).equals(r)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
  public boolean dominates(int ancestor, int i) {
    int guard = 0;
    for (int k = i; k >= 0 && guard++ <= head.length; k = head[k]) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token range [first, last] of the subtree under {@code i}, leaving out children whose relation is
   * in {@code skip} (with their subtrees).
   */
  public int[] subtree(int i, @Nullable List<String> skip) {
    int[] range = {i, i};
    collect(i, skip, range, 0);
    return range;
  }

  private void collect(int i, @Nullable List<String> skip, int[] range, int depth) {
    if (depth > 60) {
      return;
    }
    range[0] = Math.min(range[0], i);
    range[1] = Math.max(range[1], i);
    for (int c : children.get(i)) {
      if (skip != null && (skip.contains(relation[c]) || skip.contains(baseRelation(c)))) {
        continue;
      }
      collect(c, skip, range, depth + 1);
    }
  }

  /** Index of the token covering character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (offset >= t.begin() && offset < t.end()) {
        return i;
      }
    }
    return -1;
  }
}
