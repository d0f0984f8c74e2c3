package org.sitrep.ingest.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.DictionaryMetadata;

/**
 * The English word list of LanguageTool's spelling dictionaries ({@code org.languagetool:english-pos-dict},
 * US and British spellings, about 200,000 word forms each with a frequency class), read as morfologik
 * automata without expanding them into a set. Thread-safe and immutable once built.
 *
 * <p>NOTE: the dictionary stores case as words are written ("Seoul", "NATO", "the"); {@link #frequency}
 * also accepts a capitalised or upper-case form of a lower-case entry, as at the start of a sentence.
 */
public final class EnglishLexicon {
  private static final String[] RESOURCES = {
    "/org/languagetool/resource/en/hunspell/en_US.dict",
    "/org/languagetool/resource/en/hunspell/en_GB.dict",
  };
  /**
   * One spelling automaton, the byte its entries put between word and frequency class, and the nodes
   * reached from its root by each first byte and each first two bytes (0: no entry starts so). The
   * automaton finds a node's arc by scanning its arcs in turn, and the first two levels have the most
   * arcs, so the tables spare most of the time a look-up takes; the match is the automaton's own.
   */
  private record Automaton(FSA fsa, byte separator, FSATraversal traversal, int[] first, int[][] second) {
    static Automaton of(FSA fsa, byte separator) {
      int[] first = new int[256];
      int[][] second = new int[256][];
      for (int b = 0; b < 256; b++) {
        first[b] = next(fsa, fsa.getRootNode(), (byte) b);
        if (first[b] != 0) {
          second[b] = new int[256];
          for (int c = 0; c < 256; c++) {
            second[b][c] = next(fsa, first[b], (byte) c);
          }
        }
      }
      return new Automaton(fsa, separator, new FSATraversal(fsa), first, second);
    }

    /** The node after {@code label} from {@code node} when the sequence may go on from there, else 0. */
    private static int next(FSA fsa, int node, byte label) {
      int arc = fsa.getArc(node, label);
      return arc == 0 || fsa.isArcTerminal(arc) ? 0 : fsa.getEndNode(arc);
    }

    /**
     * The node after {@code key}, when the automaton has entries that go on from it, else 0; the same
     * as {@code traversal.match(key)} ending as {@link MatchResult#SEQUENCE_IS_A_PREFIX}. The key ends
     * with the separator byte, so its first two bytes are never its last when it has three or more.
     */
    int prefixNode(byte[] key) {
      int node = first[key[0] & 0xff];
      int from = 1;
      if (node != 0 && key.length > 2) {
        node = second[key[0] & 0xff][key[1] & 0xff];
        from = 2;
      }
      if (node == 0) {
        return 0;
      }
      MatchResult match = traversal.match(new MatchResult(), key, from, key.length - from, node);
      return match.kind == MatchResult.SEQUENCE_IS_A_PREFIX ? match.node : 0;
    }
  }

  private final List<Automaton> automata;

  private EnglishLexicon(List<Automaton> automata) {
    this.automata = automata;
  }

  /** Loads the dictionaries from the classpath; fails at once if the artifact is missing. */
  public static EnglishLexicon load() {
    List<Automaton> loaded = new java.util.ArrayList<>();
    for (String resource : RESOURCES) {
      String info = resource.replace(".dict", ".info");
      try (InputStream in = EnglishLexicon.class.getResourceAsStream(resource);
          InputStream meta = EnglishLexicon.class.getResourceAsStream(info)) {
        if (in == null || meta == null) {
          throw new IllegalStateException(
              "english lexicon: resource " + resource + " not on the classpath (org.languagetool:english-pos-dict)");
        }
        byte separator = DictionaryMetadata.read(meta).getSeparator();
        loaded.add(Automaton.of(FSA.read(in), separator));
      } catch (IOException e) {
        throw new UncheckedIOException("english lexicon: cannot read " + resource, e);
      }
    }
    return new EnglishLexicon(List.copyOf(loaded));
  }

  private static final class Shared {
    static final EnglishLexicon INSTANCE = load();
  }

  /** One lexicon per process: the automata are read once (about 1.5 MB) and shared. */
  public static EnglishLexicon shared() {
    return Shared.INSTANCE;
  }

  /** Whether {@code word} is an English word form in the spelling shown (see the class note). */
  public boolean contains(String word) {
    return frequency(word) >= 0;
  }

  /** Whether {@code word} is listed exactly as written (case included). */
  public boolean containsExactly(String word) {
    return exact(word) >= 0;
  }

  /**
   * The frequency class of {@code word} (0 rare to 25 very common), or -1 when it is not a word. A
   * capitalised word matches a lower-case entry; an all-capitals word matches any casing.
   */
  public int frequency(String word) {
    if (word.isEmpty()) {
      return -1;
    }
    int best = exact(word);
    String lower = word.toLowerCase(Locale.ROOT);
    boolean capitalised = Character.isUpperCase(word.codePointAt(0))
        && word.substring(Character.charCount(word.codePointAt(0))).equals(
            word.substring(Character.charCount(word.codePointAt(0))).toLowerCase(Locale.ROOT));
    boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(lower);
    if (capitalised || allCaps) {
      best = Math.max(best, exact(lower));
    }
    if (allCaps) {
      best = Math.max(best, exact(Character.toUpperCase(lower.charAt(0)) + lower.substring(1)));
    }
    return best;
  }

  private int exact(String word) {
    byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
    byte[] key = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    int best = -1;
    for (Automaton automaton : automata) {
      FSA fsa = automaton.fsa();
      key[bytes.length] = automaton.separator();
      int node = automaton.prefixNode(key);
      if (node == 0) {
        continue;
      }
      int frequency = 0;
      for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
        int label = fsa.getArcLabel(arc) & 0xff;
        if (label >= 'A' && label <= 'Z') {
          frequency = Math.max(frequency, label - 'A');
        }
      }
      best = Math.max(best, frequency);
    }
    return best;
  }
}
