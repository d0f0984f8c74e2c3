package org.sitrep.nlp.zh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.names.Identity;

/**
 * CoreNLP's Chinese-to-English Wikipedia dictionary ({@code wikidict_chinese.tsv.gz} in the Chinese
 * models: a Chinese string, an English Wikipedia title, the share of links with that title), used only
 * for people the other resources do not know, and only where its answer passes checks: the string is
 * Han script only, the title is the string's most frequent one with at least half its links, it is no
 * disambiguation page, and it reads as a personal name (two to four capitalised words). Immutable and
 * thread-safe once loaded.
 */
final class WikiDictionary {
  static final String RESOURCE = "edu/stanford/nlp/models/kbp/chinese/wikidict_chinese.tsv.gz";
  private static final Pattern HAN = Pattern.compile("[\\p{IsHan}·]{2,8}");
  private static final Pattern PERSON_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}");

  private final Map<String, String> titles;

  private WikiDictionary(Map<String, String> titles) {
    this.titles = titles;
  }

  static WikiDictionary load() {
    InputStream in = WikiDictionary.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " missing: the CoreNLP models-chinese jar is not on the class path");
    }
    Map<String, String> best = new HashMap<>();
    Map<String, Double> share = new HashMap<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        int t1 = line.indexOf('\t');
        if (t1 < 2 || t1 > 8 || !HAN.matcher(line.substring(0, t1)).matches()) {
          continue;
        }
        int t2 = line.indexOf('\t', t1 + 1);
        if (t2 < 0) {
          continue;
        }
        double p;
        try {
          p = Double.parseDouble(line.substring(t2 + 1));
        } catch (NumberFormatException e) {
          continue; // a malformed line of the dictionary says nothing
        }
        String key = line.substring(0, t1);
        if (p >= 0.5 && p > share.getOrDefault(key, 0.0)) {
          share.put(key, p);
          best.put(key, line.substring(t1 + 1, t2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return new WikiDictionary(Map.copyOf(best));
  }

  /** The person {@code name} links to, when the answer passes the checks; else null. */
  @Nullable Identity person(String name) {
    String title = titles.get(name);
    if (title == null || title.contains("disambiguation")) {
      return null;
    }
    String english = title.replace('_', ' ');
    if (!PERSON_NAME.matcher(english).matches()) {
      return null;
    }
    return new Identity(english, EntityType.PERSON, "CoreNLP Chinese Wikipedia dictionary",
        name + " links to the English Wikipedia article " + title);
  }

  /** The title {@code name} links to most, whatever it is (for checking against other resources). */
  @Nullable String title(String name) {
    return titles.get(name);
  }

  int size() {
    return titles.size();
  }
}
