package org.sitrep.nlp.time;

import java.util.List;
import java.util.Set;
import org.sitrep.nlp.parse.Token;

/** The tense of the clause around a time expression, guessed from part-of-speech tags alone. */
enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "wil");
  private static final Set<String> NOT_SCHEDULED = Set.of("be", "have", "do", "say", "tell", "report",
      "announce", "add", "note", "write", "claim", "deny", "confirm", "remain", "seem", "appear",
      "know", "think", "believe", "want", "need", "show", "indicate", "suggest", "mean", "include",
      "continue", "expect", "hope", "plan");
  private static final Set<String> PROSPECTIVE = Set.of(
      "due", "set", "expected", "scheduled", "slated", "poised", "likely", "ready", "about", "going",
      "planning", "preparing", "intending", "hoping");
  private static final Set<String> PLAN_WORDS = Set.of(
      "expected", "scheduled", "due", "plan", "plans", "planned", "planning", "intend",
      "intends", "going", "hope", "hopes", "aim", "aims", "prepared", "preparing", "slated");

  /**
   * Tense of the verb group nearest to tokens {@code [first, last]}: the closest verb on the left
   * within the sentence, else the closest on the right. Linear in the sentence length.
   */
  static Tense around(List<Token> tokens, int first, int last) {
    int verb = -1;
    for (int i = first - 1; i >= 0 && !boundary(tokens.get(i)); i--) {
      if (isVerb(tokens.get(i)) || tokens.get(i).pos().equals("MD")) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      for (int i = last + 1; i < tokens.size() && !boundary(tokens.get(i)); i++) {
        if (isVerb(tokens.get(i)) || tokens.get(i).pos().equals("MD")) {
          verb = i;
          break;
        }
      }
    }
    if (verb < 0) {
      return PRESENT;
    }
    // Extend to the whole verb group: auxiliaries and adverbs on the left, the main verb on the right.
    int head = verb;
    while (head + 1 < tokens.size() && (isVerb(tokens.get(head + 1)) || tokens.get(head + 1).pos().equals("RB")
        || tokens.get(head + 1).word().equals("to"))) {
      head++;
      if (head > verb + 4) {
        break;
      }
    }
    int start = verb;
    while (start - 1 >= 0 && (isVerb(tokens.get(start - 1)) || tokens.get(start - 1).pos().equals("MD")
        || tokens.get(start - 1).pos().equals("RB") || tokens.get(start - 1).word().equals("to"))) {
      start--;
    }
    if (prospective(tokens, start)) {
      return FUTURE;
    }
    boolean past = false;
    boolean modal = false;
    boolean perfect = false;
    for (int i = start; i <= head; i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      if (FUTURE_MODALS.contains(w) || PLAN_WORDS.contains(w)
          || (w.equals("set") || w.equals("ready") || w.equals("about"))
              && i + 1 < tokens.size() && tokens.get(i + 1).word().equals("to")) {
        return FUTURE;
      }
      if (t.pos().equals("MD")) {
        modal = true;
      }
      if (w.equals("have") || w.equals("has") || w.equals("had") || w.equals("'ve")) {
        perfect = true;
      }
      if ((t.pos().equals("VBD") && !w.equals("would") && !w.equals("could"))
          || (t.pos().equals("VBN") && perfect)) {
        past = true;
      }
    }
    if (modal) {
      return past ? PAST : FUTURE;
    }
    if (!past && tokens.get(head).pos().equals("VBN")) {
      // "was last seen", "were reportedly killed": a passive past with words between.
      for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
        String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("was") || w.equals("were") || w.equals("had") || w.equals("has") || w.equals("have")) {
          return PAST;
        }
      }
    }
    return past ? PAST : PRESENT;
  }

  /**
   * "is due to travel", "is set to visit", "are likely to meet": an adjective or participle of
   * planning before the infinitive marks a prospective event. The verb group stops at the
   * adjective, so it is checked here; a past copula ("was due to") leaves the tense to the group.
   */
  private static boolean prospective(List<Token> tokens, int start) {
    if (start < 2 || !tokens.get(start).word().equalsIgnoreCase("to")) {
      return false;
    }
    String plan = tokens.get(start - 1).word().toLowerCase(java.util.Locale.ROOT);
    if (!PROSPECTIVE.contains(plan)) {
      return false;
    }
    String copula = tokens.get(start - 2).word().toLowerCase(java.util.Locale.ROOT);
    return !copula.equals("was") && !copula.equals("were") && !copula.equals("had")
        && !copula.equals("been");
  }

  /**
   * A plain present-tense event verb nearest the expression ("Putin flies to Hanoi on Thursday",
   * "the court rules on Monday"): news uses it for what is scheduled, so a weekday lies ahead.
   * Copulas, auxiliaries and reporting verbs ("says on Monday") do not count.
   */
  static boolean scheduledPresent(List<Token> tokens, int first, int last) {
    int verb = -1;
    for (int i = first - 1; i >= 0 && !boundary(tokens.get(i)); i--) {
      if (isVerb(tokens.get(i)) || tokens.get(i).pos().equals("MD")) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return false;
    }
    Token v = tokens.get(verb);
    if (!v.pos().equals("VBZ") && !v.pos().equals("VBP")) {
      return false;
    }
    if (verb > 0 && (isVerb(tokens.get(verb - 1)) || tokens.get(verb - 1).pos().equals("MD"))) {
      return false;
    }
    String lemma = v.lemma().toLowerCase(java.util.Locale.ROOT);
    return !NOT_SCHEDULED.contains(lemma);
  }

  /** Clause edges the tense search does not cross: relative words, semicolons, colons, quotes. */
  private static boolean boundary(Token t) {
    String pos = t.pos();
    String w = t.word();
    return pos.equals("WDT") || pos.equals("WP") || pos.equals("WRB") || w.equals(";") || w.equals(":")
        || w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("--");
  }

  private static boolean isVerb(Token t) {
    return t.pos().startsWith("VB");
  }
}
