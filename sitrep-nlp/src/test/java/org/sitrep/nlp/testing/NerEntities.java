package org.sitrep.nlp.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Test input for extractors that take entities: groups runs of CoreNLP NER tokens into mentions and
 * merges a mention into an earlier, longer one whose last word it matches ("Kim" into "Kim
 * Jong-un", "Putin" into "Vladimir Putin"), the way an entity extractor canonicalises names.
 */
public final class NerEntities {
  private NerEntities() {}

  public static List<Entity> of(ParsedText parsed) {
    record Run(String text, int start, int end, EntityType type) {}
    List<Run> runs = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> ts = s.tokens();
      int i = 0;
      while (i < ts.size()) {
        EntityType type = type(ts.get(i).ner());
        if (type == null) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(ts.get(i).ner())) {
          j++;
        }
        int b = ts.get(i).begin();
        int e = ts.get(j).end();
        runs.add(new Run(parsed.text().substring(b, e), b, e, type));
        i = j + 1;
      }
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    for (Run r : runs) {
      String name = r.text();
      for (String known : canonical.keySet()) {
        if (known.length() > name.length()
            && (known.endsWith(" " + name) || known.startsWith(name + " "))) {
          name = known;
          break;
        }
      }
      canonical.putIfAbsent(name, name);
      types.putIfAbsent(name, r.type());
      mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(r.text(), r.start(), r.end()));
    }
    List<Entity> out = new ArrayList<>();
    int id = 0;
    for (var e : mentions.entrySet()) {
      out.add(new Entity("e" + id++, e.getKey(), types.get(e.getKey()), List.of(), e.getValue(), List.of()));
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable EntityType type(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "COUNTRY" -> EntityType.COUNTRY;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> null;
    };
  }
}
