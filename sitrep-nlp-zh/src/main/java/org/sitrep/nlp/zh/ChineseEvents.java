package org.sitrep.nlp.zh;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.names.NameResolver;
import org.sitrep.nlp.event.EventExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Events in Chinese sentences: a verb whose CC-CEDICT gloss is one of the English pack's actions
 * (签署 "to sign", 访问 "to visit") is the action, under the English name so that reports in both
 * languages agree. Actors are the people, organisations and states before the verb in its clause (or
 * in the clause before, as a Chinese subject carries over commas); targets follow 向 / 对 / 与 / 同 / 和
 * before the verb or stand after it; the place is a place named in the clause (抵达平壤), the date the
 * first time expression of the sentence after the dateline. A negated verb (未, 没有, 不) makes no
 * event. Thread-safe.
 */
final class ChineseEvents {
  private static final Set<String> TARGET_MARKERS = Set.of("向", "对", "与", "同", "和", "跟", "给", "为");
  private static final Set<String> NEGATIONS = Set.of("未", "没有", "没", "不", "并未", "从未", "尚未");
  private static final int MAX_OBJECT_TOKENS = 12;
  private static final Set<String> LIGHT_VERBS = Set.of("conduct", "hold", "carry");
  private static final java.util.regex.Pattern SPEECH =
      java.util.regex.Pattern.compile(ChineseQuotes.SPEECH_VERBS);
  private final NameResolver names;
  private final Set<String> actions = EventExtractor.actions();

  ChineseEvents(NameResolver names) {
    this.names = names;
  }

  List<Event> find(ParsedText parsed, ChineseEntities.Result entities, List<TimeExpression> times,
      int bodyStart) {
    String text = parsed.text();
    List<Event> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> ts = new ArrayList<>();
      for (Token t : s.tokens()) {
        if (t.begin() >= bodyStart) {
          ts.add(t); // the dateline's agency and place are no party to the events
        }
      }
      if (ts.isEmpty()) {
        continue;
      }
      String date = null;
      for (TimeExpression t : times) {
        // the dateline's date is when the report was filed, not when the event happened
        if (t.start() >= Math.max(s.begin(), bodyStart) && t.end() <= s.end()
            && Character.isDigit(t.value().charAt(0))) {
          date = t.value();
          break;
        }
      }
      List<String> carried = List.of();
      int clauseStart = 0;
      for (int i = 0; i < ts.size(); i++) {
        Token t = ts.get(i);
        if (isClauseBreak(t)) {
          clauseStart = i + 1;
          continue;
        }
        if (!t.pos().equals("VV")) {
          continue;
        }
        if (SPEECH.matcher(t.word()).matches() || (t.word().length() == 1 && i > 0
            && ts.get(i - 1).pos().equals("VV") && ts.get(i - 1).end() == t.begin())) {
          continue; // saying is no event; 到 in 注意到 completes the verb before it
        }
        String action = action(t.word());
        if (action == null || negated(ts, i, clauseStart)) {
          continue;
        }
        int clauseEnd = i + 1;
        while (clauseEnd < ts.size() && !isClauseBreak(ts.get(clauseEnd))) {
          clauseEnd++;
        }
        int cb = ts.get(clauseStart).begin();
        int ce = ts.get(clauseEnd - 1).end();
        List<String> actors = actors(ts, entities, clauseStart, i);
        if (actors.isEmpty()) {
          actors = carried; // a Chinese subject carries over the clauses that follow it
        }
        if (actors.isEmpty()) {
          continue;
        }
        carried = actors;
        Set<String> targets = new LinkedHashSet<>(markedTargets(ts, entities, clauseStart, i));
        targets.addAll(parties(entities, t.end(), ce));
        targets.removeAll(actors);
        String place = null;
        for (ChineseEntities.Found f : entities.mentions()) {
          if (f.start() >= cb && f.end() <= ce && f.type() == EntityType.LOCATION) {
            place = f.canonical();
            break;
          }
        }
        if (LIGHT_VERBS.contains(action)) {
          // 进行国事访问, 举行会谈: the noun after a light verb names the action
          for (int k = clauseEnd - 1; k > i; k--) {
            String noun = action(ts.get(k).word());
            if (noun != null && ts.get(k).pos().startsWith("N")) {
              action = noun;
              break;
            }
          }
        }
        out.add(new Event(action, actors, List.copyOf(targets), object(text, ts, i + 1, clauseEnd, entities),
            date, place, text.substring(s.begin(), s.end()).strip(), s.begin(), s.end()));
      }
    }
    return out;
  }

  private @Nullable String action(String verb) {
    for (String gloss : names.verbGlosses(verb)) {
      if (actions.contains(gloss)) {
        return gloss;
      }
    }
    return null;
  }

  private static boolean negated(List<Token> ts, int verb, int clauseStart) {
    for (int k = Math.max(clauseStart, verb - 2); k < verb; k++) {
      if (NEGATIONS.contains(ts.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseBreak(Token t) {
    return t.pos().equals("PU") && !t.word().equals("、") && !t.word().equals("《")
        && !t.word().equals("》") && !t.word().equals("“") && !t.word().equals("”");
  }

  /** Parties before the verb that are not marked as targets (after 向, 对, ...) or sources (据). */
  private static List<String> actors(List<Token> ts, ChineseEntities.Result entities, int from, int verb) {
    Set<String> out = new LinkedHashSet<>();
    boolean marked = false;
    for (int k = from; k < verb; k++) {
      Token t = ts.get(k);
      if (TARGET_MARKERS.contains(t.word()) && t.pos().equals("P") || t.word().equals("据")) {
        marked = true;
      }
      ChineseEntities.Found f = entities.at(t.begin());
      if (f != null && !marked && f.start() == t.begin() && party(f)) {
        out.add(f.canonical());
      }
    }
    return List.copyOf(out);
  }

  private static List<String> markedTargets(List<Token> ts, ChineseEntities.Result entities, int from,
      int verb) {
    Set<String> out = new LinkedHashSet<>();
    boolean marked = false;
    for (int k = from; k < verb; k++) {
      Token t = ts.get(k);
      if (TARGET_MARKERS.contains(t.word()) && t.pos().equals("P")) {
        marked = true;
        continue;
      }
      ChineseEntities.Found f = entities.at(t.begin());
      if (f != null && marked && f.start() == t.begin() && party(f)) {
        out.add(f.canonical());
      }
    }
    return List.copyOf(out);
  }

  private static List<String> parties(ChineseEntities.Result entities, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (ChineseEntities.Found f : entities.mentions()) {
      if (f.start() >= from && f.end() <= to && party(f)) {
        out.add(f.canonical());
      }
    }
    return List.copyOf(out);
  }

  private static boolean party(ChineseEntities.Found f) {
    return !f.inRole() && (f.type() == EntityType.PERSON || f.type() == EntityType.ORGANIZATION
        || f.type() == EntityType.COUNTRY);
  }

  /** What the verb acts on, as written: the tokens after it in its clause, when they are not a party. */
  private static @Nullable String object(String text, List<Token> ts, int from, int to,
      ChineseEntities.Result entities) {
    int b = from;
    while (b < to && (ts.get(b).pos().equals("AS") || ts.get(b).pos().equals("DER"))) {
      b++;
    }
    int e = Math.min(to, b + MAX_OBJECT_TOKENS);
    if (b >= e) {
      return null;
    }
    ChineseEntities.Found f = entities.at(ts.get(b).begin());
    if (f != null && f.end() >= ts.get(e - 1).end()) {
      return null;
    }
    String o = text.substring(ts.get(b).begin(), ts.get(e - 1).end()).strip();
    return o.isEmpty() ? null : o;
  }
}
