package org.sitrep.corpus.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.StorySummary;
import org.sitrep.corpus.story.StoryClusterer;

/**
 * A story as the store keeps it: its summary's parts, kept up to date article by article, and its
 * clustering state while it can still take articles. Its size does not grow with the story: it keeps
 * the newest {@value #ARTICLES} article ids (the story's articles are found in full through the
 * articles' {@code story} field), the terms of its kept headlines, and how many copy groups each
 * origin has (a copy group's own origin is a record of its own once it has a second copy).
 * Serialised as JSON; fields are public for the JSON mapper only.
 */
public final class StoryRecord {
  /** Most distinct headlines kept to choose the story's title from. */
  static final int TITLES = 300;
  /** Most article ids kept (the newest). */
  public static final int ARTICLES = 2000;

  public String id = "";
  /** The newest {@value #ARTICLES} articles' ids, in arrival order. */
  public List<String> articles = new ArrayList<>();
  /** How many articles the story has. */
  public int size;
  public TreeSet<String> outlets = new TreeSet<>();
  public TreeSet<String> countries = new TreeSet<>();
  public @Nullable String first;
  public @Nullable String last;
  /** Headline term to the number of the story's headlines with it, for the terms of the kept headlines. */
  public Map<String, Integer> titleTerms = new LinkedHashMap<>();
  public List<String> titles = new ArrayList<>();
  public @Nullable String lead;
  /** Origin (credited or first outlet) to the number of the story's copy groups it is the origin of. */
  public Map<String, Integer> origins = new TreeMap<>();
  public boolean open = true;
  /** Arrival number of its first article: open stories are restored in this order. */
  public long created;
  /** The clustering state while the story is open (see {@link PackedCluster}). */
  public @Nullable PackedCluster cluster;

  /**
   * A story's clustering state in a form that is cheap to write and read however many terms its
   * centroid has: the terms joined by a separator and their summed weights as the bytes of their
   * doubles (exact), base64.
   */
  public static final class PackedCluster {
    private static final char SEPARATOR = '\n';
    public String terms = "";
    public String weights = "";
    public Map<Long, Integer> days = new TreeMap<>();
    public int size;

    static PackedCluster of(StoryClusterer.Centroid centroid) {
      PackedCluster p = new PackedCluster();
      String[] terms = centroid.terms();
      StringBuilder t = new StringBuilder(terms.length * 10);
      java.nio.ByteBuffer w = java.nio.ByteBuffer.allocate(8 * terms.length);
      for (int i = 0; i < terms.length; i++) {
        if (terms[i].indexOf(SEPARATOR) >= 0) {
          throw new IllegalStateException("clustering term with a line break: " + terms[i]);
        }
        if (i > 0) {
          t.append(SEPARATOR);
        }
        t.append(terms[i]);
        w.putDouble(centroid.weights()[i]);
      }
      p.terms = t.toString();
      p.weights = java.util.Base64.getEncoder().encodeToString(w.array());
      p.days = centroid.days();
      p.size = centroid.size();
      return p;
    }

    StoryClusterer.ClusterState state() {
      Map<String, Double> map = new java.util.HashMap<>();
      if (!terms.isEmpty()) {
        java.nio.ByteBuffer w = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(weights));
        int from = 0;
        while (from <= terms.length()) {
          int to = terms.indexOf(SEPARATOR, from);
          if (to < 0) {
            to = terms.length();
          }
          map.put(terms.substring(from, to), w.getDouble());
          from = to + 1;
        }
      }
      return new StoryClusterer.ClusterState(map, days, size);
    }
  }

  /**
   * What decides a copy group's origin: the first credit of a copy, else the earliest copy's outlet.
   * An article's own (as a group of one) is stored with it; a group's, once it has a second copy, as
   * a record.
   */
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

  void count(String origin, int delta) {
    int n = origins.getOrDefault(origin, 0) + delta;
    if (n > 0) {
      origins.put(origin, n);
    } else {
      origins.remove(origin);
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
    return new StorySummary(id, title, articles, new ArrayList<>(outlets), new ArrayList<>(countries), first, last,
        origins.size(), Math.max(size, articles.size()));
  }
}
