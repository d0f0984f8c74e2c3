package org.sitrep.corpus.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.corpus.story.StoryClusterer;

/**
 * A story as the store keeps it: its summary's parts, kept up to date article by article, and its
 * clustering state while it can still take articles. Serialised as JSON; fields are public for
 * the JSON mapper only.
 */
public final class StoryRecord {
  /** Most distinct headlines kept to choose the story's title from. */
  static final int TITLES = 300;

  public String id = "";
  public List<String> articles = new ArrayList<>();
  public TreeSet<String> outlets = new TreeSet<>();
  public TreeSet<String> countries = new TreeSet<>();
  public @Nullable String first;
  public @Nullable String last;
  public Map<String, Integer> titleTerms = new LinkedHashMap<>();
  public List<String> titles = new ArrayList<>();
  public @Nullable String lead;
  /** Copy group (id of its first copy) to what decides its origin. */
  public Map<String, GroupOrigin> groups = new LinkedHashMap<>();
  public boolean open = true;
  /** Arrival number of its first article: open stories are restored in this order. */
  public long created;
  public StoryClusterer.@Nullable ClusterState cluster;

  /** What decides a copy group's origin: the first credit of a copy, else the earliest copy's outlet. */
  public static final class GroupOrigin {
    public @Nullable String credit;
    public @Nullable String outlet;
    public @Nullable String published;

    String origin(String groupId) {
      if (credit != null) {
        return credit;
      }
      return outlet != null ? outlet : groupId;
    }
  }

  /** The summary the read side shows. */
  public StorySummary summary() {
    String title = null;
    double best = -1;
    for (String t : titles) {
      var terms = new java.util.LinkedHashSet<>(org.sitrep.corpus.text.Terms.terms(t));
      double score = 0;
      for (String term : terms) {
        score += titleTerms.getOrDefault(term, 0);
      }
      score = terms.isEmpty() ? 0 : score / Math.sqrt(terms.size());
      if (score > best) {
        best = score;
        title = t;
      }
    }
    if (title == null) {
      title = lead == null ? "" : lead;
    }
    TreeSet<String> origins = new TreeSet<>();
    groups.forEach((g, o) -> origins.add(o.origin(g)));
    return new StorySummary(id, title, articles, new ArrayList<>(outlets), new ArrayList<>(countries), first, last,
        origins.size());
  }
}
