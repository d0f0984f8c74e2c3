package org.sitrep.ingest.repair;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words that scraping split with a stray space ("operatio ns", "Sou th Korea") or a hyphen and
 * space left from a line break ("infor- mation"). A pair is joined only when the joined form is an
 * English word and the two halves are not both words, so real pairs ("a part", "in deed") stay apart.
 * Thread-safe.
 */
public final class SplitWordJoiner {
  /** Two letter-only tokens with one space between, not glued to digits, hyphens or apostrophes. */
  private static final Pattern PAIR = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-'’.@/_])(\\p{L}+) (\\p{Ll}+)(?![\\p{L}\\p{N}\\-'’@/_])");
  private static final Pattern BROKEN_HYPHEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])(\\p{L}+)- (\\p{Ll}+)(?![\\p{L}\\p{N}\\-])");

  /** Frequency classes by which one reading must beat the other to settle an ambiguous fragment. */
  private static final int CLEAR_MARGIN = 5;

  private final EnglishLexicon lexicon;

  public SplitWordJoiner(EnglishLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The joined form of {@code left} and {@code right} if they are one split word, else null. */
  public @org.jspecify.annotations.Nullable String join(String left, String right) {
    String joined = left + right;
    if (!isJoinedWord(joined) || (isWord(left) && isWord(right))) {
      return null;
    }
    return joined;
  }

  /** How a word written in a line-broken form "left-" + "right" should read joined. */
  public String joinHyphenated(String left, String right) {
    String joined = left + right;
    if (isJoinedWord(joined) && !(isWord(left) && isWord(right))) {
      return joined;
    }
    return left + "-" + right;
  }

  /** {@code text} with split words joined; {@code counter} (may be null) receives one call per join. */
  public String repair(String text, @org.jspecify.annotations.Nullable Runnable counter) {
    String out = joinPairs(text, counter);
    if (!out.contains("- ")) {
      return out; // no broken hyphen can match: spare the pattern's scan of every letter
    }
    Matcher m = BROKEN_HYPHEN.matcher(out);
    StringBuilder sb = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String joined = left(m) + right(m);
      if (isJoinedWord(joined) && !(isWord(left(m)) && isWord(right(m)))) {
        m.appendReplacement(sb, Matcher.quoteReplacement(joined));
        changed = true;
        if (counter != null) {
          counter.run();
        }
      }
    }
    if (changed) {
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }

  private String joinPairs(String text, @org.jspecify.annotations.Nullable Runnable counter) {
    Matcher m = PAIR.matcher(text);
    StringBuilder sb = null;
    int from = 0;
    int last = 0;
    while (from < text.length() && m.find(from)) {
      String joined = join(left(m), right(m));
      if (joined != null && Character.isUpperCase(joined.charAt(0)) && !sentenceStart(text, m.start())
          && !lexicon.containsExactly(joined) && isWord(right(m))) {
        // Inside a sentence, a capital followed by a real word is more likely a name and a word ("Un met")
        // than a split word, unless the join is listed capitalised (a proper noun) as written.
        joined = null;
      }
      if (joined != null && !isWord(right(m))) {
        Matcher next = nextPair(text, m);
        if (next != null) {
          if (!isWord(right(next))) {
            // "a re cipe": the fragment belongs with the other fragment ("recipe"), not with "a".
            joined = null;
          } else if (isWord(left(m))) {
            // "the re turn": "there turn" or "the return". Only a much more common word decides ("had al
            // ready" is "already", not "hadal"); otherwise all three are left alone.
            int here = lexicon.frequency(joined);
            int there = lexicon.frequency(left(next) + right(next));
            if (there >= here + CLEAR_MARGIN) {
              joined = null;
            } else if (here < there + CLEAR_MARGIN) {
              from = next.end();
              continue;
            }
          }
        }
      }
      if (joined == null) {
        // Retry from the second token: it may be the first half of the next split.
        from = m.start(2);
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, m.start()).append(joined);
      last = m.end();
      from = m.end();
      if (counter != null) {
        counter.run();
      }
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, last, text.length()).toString();
  }

  /** The pair that starts at this pair's right half, when it is a split word too; else null. */
  private @org.jspecify.annotations.Nullable Matcher nextPair(String text, Matcher m) {
    Matcher next = PAIR.matcher(text);
    if (!next.find(m.start(2)) || next.start() != m.start(2) || join(left(next), right(next)) == null) {
      return null;
    }
    return next;
  }

  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"“'‘([".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
  }

  private static String left(Matcher m) {
    return m.group(1);
  }

  private static String right(Matcher m) {
    return m.group(2);
  }

  /**
   * Whether a half counts as a word of its own. Single letters other than "a" and "I", and entries of
   * the rarest frequency class (suffix-like "ism", "est", "ns"), count as fragments.
   */
  private boolean isWord(String token) {
    if (token.length() == 1) {
      return token.equals("a") || token.equals("A") || token.equals("I");
    }
    return lexicon.frequency(token) >= 1;
  }

  /** Whether the joined form is an English word (any frequency class). */
  private boolean isJoinedWord(String token) {
    return lexicon.contains(token);
  }
}
