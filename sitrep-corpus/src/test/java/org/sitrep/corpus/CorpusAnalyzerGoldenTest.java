package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.corpus.CorpusSnapshot;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.json.SitrepJson;

/**
 * The whole snapshot of the summit corpus against a golden file: canonical JSON (sorted keys).
 * Run with {@code -Dgolden.update=true} to rewrite it; the diff is the review.
 */
class CorpusAnalyzerGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/corpus-analyzer/summit.expected.json");

  static String canonical(CorpusSnapshot snapshot) throws Exception {
    ObjectMapper m = SitrepJson.mapper().copy()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(SerializationFeature.INDENT_OUTPUT, true);
    JsonNode tree = m.valueToTree(snapshot);
    return m.writeValueAsString(sortKeys(tree, m)) + "\n";
  }

  private static JsonNode sortKeys(JsonNode n, ObjectMapper m) {
    if (n.isObject()) {
      ObjectNode out = m.createObjectNode();
      List<String> names = new ArrayList<>();
      Iterator<String> it = n.fieldNames();
      it.forEachRemaining(names::add);
      names.sort(null);
      for (String k : names) {
        out.set(k, sortKeys(n.get(k), m));
      }
      return out;
    }
    if (n.isArray()) {
      var arr = m.createArrayNode();
      n.forEach(x -> arr.add(sortKeys(x, m)));
      return arr;
    }
    return n;
  }

  @Test
  void snapshotMatchesGolden() throws Exception {
    CorpusSnapshot snapshot = new CorpusAnalyzer(OutletRegistry.load(null)).analyze(SummitCorpus.articles());
    String actual = canonical(snapshot);
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void analysisIsDeterministic() throws Exception {
    OutletRegistry registry = OutletRegistry.load(null);
    String a = canonical(new CorpusAnalyzer(registry).analyze(SummitCorpus.articles()));
    String b = canonical(new CorpusAnalyzer(registry).analyze(SummitCorpus.articles()));
    assertThat(a).isEqualTo(b);
  }
}
