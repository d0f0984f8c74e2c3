package org.sitrep.bench.msra;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Mention;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.nlp.pack.LanguagePack;

/**
 * Entity-level precision, recall and F1 (exact character span and type, micro-averaged over PER, LOC
 * and ORG) of the Chinese pack's entities on MSRA's test split. Sentences are rebuilt from their
 * characters and given to the pack in documents of {@link #SENTENCES_PER_DOCUMENT}, one sentence per
 * paragraph; persons are PER, organisations ORG, countries and other places LOC. Also times the pack
 * in CPU seconds, so throughput is per 1,000 characters of Chinese.
 */
public final class MsraNerBenchmark {
  /** Published F1 on this split of systems trained on MSRA's own training data. */
  public static final Map<String, Double> PUBLISHED =
      Map.of("Lattice LSTM (Zhang and Yang 2018)", 93.18, "BERT + BiLSTM", 93.53);
  static final int SENTENCES_PER_DOCUMENT = 40;

  /** One gold or system entity: a span of a sentence and its type. */
  record Span(int sentence, int start, int end, String type) {}

  /** The scores and the cost. */
  public record Result(int sentences, int characters, int gold, int system, int correct,
      Map<String, int[]> byType, double cpuSeconds, double wallSeconds) {
    public double precision() {
      return system == 0 ? 0 : 100.0 * correct / system;
    }

    public double recall() {
      return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Articles of 1,000 characters per CPU-second. */
    public double articlesPerCpuSecond() {
      return cpuSeconds == 0 ? 0 : characters / 1000.0 / cpuSeconds;
    }
  }

  /** The sentences of the BIO file: characters and tags. */
  record Sentence(String text, List<String> tags) {}

  public Result run(Path file, LanguagePack pack, int limit, Consumer<String> progress)
      throws IOException, StageException {
    List<Sentence> sentences = read(file);
    if (limit > 0 && sentences.size() > limit) {
      sentences = sentences.subList(0, limit);
    }
    Set<Span> gold = new HashSet<>();
    int chars = 0;
    for (int i = 0; i < sentences.size(); i++) {
      gold.addAll(spans(i, sentences.get(i).tags()));
      chars += sentences.get(i).text().length();
    }
    Set<Span> system = new HashSet<>();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int from = 0; from < sentences.size(); from += SENTENCES_PER_DOCUMENT) {
      int to = Math.min(sentences.size(), from + SENTENCES_PER_DOCUMENT);
      StringBuilder text = new StringBuilder();
      int[] starts = new int[to - from];
      for (int i = from; i < to; i++) {
        if (i > from) {
          text.append("\n\n");
        }
        starts[i - from] = text.length();
        text.append(sentences.get(i).text());
      }
      CleanDocument doc = new CleanDocument("msra-" + from, file.toString(), null, null, null,
          List.of(), null, "zh", List.of(), null, text.toString(), List.of());
      List<Entity> entities = pack.annotate(doc, StageContext.defaults()).annotations().entities();
      for (Entity e : entities) {
        String type = switch (e.type()) {
          case PERSON -> "PER";
          case ORGANIZATION -> "ORG";
          case COUNTRY, LOCATION -> "LOC";
          case OTHER -> null;
        };
        if (type == null) {
          continue;
        }
        for (Mention m : e.mentions()) {
          int k = sentenceOf(starts, m.start());
          int base = starts[k];
          system.add(new Span(from + k, m.start() - base, m.end() - base, type));
        }
      }
      if ((from / SENTENCES_PER_DOCUMENT) % 10 == 9) {
        progress.accept("msra-ner: " + to + " of " + sentences.size() + " sentences");
      }
    }
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    int correct = 0;
    Map<String, int[]> byType = new java.util.TreeMap<>();
    for (Span s : gold) {
      byType.computeIfAbsent(s.type(), k -> new int[3])[0]++;
    }
    for (Span s : system) {
      int[] c = byType.computeIfAbsent(s.type(), k -> new int[3]);
      c[1]++;
      if (gold.contains(s)) {
        correct++;
        c[2]++;
      }
    }
    return new Result(sentences.size(), chars, gold.size(), system.size(), correct, byType, cpu, wall);
  }

  private static int sentenceOf(int[] starts, int offset) {
    int k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= offset) {
      k++;
    }
    return k;
  }

  static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!text.isEmpty()) {
          out.add(new Sentence(text.toString(), List.copyOf(tags)));
          text.setLength(0);
          tags.clear();
        }
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        tab = line.lastIndexOf(' ');
      }
      if (tab <= 0) {
        throw new IOException(file + ": expected 'character<TAB>tag', found '" + line + "'");
      }
      String ch = line.substring(0, tab);
      text.append(ch);
      String tag = line.substring(tab + 1).strip();
      tags.add(tag);
      for (int i = 1; i < ch.length(); i++) {
        // a character outside the BMP is two Java chars: its tag covers both, offsets stay aligned
        tags.add(tag.startsWith("B-") ? "I-" + tag.substring(2) : tag);
      }
    }
    if (!text.isEmpty()) {
      out.add(new Sentence(text.toString(), List.copyOf(tags)));
    }
    return out;
  }

  /** BIO tags to spans (an I- without its B- starts a span). */
  static List<Span> spans(int sentence, List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    @Nullable String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !tag.substring(2).equals(type));
      if (type != null && (tag.equals("O") || begins)) {
        out.add(new Span(sentence, start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }
}
