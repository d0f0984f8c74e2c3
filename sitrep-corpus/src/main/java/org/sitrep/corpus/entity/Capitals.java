package org.sitrep.corpus.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.corpus.text.Terms;

/**
 * Capitals and the country each is the seat of government of, from the curated table
 * {@code capitals.tsv} (about two hundred states). Lookups ignore case, accents and a leading
 * "the". Immutable and thread-safe.
 */
public final class Capitals {
  /**
   * A country as the table names it.
   *
   * @param iso ISO 3166-1 alpha-2 code
   * @param name canonical English name, as the entity extractor names the country
   */
  public record Country(String iso, String name) {}

  private static final Capitals BUNDLED = load();
  private final Map<String, Country> byCapital;

  private Capitals(Map<String, Country> byCapital) {
    this.byCapital = Map.copyOf(byCapital);
  }

  /** The bundled table, loaded once. */
  public static Capitals bundled() {
    return BUNDLED;
  }

  /** The country whose capital {@code place} names ("Moscow": Russia), if any. */
  public Optional<Country> countryOf(String place) {
    return Optional.ofNullable(byCapital.get(key(place)));
  }

  /** Number of capital names known. */
  public int size() {
    return byCapital.size();
  }

  private static String key(String name) {
    String k = Terms.fold(name).strip().replaceAll("\\s+", " ");
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static Capitals load() {
    Map<String, Country> map = new HashMap<>();
    try (InputStream in = Capitals.class.getResourceAsStream("capitals.tsv")) {
      if (in == null) {
        throw new IllegalStateException("corpus: resource capitals.tsv missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || f[0].length() != 2) {
          throw new IllegalStateException("corpus: capitals.tsv line " + n
              + ": expected ISO code, country and capitals separated by tabs, found: " + line);
        }
        Country c = new Country(f[0], f[1].strip());
        for (String capital : f[2].split("\\|")) {
          if (!capital.isBlank() && !key(capital).equals(key(c.name()))) {
            map.putIfAbsent(key(capital), c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corpus: cannot read capitals.tsv", e);
    }
    return new Capitals(map);
  }
}
