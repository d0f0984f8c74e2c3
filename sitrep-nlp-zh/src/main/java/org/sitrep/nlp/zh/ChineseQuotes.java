package org.sitrep.nlp.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Quote;

/**
 * Quotations in Chinese news and who said them: a speaker before the quote (X表示：“…”, X在会谈中说，“…”,
 * X称其“…”), or after it (“…”，X说 / “…”X表示); 他 / 她 as the speaker is the last person named before.
 * The speaker's role is the one stated before the name (外交部发言人毛宁). Quoted words without a
 * speaker within their sentence get none. Thread-safe.
 */
final class ChineseQuotes {
  static final String SPEECH_VERBS = "表示|说道|说|称|指出|强调|宣布|透露|介绍|回应|写道|警告|重申|声称|宣称|认为|问道|答道";
  private static final Pattern QUOTE = Pattern.compile("“([^“”]{1,1000})”|「([^「」]{1,1000})」");
  /** Speech verb at the end of what precedes a quote: 表示：, 说，, 称其. */
  private static final Pattern BEFORE = Pattern.compile(
      "(?:" + SPEECH_VERBS + ")(?:其|道)?[：:，,]?\\s*$");
  /** Speaker and speech verb right after a quote. */
  private static final Pattern AFTER = Pattern.compile(
      "^[，,。]?\\s*([^，。！？“”]{1,30}?)(?:" + SPEECH_VERBS + ")");
  private static final Pattern SPEECH_IN_CLAUSE = Pattern.compile("(?:" + SPEECH_VERBS + ")[，,：:]");
  private static final Pattern PRONOUN = Pattern.compile("^(他|她)(?:们)?(?:还|也|则|又|同时)?$");

  List<Quote> find(String text, ChineseEntities.Result entities) {
    List<Quote> out = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) {
      String words = m.group(1) != null ? m.group(1) : m.group(2);
      int clauseStart = clauseStart(text, m.start());
      String before = text.substring(clauseStart, m.start());
      ChineseEntities.Found speaker = null;
      if (BEFORE.matcher(before).find()) {
        speaker = lastSpeaker(text, entities, clauseStart, m.start());
      }
      if (speaker == null) {
        // a phrase quoted inside reported speech: X表示，日方对此“深表关切”
        Matcher verb = SPEECH_IN_CLAUSE.matcher(before);
        int verbAt = -1;
        while (verb.find()) {
          verbAt = verb.start();
        }
        if (verbAt > 0) {
          speaker = lastSpeaker(text, entities, clauseStart, clauseStart + verbAt);
        }
      }
      if (speaker == null) {
        int afterEnd = Math.min(text.length(), m.end() + 40);
        Matcher a = AFTER.matcher(text.substring(m.end(), afterEnd));
        if (a.find()) {
          speaker = firstSpeaker(text, entities, m.end() + a.start(1), m.end() + a.end(1));
        }
      }
      if (speaker == null && before.isBlank() && words.length() < 8) {
        continue; // a short quoted phrase inside a sentence with no speaker: a term, not a quote
      }
      out.add(new Quote(words, speaker == null ? null : speaker.canonical(),
          speaker == null ? null : entities.idByCanonical().get(speaker.canonical()),
          speaker == null ? null : role(speaker, entities), m.start(), m.end()));
    }
    return out;
  }

  /** The role stated at this mention, else the first the article states for the entity. */
  static @Nullable String role(ChineseEntities.Found speaker, ChineseEntities.Result entities) {
    if (speaker.role() != null) {
      return speaker.role();
    }
    for (org.sitrep.core.model.Entity e : entities.entities()) {
      if (e.name().equals(speaker.canonical()) && !e.roles().isEmpty()) {
        return e.roles().getFirst();
      }
    }
    return null;
  }

  /** Start of the clause a quote is in: after the last 。！？ or paragraph break before it. */
  static int clauseStart(String text, int at) {
    int k = at - 1;
    while (k >= 0) {
      char c = text.charAt(k);
      if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '”') {
        break;
      }
      k--;
    }
    return k + 1;
  }

  /**
   * The speaker named in [from, to): the subject of the last comma-separated part that names one (its
   * first person, else its first organisation or state), or the person a leading 他 / 她 means.
   */
  static ChineseEntities.@Nullable Found lastSpeaker(String text, ChineseEntities.Result entities,
      int from, int to) {
    int partEnd = to;
    while (partEnd > from) {
      int partStart = Math.max(text.lastIndexOf('，', partEnd - 1), text.lastIndexOf(',', partEnd - 1)) + 1;
      if (partStart < from) {
        partStart = from;
      }
      ChineseEntities.Found person = null;
      ChineseEntities.Found other = null;
      for (ChineseEntities.Found f : entities.mentions()) {
        if (f.start() >= partStart && f.end() <= partEnd && speakerType(f)) {
          if (f.type() == EntityType.PERSON && person == null) {
            person = f;
          } else if (other == null) {
            other = f;
          }
        }
      }
      if (person != null) {
        return person;
      }
      if (other != null) {
        return other;
      }
      String part = text.substring(partStart, partEnd).strip();
      if (part.startsWith("他") || part.startsWith("她")) {
        return lastPersonBefore(entities, partStart);
      }
      partEnd = partStart - 1;
    }
    return null;
  }

  static ChineseEntities.@Nullable Found firstSpeaker(String text, ChineseEntities.Result entities,
      int from, int to) {
    for (ChineseEntities.Found f : entities.mentions()) {
      if (f.start() >= from && f.end() <= to && speakerType(f)) {
        return f;
      }
    }
    if (PRONOUN.matcher(text.substring(from, to)).matches()) {
      return lastPersonBefore(entities, from);
    }
    return null;
  }

  static ChineseEntities.@Nullable Found lastPersonBefore(ChineseEntities.Result entities, int at) {
    ChineseEntities.Found best = null;
    for (ChineseEntities.Found f : entities.mentions()) {
      if (f.end() <= at && f.type() == EntityType.PERSON) {
        best = f;
      }
    }
    return best;
  }

  private static boolean speakerType(ChineseEntities.Found f) {
    return f.type() == EntityType.PERSON || f.type() == EntityType.ORGANIZATION
        || f.type() == EntityType.COUNTRY;
  }
}
