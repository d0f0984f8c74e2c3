package org.sitrep.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;

/**
 * Names we know without the tagger: every ISO 3166 country (English names from the JDK's locale
 * data) plus the curated alias table {@code aliases.tsv} (official names, acronyms, demonyms, a few
 * regions and organisations). Lookups are exact on whitespace-normalised surface text. Immutable and
 * thread-safe.
 */
public final class Gazetteer {
  /**
   * What a surface form names.
   *
   * @param type the entity type, or null for a demonym (an adjective or people, never an entity)
   * @param canonical canonical name of the entity (of the country, for a demonym)
   */
  public record Entry(@Nullable EntityType type, String canonical) {
    public boolean demonym() {
      return type == null;
    }
  }

  private static final Gazetteer DEFAULT = load();
  private final Map<String, Entry> byName;
  private final int maxTokens;

  private Gazetteer(Map<String, Entry> byName) {
    this.byName = Map.copyOf(byName);
    int max = 1;
    for (String k : byName.keySet()) {
      max = Math.max(max, k.split(" ").length + 2);
    }
    this.maxTokens = max;
  }

  /** The built-in gazetteer (ISO 3166 countries and the curated table), loaded once. */
  public static Gazetteer standard() {
    return DEFAULT;
  }

  /** Entry for a surface form (whitespace collapsed; a leading "the " is tried without), or null. */
  public @Nullable Entry lookup(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    Entry e = byName.get(s);
    if (e == null && (s.startsWith("the ") || s.startsWith("The "))) {
      e = byName.get(s.substring(4));
    }
    return e;
  }

  /** Longest token sequence worth trying in a lookup. */
  public int maxTokens() {
    return maxTokens;
  }

  private static Gazetteer load() {
    Map<String, Entry> names = new HashMap<>();
    Map<String, String> isoName = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
      if (!name.isBlank() && !name.equals(iso)) {
        isoName.put(iso, name);
      }
    }
    Map<String, String[]> curated = new HashMap<>();
    InputStream in = Gazetteer.class.getResourceAsStream("aliases.tsv");
    Objects.requireNonNull(in, "gazetteer resource aliases.tsv missing from the classpath");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(
              "aliases.tsv line " + n + ": expected 3 tab-separated fields, found " + f.length);
        }
        curated.put(f[0] + "\t" + f[1], f[2].split("\\|"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading gazetteer aliases.tsv", e);
    }
    // Countries first: ISO names, overridden by curated canonical names.
    Map<String, String> canonicalByIso = new HashMap<>(isoName);
    for (var c : curated.entrySet()) {
      String[] key = c.getKey().split("\t");
      if (key[0].startsWith("COUNTRY:")) {
        canonicalByIso.put(key[0].substring(8), key[1]);
      }
    }
    for (var e : canonicalByIso.entrySet()) {
      Entry entry = new Entry(EntityType.COUNTRY, e.getValue());
      names.put(e.getValue(), entry);
      String iso = isoName.get(e.getKey());
      if (iso != null) {
        names.putIfAbsent(iso, entry);
      }
    }
    for (var c : curated.entrySet()) {
      String[] key = c.getKey().split("\t");
      String kind = key[0];
      String canonical = key[1];
      Entry entry;
      if (kind.startsWith("COUNTRY:")) {
        entry = new Entry(EntityType.COUNTRY, canonical);
      } else if (kind.startsWith("DEMONYM:")) {
        String iso = kind.substring(8);
        entry = new Entry(null, canonicalByIso.getOrDefault(iso, canonical));
      } else {
        entry = new Entry(EntityType.valueOf(kind), canonical);
        names.put(canonical, entry);
      }
      for (String alias : c.getValue()) {
        names.put(alias, entry);
      }
    }
    return new Gazetteer(names);
  }
}
