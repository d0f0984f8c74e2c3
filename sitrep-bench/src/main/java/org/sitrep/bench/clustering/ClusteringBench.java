package org.sitrep.bench.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.corpus.story.StoryClusterer;
import org.sitrep.corpus.story.StoryDoc;
import org.sitrep.corpus.story.StoryDocs;
import org.sitrep.corpus.story.StoryParams;
import org.sitrep.json.SitrepJson;

/**
 * Runs the product's story clusterer over one title stream ({@code News.jsonl} or
 * {@code News-T.jsonl}): titles only, no dates, in file order, in 16 batches as the paper does.
 */
public final class ClusteringBench {
  /** Number of batches the paper cuts the stream into. */
  public static final int BATCHES = 16;

  private ClusteringBench() {}

  /** One labelled title. */
  public record Item(String id, int gold, String text) {}

  /** The result of one stream. */
  public record Run(String dataset, ClusteringScores scores, double seconds, int[] predicted, StoryParams params) {}

  /** Reads a stream file in line order. */
  public static List<Item> read(Path file) throws IOException {
    List<Item> items = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = SitrepJson.mapper().readTree(line);
        items.add(new Item(n.path("Id").asText(), n.path("clusterNo").asInt(), n.path("textCleaned").asText()));
      }
    }
    if (items.isEmpty()) {
      throw new IOException("clustering bench: no items in " + file);
    }
    return items;
  }

  /** Clusters {@code items} with {@code params} (batch size set to a sixteenth of the stream). */
  public static Run run(String dataset, List<Item> items, StoryParams params) {
    long t0 = System.nanoTime();
    List<StoryDoc> docs = new ArrayList<>(items.size());
    for (Item it : items) {
      docs.add(StoryDocs.of(it.id(), it.text(), null, Set.of(), null));
    }
    int batch = (items.size() + BATCHES - 1) / BATCHES;
    StoryParams used = params.withBatchSize(batch);
    int[] predicted = new StoryClusterer(used).cluster(docs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int[] gold = items.stream().mapToInt(Item::gold).toArray();
    return new Run(dataset, ClusteringScores.of(gold, predicted), seconds, predicted, used);
  }
}
