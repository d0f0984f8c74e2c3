package org.sitrep.ingest.html;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of class/id names matched as whole parts of a signature: a name matches where it starts at
 * the beginning of a word or after '_' or '-', and ends at the end of a word or before '_' or '-'
 * ("related" matches "related-posts" and "post_related" but not "unrelated"). Names may themselves
 * hold hyphens ("read-more"); a trailing "s?" makes the plural optional. Equivalent to the regular
 * expression {@code (?:^|[\s_-])(?:a|b|...)(?:$|[\s_-])} but a handful of hash lookups per word, which
 * matters because every element of every page is tested. Immutable and thread-safe.
 */
final class NameSet {
  private final int maxLength;
  /** The names in an open-addressing table by {@link String#hashCode()}, so that a part is looked up in place. */
  private final String[] slots;
  private final int[] hashes;
  private final int mask;

  private NameSet(Set<String> names) {
    int max = 0;
    for (String n : names) {
      max = Math.max(max, n.length());
    }
    this.maxLength = max;
    int size = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
    this.slots = new String[size];
    this.hashes = new int[size];
    this.mask = size - 1;
    for (String n : names) {
      int i = n.hashCode() & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = n;
      hashes[i] = n.hashCode();
    }
  }

  /** Whether {@code s[from, to)}, whose hash code is {@code hash}, is one of the names. */
  private boolean contains(String s, int from, int to, int hash) {
    int len = to - from;
    for (int i = hash & mask; slots[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && slots[i].length() == len && s.regionMatches(from, slots[i], 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Names separated by '|', e.g. {@code "comments?|nav|read-more"}. */
  static NameSet of(String alternatives) {
    Set<String> names = new HashSet<>();
    for (String alt : alternatives.split("\\|")) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty name in " + alternatives);
      }
      if (alt.endsWith("s?")) {
        String stem = alt.substring(0, alt.length() - 2);
        names.add(stem);
        names.add(stem + "s");
      } else {
        names.add(alt);
      }
    }
    return new NameSet(names);
  }

  /** True when some name occurs in {@code signature} between word or part boundaries. */
  boolean find(String signature) {
    int n = signature.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(signature.charAt(i))) {
        i++;
      }
      int wordEnd = i;
      while (wordEnd < n && !Character.isWhitespace(signature.charAt(wordEnd))) {
        wordEnd++;
      }
      if (i < wordEnd && findInWord(signature, i, wordEnd)) {
        return true;
      }
      i = wordEnd;
    }
    return false;
  }

  /** Tries every part-aligned substring of one word. */
  private boolean findInWord(String s, int begin, int end) {
    for (int from = begin; from < end; from++) {
      if (from > begin && !separator(s.charAt(from - 1))) {
        continue;
      }
      int hash = 0;
      for (int to = from + 1; to <= end && to - from <= maxLength; to++) {
        // the hash code of s.substring(from, to), grown one character at a time
        hash = 31 * hash + s.charAt(to - 1);
        if ((to == end || separator(s.charAt(to))) && contains(s, from, to, hash)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean separator(char c) {
    return c == '_' || c == '-';
  }
}
