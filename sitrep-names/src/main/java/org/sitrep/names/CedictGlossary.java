package org.sitrep.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.text.Glossary;

/**
 * Chinese words and their English glosses from CC-CEDICT ({@code cedict_ts.u8.gz}, CC BY-SA 4.0):
 * the corpus analyses read a Chinese text as the English of its words. A run of Han characters is
 * cut into the longest dictionary headwords from left to right (forward maximum matching: the words
 * must be headwords to be glossed, so a segmenter with another vocabulary would gain nothing here);
 * a character no headword starts is a word of its own. A word's gloss is its first usable senses
 * ({@value #SENSES} at most, each with at most two of its {@code ;}-separated parts; a proper name's
 * first part only), skipping cross-references ("variant of", "used in", "see"), surnames,
 * classifiers and pronunciation notes, with bracketed remarks, placeholders ("sth"), numbers and a
 * verb's "to" dropped: 签署 is "sign", 峰会 "summit meeting", 集装箱 "container", 霸权 "hegemony;
 * supremacy", 朝鲜 "North Korea". A word of one character gets no gloss: its senses are too many
 * to tell (日 is sun, day and Japan), and the words news turns on are longer.
 *
 * <p>The dictionary (about 124,000 entries) is read when the first words are asked for, not when
 * the glossary is found, so a corpus without Chinese text never loads it. Thread-safe.
 */
public final class CedictGlossary implements Glossary {
  /** Senses of a word kept in its gloss. */
  public static final int SENSES = 2;
  /** Placeholders and numbers of a gloss ("sth", "sb", "etc", a year), which say nothing of the word. */
  private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\d])(sth|sb|etc\\.?|oneself|one's|n\\.e\\.c\\.|\\d+)(?![\\p{L}\\d])");
  /** Longest headword tried, in characters. */
  private static final int MAX_WORD = 8;

  private static final class Loaded {
    static final Map<String, String> GLOSSES = load();
  }

  @Override
  public String name() {
    return "cc-cedict";
  }

  @Override
  public boolean covers(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && Character.isLetter(codePoint);
  }

  @Override
  public List<Word> words(String run) {
    Objects.requireNonNull(run, "run");
    Map<String, String> glosses = Loaded.GLOSSES;
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < run.length()) {
      int end = -1;
      String gloss = null;
      int cps = 0;
      for (int j = i; j < run.length() && cps < MAX_WORD; cps++) {
        j += Character.charCount(run.codePointAt(j));
        String g = glosses.get(run.substring(i, j));
        // a single character is a word too, but its glosses (日 sun, day, Japan) say too little
        if (g != null && cps == 0) {
          g = "";
        }
        if (g != null) {
          end = j;
          gloss = g;
        }
      }
      if (end < 0) {
        end = i + Character.charCount(run.codePointAt(i));
      }
      out.add(new Word(i, end, run.substring(i, end), gloss == null || gloss.isEmpty() ? null : gloss));
      i = end;
    }
    return out;
  }

  /** The gloss of one word as the dictionary gives it, or null when it is not a headword or has none. */
  public @Nullable String gloss(String word) {
    String g = word.codePointCount(0, word.length()) < 2 ? null : Loaded.GLOSSES.get(word);
    return g == null || g.isEmpty() ? null : g;
  }

  /** Headword (simplified and traditional) to gloss, "" for a headword without a usable gloss. */
  private static Map<String, String> load() {
    InputStream in = CedictGlossary.class.getResourceAsStream("cedict_ts.u8.gz");
    Objects.requireNonNull(in, "CC-CEDICT data cedict_ts.u8.gz missing from the classpath");
    Map<String, String> out = new HashMap<>(1 << 18);
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        int sp1 = line.indexOf(' ');
        int sp2 = line.indexOf(' ', sp1 + 1);
        int rb = line.indexOf(']', sp2);
        int slash = rb < 0 ? -1 : line.indexOf('/', rb);
        if (sp1 < 0 || sp2 < 0 || slash < 0) {
          continue;
        }
        String pinyin = line.substring(line.indexOf('[', sp2) + 1, rb);
        // a proper name's first gloss is its name; what follows describes it
        boolean name = pinyin.chars().anyMatch(Character::isUpperCase);
        String gloss = senses(line.substring(slash + 1), name ? 1 : SENSES, name ? 1 : 2);
        for (String head : List.of(line.substring(sp1 + 1, sp2), line.substring(0, sp1))) {
          // the first entry with a usable gloss wins; a headword is known even without one
          String had = out.get(head);
          if (had == null || had.isEmpty() && !gloss.isEmpty()) {
            out.put(head, gloss);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading CC-CEDICT cedict_ts.u8.gz", e);
    }
    return Map.copyOf(out);
  }

  /** The usable senses of one entry's {@code /}-separated glosses, joined with "; "; "" for none. */
  static String senses(String senses, int maxSenses, int maxParts) {
    List<String> kept = new ArrayList<>();
    for (String sense : senses.split("/")) {
      String s = sense.strip();
      if (s.isEmpty() || s.startsWith("CL:") || s.startsWith("surname ") || s.contains("variant of")
          || s.startsWith("used in") || s.startsWith("see ") || s.startsWith("see also") || s.startsWith("abbr. ")
          || s.startsWith("also pr.") || s.startsWith("also written") || s.startsWith("Taiwan pr.")
          || s.startsWith("pr. ") || s.startsWith("lit. ") || s.startsWith("fig. ") || s.startsWith("(Tw)")
          || s.startsWith("(dialect)") || s.startsWith("(old)") || s.startsWith("(archaic)")
          || s.startsWith("(literary)") || s.startsWith("(computing)")) {
        continue;
      }
      int parts = 0;
      List<String> ofSense = new ArrayList<>();
      for (String part : s.split(";")) {
        String p = VAGUE.matcher(part.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*]", " ")).replaceAll(" ")
            .replaceAll("\\s+", " ").strip();
        if (p.startsWith("to ")) {
          p = p.substring(3);
        }
        // a part that still holds Han characters cross-references another word
        if (p.isEmpty() || p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
          continue;
        }
        if (maxParts == 1 && p.indexOf(',') > 0) {
          p = p.substring(0, p.indexOf(',')).strip(); // "Pyongyang, capital of North Korea"
        }
        ofSense.add(p);
        if (++parts == maxParts) {
          break;
        }
      }
      if (!ofSense.isEmpty()) {
        kept.add(String.join("; ", ofSense));
        if (kept.size() == maxSenses) {
          break;
        }
      }
    }
    return String.join("; ", kept);
  }
}
