package org.sitrep.bench.entities;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.entity.DropReason;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.CoreNlpParser;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Measures, without gold, how many of CoreNLP's own PERSON, ORGANIZATION and LOCATION mentions the
 * entity extractor keeps. CoreNLP's mentions are its runs of tokens with one tag (what its entity
 * mention annotator builds from the same tags), in the text and in the headline parsed apart. A
 * mention is kept when an extracted mention of the same field (text or headline) overlaps it,
 * exactly kept when one has the same span, and typed alike when that mention's type family is the
 * tagger's (COUNTRY and LOCATION are places). A mention nothing overlaps is dropped, with the reason
 * the extractor recorded for it, or "unexplained". Runs CoreNLP without the dependency parser,
 * which entity mentions do not use.
 */
public final class EntitiesBenchmark {
  /** Names an example list keeps per reason. */
  private static final int EXAMPLES = 12;

  /** Counts for one corpus (or all). */
  public static final class Tally {
    int documents;
    long words;
    int corenlp;
    int kept;
    int exact;
    int sameType;
    int added;
    final Map<String, int[]> byTag = new TreeMap<>();
    final Map<String, Integer> dropped = new TreeMap<>();
    final Map<String, List<String>> examples = new TreeMap<>();
    final Map<String, Integer> retyped = new TreeMap<>();
    int titleCorenlp;
    int titleKept;

    void plus(Tally o) {
      documents += o.documents;
      words += o.words;
      corenlp += o.corenlp;
      kept += o.kept;
      exact += o.exact;
      sameType += o.sameType;
      added += o.added;
      titleCorenlp += o.titleCorenlp;
      titleKept += o.titleKept;
      o.byTag.forEach((k, v) -> {
        int[] a = byTag.computeIfAbsent(k, x -> new int[2]);
        a[0] += v[0];
        a[1] += v[1];
      });
      o.dropped.forEach((k, v) -> dropped.merge(k, v, Integer::sum));
      o.retyped.forEach((k, v) -> retyped.merge(k, v, Integer::sum));
      o.examples.forEach((k, v) -> {
        List<String> l = examples.computeIfAbsent(k, x -> new ArrayList<>());
        for (String e : v) {
          if (l.size() < EXAMPLES) {
            l.add(e);
          }
        }
      });
    }

    public double keptShare() {
      return corenlp == 0 ? 0 : 100.0 * kept / corenlp;
    }

    /** Kept, counting a mention dropped for a stated reason as rightly dropped. */
    public double keptOrReasoned() {
      int unexplained = dropped.getOrDefault("unexplained", 0);
      return corenlp == 0 ? 0 : 100.0 * (corenlp - unexplained) / corenlp;
    }

    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("documents", documents);
      m.put("words", words);
      m.put("corenlpMentions", corenlp);
      m.put("kept", kept);
      m.put("keptPercent", round(keptShare()));
      m.put("exactSpan", exact);
      m.put("exactSpanPercent", round(corenlp == 0 ? 0 : 100.0 * exact / corenlp));
      m.put("sameTypePercentOfKept", round(kept == 0 ? 0 : 100.0 * sameType / kept));
      m.put("headlineMentions", titleCorenlp);
      m.put("headlineKept", titleKept);
      Map<String, Object> tags = new LinkedHashMap<>();
      byTag.forEach((k, v) -> tags.put(k, Map.of("corenlp", v[0], "kept", v[1],
          "keptPercent", round(v[0] == 0 ? 0 : 100.0 * v[1] / v[0]))));
      m.put("byTag", tags);
      m.put("droppedByReason", dropped);
      m.put("droppedExamples", examples);
      m.put("retypedKept", retyped);
      m.put("extractorMentionsNotFromCorenlp", added);
      return m;
    }
  }

  /** The whole run. */
  public record Result(Map<String, Tally> corpora, Tally total, double cpuSeconds) {}

  private final CoreNlpParser parser = new CoreNlpParser(new NlpConfig(false, false, 200_000));
  private final EntityExtractor extractor = new EntityExtractor();

  /** Scores every text, reporting progress lines. */
  public Result run(List<BenchText> texts, Consumer<String> progress) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    Map<String, Tally> corpora = new LinkedHashMap<>();
    int done = 0;
    for (BenchText t : texts) {
      Tally tally = corpora.computeIfAbsent(t.corpus(), k -> new Tally());
      score(t, tally);
      done++;
      if (done % 50 == 0) {
        progress.accept("entities: " + done + "/" + texts.size() + " texts");
      }
    }
    Tally total = new Tally();
    corpora.values().forEach(total::plus);
    return new Result(corpora, total, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
  }

  private void score(BenchText doc, Tally tally) {
    ParsedText text = parser.parse(doc.text(), null);
    ParsedText title = doc.title() == null ? null : parser.parse(doc.title(), null);
    EntityExtractor.Trace trace = extractor.trace(text, title);
    tally.documents++;
    tally.words += doc.text().split("\\s+").length;
    List<Found> found = new ArrayList<>();
    for (Entity e : trace.entities()) {
      for (Mention m : e.mentions()) {
        found.add(new Found(false, m, e.type()));
      }
      for (Mention m : e.titleMentions()) {
        found.add(new Found(true, m, e.type()));
      }
    }
    List<Run> runs = new ArrayList<>(runs(text, false));
    if (title != null) {
      runs.addAll(runs(title, true));
    }
    boolean[] matched = new boolean[found.size()];
    for (Run r : runs) {
      tally.corenlp++;
      int[] byTag = tally.byTag.computeIfAbsent(r.tag, k -> new int[2]);
      byTag[0]++;
      if (r.inTitle) {
        tally.titleCorenlp++;
      }
      Found best = null;
      for (int i = 0; i < found.size(); i++) {
        Found f = found.get(i);
        if (f.inTitle == r.inTitle && f.mention.start() < r.end && r.start < f.mention.end()) {
          matched[i] = true;
          if (best == null || f.mention.start() == r.start && f.mention.end() == r.end) {
            best = f;
          }
        }
      }
      String surface = (r.inTitle ? title.text() : text.text()).substring(r.start, r.end);
      if (best != null) {
        tally.kept++;
        byTag[1]++;
        if (r.inTitle) {
          tally.titleKept++;
        }
        if (best.mention.start() == r.start && best.mention.end() == r.end) {
          tally.exact++;
        }
        String family = family(best.type);
        if (family.equals(r.tag)) {
          tally.sameType++;
        } else {
          tally.retyped.merge(r.tag + " -> " + best.type, 1, Integer::sum);
          example(tally, "retyped " + r.tag + " -> " + best.type, surface);
        }
        continue;
      }
      DropReason reason = null;
      for (EntityExtractor.DroppedName d : trace.dropped()) {
        if (d.inTitle() == r.inTitle && d.start() < r.end && r.start < d.end()) {
          reason = d.reason();
          break;
        }
      }
      String key = reason == null ? "unexplained" : reason.name().toLowerCase(java.util.Locale.ROOT);
      tally.dropped.merge(key, 1, Integer::sum);
      example(tally, key, surface + " [" + r.tag + "] in " + doc.name());
    }
    for (boolean m : matched) {
      if (!m) {
        tally.added++;
      }
    }
  }

  private static void example(Tally tally, String key, String what) {
    List<String> l = tally.examples.computeIfAbsent(key, k -> new ArrayList<>());
    if (l.size() < EXAMPLES) {
      l.add(what);
    }
  }

  private record Found(boolean inTitle, Mention mention, EntityType type) {}

  private record Run(boolean inTitle, int start, int end, String tag) {}

  /** CoreNLP's PERSON, ORGANIZATION and LOCATION mentions: maximal runs of tokens with one tag. */
  private static List<Run> runs(ParsedText parsed, boolean inTitle) {
    List<Run> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        String tag = tag(t.get(i).ner());
        if (tag == null) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals(t.get(i).ner())) {
          j++;
        }
        out.add(new Run(inTitle, t.get(i).begin(), t.get(j).end(), tag));
        i = j + 1;
      }
    }
    return out;
  }

  private static @Nullable String tag(String ner) {
    return switch (ner) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
      default -> null;
    };
  }

  private static String family(EntityType type) {
    return switch (type) {
      case PERSON -> "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      case COUNTRY, LOCATION -> "LOCATION";
      case OTHER -> "MISC";
    };
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** Reasons in declaration order, for printing. */
  static List<String> reasonOrder() {
    List<String> out = new ArrayList<>();
    for (DropReason r : DropReason.values()) {
      out.add(r.name().toLowerCase(java.util.Locale.ROOT));
    }
    out.add("unexplained");
    return out;
  }
}
