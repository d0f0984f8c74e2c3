package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * What the corpus update adds to an article's document: keyword terms to find the article by
 * (reprint bands, its story, its corpus entity ids, its clustering terms) and stored values to read
 * back with it (its signature, its entity id map). Names are the corpus layer's; the store prefixes
 * them so they never meet the article's own fields.
 *
 * @param keys field name to the keyword terms indexed for it
 * @param stored field name to a stored value
 */
public record CorpusFields(Map<String, List<String>> keys, Map<String, String> stored) {
  /** No corpus fields (a store used without the corpus layer). */
  public static final CorpusFields NONE = new CorpusFields(Map.of(), Map.of());

  static final String PREFIX = "x.";

  public CorpusFields {
    Map<String, List<String>> k = new LinkedHashMap<>();
    keys.forEach((name, values) -> k.put(name, List.copyOf(values)));
    keys = Map.copyOf(k);
    stored = Map.copyOf(stored);
  }

  void addTo(Document doc) {
    keys.forEach((name, values) -> {
      for (String v : values) {
        doc.add(new StringField(PREFIX + name, v, Field.Store.NO));
      }
    });
    stored.forEach((name, value) -> doc.add(new StoredField(PREFIX + name, value)));
  }
}
