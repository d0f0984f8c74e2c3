package org.sitrep.ingest.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The few languages a text most likely is in, scored on Lingua's own trigram models merged into one
 * table: a trigram is looked up once for all languages, where Lingua looks it up once per language.
 * It only narrows the field; Lingua, restricted to the shortlist, decides.
 *
 * <p>The score of a language is the sum, over the text's distinct letter trigrams, of the log of the
 * trigram's probability in that language, an unseen trigram counting as a fixed low probability.
 * Letters are lower-cased and punctuation and digits are dropped first, as Lingua does. Immutable and
 * thread-safe once built.
 */
final class TrigramShortlist {
  /** Log probability of a trigram a language's model does not have. */
  private static final float UNSEEN = (float) Math.log(1e-4);

  private final Language[] languages;
  private final Long2IntOpenHashMap slots;
  /** Entries of slot {@code s} are {@code [starts[s], starts[s + 1])} in {@link #langs} and {@link #gains}. */
  private final int[] starts;
  private final byte[] langs;
  /** Log probability minus {@link #UNSEEN}: what seeing the trigram adds over not seeing it. */
  private final float[] gains;
  private final Set<UnicodeScript> scripts;

  private TrigramShortlist(Language[] languages, Long2IntOpenHashMap slots, int[] starts, byte[] langs,
      float[] gains, Set<UnicodeScript> scripts) {
    this.languages = languages;
    this.slots = slots;
    this.starts = starts;
    this.langs = langs;
    this.gains = gains;
    this.scripts = scripts;
  }

  /** Loads the trigram model of every Lingua language that has one (in Lingua's jar). */
  static TrigramShortlist load() {
    List<Language> found = new ArrayList<>();
    Long2IntOpenHashMap slots = new Long2IntOpenHashMap(1 << 19);
    slots.defaultReturnValue(-1);
    Entries entries = new Entries();
    Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
    int[] letters = new int[UnicodeScript.values().length];
    // The field names are probabilities ("3/100"), thousands of them: not worth interning.
    JsonFactory json = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    for (Language language : Language.values()) {
      if (language == Language.UNKNOWN || found.size() == Byte.MAX_VALUE) {
        continue;
      }
      String resource = "/language-models/" + language.getIsoCode639_1().name().toLowerCase(Locale.ROOT)
          + "/trigrams.json";
      try (InputStream in = Language.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue; // a language told by its script alone (Lingua's rules), with no n-gram model
        }
        int index = found.size();
        found.add(language);
        read(json, in, resource, (trigram, logProbability) -> {
          long key = key(trigram.charAt(0), trigram.charAt(1), trigram.charAt(2));
          int slot = slots.get(key);
          if (slot < 0) {
            slot = slots.size();
            slots.put(key, slot);
          }
          entries.add(slot, (byte) index, logProbability - UNSEEN);
          char first = trigram.charAt(0);
          if (first < 0x80) {
            letters[UnicodeScript.LATIN.ordinal()]++;
          } else if (Character.isLetter(first)) {
            letters[UnicodeScript.of(first).ordinal()]++;
          }
        });
        // The model's own script; stray foreign letters in a model do not make their script covered.
        int own = 0;
        for (int script = 1; script < letters.length; script++) {
          own = letters[script] > letters[own] ? script : own;
        }
        scripts.add(UnicodeScript.values()[own]);
        Arrays.fill(letters, 0);
      } catch (IOException e) {
        throw new UncheckedIOException("language models: cannot read " + resource + " from Lingua's jar", e);
      }
    }
    // Counting sort of the entries by slot.
    int[] starts = new int[slots.size() + 1];
    for (int i = 0; i < entries.size; i++) {
      starts[entries.slots[i] + 1]++;
    }
    for (int s = 0; s < slots.size(); s++) {
      starts[s + 1] += starts[s];
    }
    int[] next = Arrays.copyOf(starts, slots.size());
    byte[] langs = new byte[entries.size];
    float[] gains = new float[entries.size];
    for (int i = 0; i < entries.size; i++) {
      int at = next[entries.slots[i]]++;
      langs[at] = entries.langs[i];
      gains[at] = entries.gains[i];
    }
    slots.trim();
    return new TrigramShortlist(found.toArray(Language[]::new), slots, starts, langs, gains, scripts);
  }

  /** Whether every letter of {@code text} is in a script some model covers (else Lingua's script rules must decide). */
  boolean covers(String text) {
    UnicodeScript last = UnicodeScript.LATIN;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 || !Character.isLetter(c)) {
        continue;
      }
      UnicodeScript script = UnicodeScript.of(c);
      if (script != last) {
        if (!scripts.contains(script)) {
          return false;
        }
        last = script;
      }
    }
    return true;
  }

  /**
   * The best-scoring languages for a text, best first, and by how much the first leads the second.
   *
   * @param languages at most the size asked for; empty when the text has no trigram any model knows
   * @param lead the first language's score minus the second's, per distinct trigram of the text: the
   *     mean log-likelihood ratio of the two languages over the text's trigrams
   * @param trigrams how many distinct letter trigrams the text has
   */
  record Ranking(List<Language> languages, double lead, int trigrams) {}

  /** The {@code size} best-scoring languages for {@code text}. */
  Ranking rank(String text, int size) {
    LongOpenHashSet seen = new LongOpenHashSet(Math.max(16, text.length()));
    double[] scores = new double[languages.length];
    int distinct = 0;
    char a = 0;
    char b = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (punctuationOrDigit(Character.getType(c))) {
        continue; // Lingua removes these before cutting n-grams
      }
      if (!Character.isLetter(c)) {
        run = 0;
        continue;
      }
      c = Character.toLowerCase(c);
      run++;
      if (run >= 3) {
        long key = key(a, b, c);
        if (seen.add(key)) {
          distinct++;
          int slot = slots.get(key);
          if (slot >= 0) {
            for (int e = starts[slot]; e < starts[slot + 1]; e++) {
              scores[langs[e]] += gains[e];
            }
          }
        }
      }
      a = b;
      b = c;
    }
    if (distinct == 0) {
      return new Ranking(List.of(), 0, 0);
    }
    List<Language> best = new ArrayList<>(size);
    boolean[] taken = new boolean[languages.length];
    double first = 0;
    double second = 0;
    for (int k = 0; k < Math.max(2, size) && k < languages.length; k++) {
      int top = -1;
      for (int l = 0; l < languages.length; l++) {
        if (!taken[l] && (top < 0 || scores[l] > scores[top])) {
          top = l;
        }
      }
      taken[top] = true;
      if (k < size) {
        best.add(languages[top]);
      }
      if (k == 0) {
        first = scores[top];
      } else if (k == 1) {
        second = scores[top];
      }
    }
    if (first == 0) {
      return new Ranking(List.of(), 0, distinct); // no trigram of the text is in any model
    }
    return new Ranking(best, (first - second) / distinct, distinct);
  }

  private static boolean punctuationOrDigit(int type) {
    return switch (type) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static long key(char a, char b, char c) {
    return (long) a << 32 | (long) b << 16 | c;
  }

  private interface TrigramSink {
    void accept(String trigram, float logProbability);
  }

  /** Reads {"ngrams": {"count/total": "abc abd ...", ...}}: every trigram listed under its probability. */
  private static void read(JsonFactory json, InputStream in, String resource, TrigramSink sink) throws IOException {
    try (JsonParser p = json.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object in " + resource);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"ngrams".equals(field) || value != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String fraction = p.currentName();
          p.nextToken();
          int slash = fraction.indexOf('/');
          if (slash < 0) {
            throw new IOException("expected a fraction such as 3/100 in " + resource + ", found '" + fraction + "'");
          }
          float logProbability = (float) Math.log(Double.parseDouble(fraction.substring(0, slash))
              / Double.parseDouble(fraction.substring(slash + 1)));
          for (String trigram : p.getText().split(" ")) {
            if (trigram.length() == 3) {
              sink.accept(trigram, logProbability);
            }
          }
        }
      }
    }
  }

  /** Growable parallel arrays of (slot, language, gain). */
  private static final class Entries {
    int[] slots = new int[1 << 20];
    byte[] langs = new byte[1 << 20];
    float[] gains = new float[1 << 20];
    int size;

    void add(int slot, byte lang, float gain) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
        langs = Arrays.copyOf(langs, size * 2);
        gains = Arrays.copyOf(gains, size * 2);
      }
      slots[size] = slot;
      langs[size] = lang;
      gains[size] = gain;
      size++;
    }
  }
}
