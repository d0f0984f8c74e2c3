package org.sitrep.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of one piece, as the job found them: each group lists its article ids in arrival order
 * (its first is the group's id, as {@link org.sitrep.corpus.reprint.ReprintDetector.Result#groupOf()}
 * names it); groups are in the arrival order of their first article. Articles with no copy are in
 * no group.
 */
public record ReprintGroups(List<List<String>> groups) {
  public static final ReprintGroups NONE = new ReprintGroups(List.of());

  public ReprintGroups {
    groups = groups.stream().map(List::copyOf).toList();
    for (List<String> g : groups) {
      if (g.size() < 2) {
        throw new IllegalArgumentException("a reprint group has at least two articles, got " + g);
      }
    }
  }

  /** Article id to the id of the first article of its group, for articles that have copies. */
  public Map<String, String> groupOf() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : groups) {
      for (String id : g) {
        out.put(id, g.get(0));
      }
    }
    return out;
  }
}
