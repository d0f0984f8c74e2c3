package org.sitrep.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The proper-name entries of CC-CEDICT ({@code cedict_ts.u8.gz}, CC BY-SA 4.0, see {@code
 * CC-CEDICT-NOTICE.txt}): headwords whose pinyin has a capitalised syllable, by simplified and
 * traditional form, and the characters that are surnames. Read once at construction; immutable.
 */
final class Cedict {
  /** One dictionary line: the simplified headword, its pinyin and its glosses. */
  record Entry(String simplified, String pinyin, List<String> glosses) {}

  private final Map<String, List<Entry>> names;
  private final Map<String, List<String>> verbs;
  private final Map<String, List<String>> abbreviations;
  private final Set<String> surnames;
  private final int entries;

  private Cedict(Map<String, List<Entry>> names, Map<String, List<String>> verbs,
      Map<String, List<String>> abbreviations, Set<String> surnames, int entries) {
    this.names = names;
    this.verbs = verbs;
    this.abbreviations = abbreviations;
    this.surnames = surnames;
    this.entries = entries;
  }

  static Cedict load() {
    InputStream in = Cedict.class.getResourceAsStream("cedict_ts.u8.gz");
    Objects.requireNonNull(in, "CC-CEDICT data cedict_ts.u8.gz missing from the classpath");
    Map<String, List<Entry>> names = new HashMap<>();
    Map<String, List<String>> verbs = new HashMap<>();
    Map<String, List<String>> abbreviations = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    int n = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int sp1 = line.indexOf(' ');
        int sp2 = line.indexOf(' ', sp1 + 1);
        int lb = line.indexOf('[', sp2);
        int rb = line.indexOf(']', lb);
        int slash = line.indexOf('/', rb);
        if (sp1 < 0 || sp2 < 0 || lb < 0 || rb < 0 || slash < 0) {
          continue;
        }
        n++;
        String trad = line.substring(0, sp1);
        String simp = line.substring(sp1 + 1, sp2);
        String pinyin = line.substring(lb + 1, rb);
        List<String> glosses = new ArrayList<>();
        for (String g : line.substring(slash + 1).split("/")) {
          if (!g.isBlank()) {
            glosses.add(g.strip());
          }
        }
        if (simp.length() == 1) {
          for (String g : glosses) {
            if (g.contains("abbr. for")) {
              abbreviations.computeIfAbsent(simp, k -> new ArrayList<>()).add(g);
            }
          }
        }
        if (!capitalised(pinyin)) {
          for (String g : glosses) {
            // "to sign (a contract); to send" -> sign, send
            for (String part : g.split(";")) {
              // a plain verb ("to sign", "to meet with"), not a paraphrase ("to declare to be untrue")
              String p = part.replaceAll("\\([^)]*\\)", "").strip();
              String[] words = p.split("\\s+");
              if (p.startsWith("to ") && words.length <= 3) {
                verbs.computeIfAbsent(simp, k -> new ArrayList<>()).add(words[1]);
              }
            }
          }
          continue;
        }
        Entry e = new Entry(simp, pinyin, List.copyOf(glosses));
        names.computeIfAbsent(simp, k -> new ArrayList<>()).add(e);
        if (!trad.equals(simp)) {
          names.computeIfAbsent(trad, k -> new ArrayList<>()).add(e);
        }
        if (simp.length() == 1 && glosses.stream().anyMatch(g -> g.startsWith("surname "))) {
          surnames.add(simp);
          surnames.add(trad);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading CC-CEDICT cedict_ts.u8.gz", e);
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, List<String>> frozenVerbs = new HashMap<>();
    verbs.forEach((k, v) -> frozenVerbs.put(k, List.copyOf(v)));
    Map<String, List<String>> frozenAbbreviations = new HashMap<>();
    abbreviations.forEach((k, v) -> frozenAbbreviations.put(k, List.copyOf(v)));
    return new Cedict(Map.copyOf(frozen), Map.copyOf(frozenVerbs), Map.copyOf(frozenAbbreviations),
        Set.copyOf(surnames), n);
  }

  private static boolean capitalised(String pinyin) {
    for (String syllable : pinyin.split(" ")) {
      if (!syllable.isEmpty() && Character.isUpperCase(syllable.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Proper-name entries whose headword is {@code name}, in dictionary order; empty when none. */
  List<Entry> lookup(String name) {
    return names.getOrDefault(name, List.of());
  }

  /** English verbs the dictionary glosses a (simplified) word with ("to sign" gives sign), in order. */
  List<String> verbs(String word) {
    return verbs.getOrDefault(word, List.of());
  }

  /** Glosses of a one-character word, in any entry, that say what it abbreviates ("abbr. for 日本"). */
  List<String> abbreviationGlosses(String character) {
    return abbreviations.getOrDefault(character, List.of());
  }

  /** Whether the character is a Chinese surname (an entry glossed "surname X"). */
  boolean surname(String character) {
    return surnames.contains(character);
  }

  /** Every proper-name entry (for the index of person names by surname). */
  Iterable<List<Entry>> all() {
    return names.values();
  }

  int size() {
    return entries;
  }
}
