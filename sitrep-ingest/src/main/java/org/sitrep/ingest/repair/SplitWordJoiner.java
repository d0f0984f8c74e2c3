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

  private final EnglishLexicon lexicon;

  public SplitWordJoiner(EnglishLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The joined form of {@code left} and {@code right} if they are one split word, else null. */
  public @org.jspecify.annotations.Nullable String join(String left, String right) {
    String joined = left + right;
    if (!isWord(joined) || (isWord(left) && isWord(right))) {
      return null;
    }
    return joined;
  }

  /** How a word written in a line-broken form "left-" + "right" should read joined. */
  public String joinHyphenated(String left, String right) {
    String joined = left + right;
    if (isWord(joined) && !(isWord(left) && isWord(right))) {
      return joined;
    }
    return left + "-" + right;
  }

  /** {@code text} with split words joined; {@code counter} (may be null) receives one call per join. */
  public String repair(String text, @org.jspecify.annotations.Nullable Runnable counter) {
    String out = joinPairs(text, counter);
    Matcher m = BROKEN_HYPHEN.matcher(out);
    StringBuilder sb = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String joined = left(m) + right(m);
      if (isWord(joined) && !(isWord(left(m)) && isWord(right(m)))) {
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
          && !lexicon.containsExactly(joined)) {
        // Inside a sentence a capitalised join must be a proper noun as written: "Un met" is not "Unmet".
        joined = null;
      }
      if (joined != null && !isWord(right(m)) && betterWithNext(text, m)) {
        // "had al ready": the fragment belongs to the next word ("already"), not this one ("hadal").
        joined = null;
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

  /** Whether the right half joins the following token into a more frequent word than the left join. */
  private boolean betterWithNext(String text, Matcher m) {
    Matcher next = PAIR.matcher(text);
    if (!next.find(m.start(2)) || next.start() != m.start(2)) {
      return false;
    }
    String alternative = join(left(next), right(next));
    return alternative != null
        && lexicon.frequency(alternative) > lexicon.frequency(left(m) + right(m));
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

  private boolean isWord(String token) {
    if (token.length() == 1) {
      // Single letters other than "a" and "I" are fragments, whatever the dictionary lists.
      return token.equals("a") || token.equals("A") || token.equals("I");
    }
    return lexicon.contains(token);
  }
}
