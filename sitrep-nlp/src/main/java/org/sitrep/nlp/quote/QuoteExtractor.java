package org.sitrep.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import org.sitrep.nlp.entity.DependencyGraph;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Quotations in every quoting style, with speaker and role resolved to the article's entities. The
 * speaker comes from the nearest reporting word outside the quote in the sentences it touches (its
 * subject, "according to X", "quoted X as saying"); a quote standing alone right after another takes
 * that one's speaker. Thread-safe once built.
 */
public final class QuoteExtractor {
  /**
   * A quote with where its speaker was found.
   *
   * @param speakerStart span of the speaker as written (-1 when none)
   * @param cueStart span of the reporting word (-1 when none)
   */
  public record AttributedQuote(Quote quote, int speakerStart, int speakerEnd, int cueStart, int cueEnd) {}

  /** Quotes in text order. */
  public List<Quote> extract(ParsedText parsed, List<Entity> entities) {
    List<Quote> out = new ArrayList<>();
    for (AttributedQuote q : attribute(parsed, entities)) {
      out.add(q.quote());
    }
    return out;
  }

  /** Quotes in text order, with the spans of their speakers and cues. */
  public List<AttributedQuote> attribute(ParsedText parsed, List<Entity> entities) {
    String text = parsed.text();
    SourceResolver resolver = new SourceResolver(parsed, entities);
    Map<Integer, DependencyGraph> graphs = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) {
      byId.put(e.id(), e);
    }
    List<AttributedQuote> out = new ArrayList<>();
    AttributedQuote previous = null;
    int previousSentence = -10;
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    for (QuoteMarks.Span span : spans) {
      String content = text.substring(span.begin() + 1, span.end() - 1).strip();
      if (content.isEmpty() || !content.chars().anyMatch(Character::isLetter)) {
        continue;
      }
      List<Sentence> touched = sentences(parsed, span);
      if (touched.isEmpty()) {
        continue;
      }
      Found found = null;
      for (Sentence s : touched) {
        DependencyGraph g = graphs.computeIfAbsent(s.index(), k -> new DependencyGraph(s));
        Found f = bestCue(g, span, spans);
        if (f != null && (found == null || f.distance < found.distance)) {
          found = f;
        }
      }
      Sentence after = followingAttribution(parsed, touched, span);
      if (found == null && after != null) {
        // '"...?" Graham asked.': the splitter ends the sentence inside the quote
        DependencyGraph g = graphs.computeIfAbsent(after.index(), k -> new DependencyGraph(after));
        found = bestCue(g, span, spans);
      }
      if (found == null) {
        found = surfaceCue(parsed, graphs, span, spans);
      }
      int[] dashed = found == null ? dashAttribution(parsed, span) : null;
      int words = content.split("\\s+").length;
      boolean alone = standsAlone(touched, span);
      int firstSentence = touched.get(0).index();
      SourceResolver.Source source = null;
      int cueStart = -1;
      int cueEnd = -1;
      if (found != null) {
        source = resolver.resolve(found.graph, found.source);
        Token cue = found.graph.token(found.cue);
        cueStart = cue.begin();
        cueEnd = cue.end();
      } else if (dashed != null) {
        source = resolver.resolve(graphs.computeIfAbsent(dashed[0],
            k -> new DependencyGraph(parsed.sentences().get(k))), dashed[1]);
      } else if (!alone && words < 40) {
        found = subjectOfClause(touched, graphs, span);
        if (found != null) {
          source = resolver.resolve(found.graph, found.source);
        }
      }
      boolean viaCue = cueStart >= 0;
      if (previous != null && previous.cueStart() >= 0 && interrupted(text, previous, span)
          && (!viaCue || cueStart == previous.cueStart())) {
        // '"A," X said. "B."' and '"A," he said, "B."' are one quotation interrupted by its attribution
        Quote p = previous.quote();
        Quote merged = new Quote(p.text() + " " + content, p.speaker(), p.speakerId(),
            p.speakerRole(), p.start(), span.end());
        AttributedQuote m = new AttributedQuote(merged, previous.speakerStart(),
            previous.speakerEnd(), previous.cueStart(), previous.cueEnd());
        out.set(out.size() - 1, m);
        previous = m;
        previousSentence = touched.get(touched.size() - 1).index();
        continue;
      }
      if (words <= 5 && titleCase(content)) {
        continue; // a title in quotes ("Morning Joe", 'The 411'), not a quotation
      }
      if (words < 4 && !viaCue && !alone) {
        continue; // a scare-quoted fragment without a reporting verb
      }
      Quote quote;
      int speakerStart = -1;
      int speakerEnd = -1;
      if (source != null) {
        quote = new Quote(content, source.name(), source.entityId(), source.role(), span.begin(), span.end());
        speakerStart = source.start();
        speakerEnd = source.end();
        Entity e = source.entityId() == null ? null : byId.get(source.entityId());
        if (e != null) {
          resolver.noteSpeaker(e, span.begin());
        }
      } else if (alone && previous != null && previous.quote().speaker() != null
          && firstSentence - previousSentence <= 2) {
        Quote p = previous.quote();
        quote = new Quote(content, p.speaker(), p.speakerId(), p.speakerRole(), span.begin(), span.end());
        // the speaker as written is the mention that introduced the previous quote
        speakerStart = previous.speakerStart();
        speakerEnd = previous.speakerEnd();
      } else {
        quote = new Quote(content, null, null, null, span.begin(), span.end());
      }
      if (quote.speaker() == null && words < 3 || words < 6 && !anyProse(touched)) {
        continue; // a term in quotes ("alliance"), not a quotation
      }
      AttributedQuote aq = new AttributedQuote(quote, speakerStart, speakerEnd, cueStart, cueEnd);
      out.add(aq);
      previous = aq;
      previousSentence = touched.get(touched.size() - 1).index();
    }
    return out;
  }

  /**
   * When the parse gives no source (parenthesised party tags and the like derail it): a reporting
   * verb and a name or pronoun among the few words right after the quote, or right before it.
   */
  private static @Nullable Found surfaceCue(ParsedText parsed, Map<Integer, DependencyGraph> graphs,
      QuoteMarks.Span span, List<QuoteMarks.Span> spans) {
    for (int side = 0; side < 2; side++) {
      Sentence s = parsed.sentenceAt(side == 0 ? Math.min(span.end(), parsed.text().length() - 1) : span.begin());
      if (s == null) {
        continue;
      }
      DependencyGraph g = graphs.computeIfAbsent(s.index(), k -> new DependencyGraph(s));
      List<Integer> window = new ArrayList<>();
      if (side == 0) {
        for (int i = 0; i < g.size() && window.size() < 12; i++) {
          Token t = g.token(i);
          if (t.begin() >= span.end()) {
            if (inAny(t, spans)) {
              break;
            }
            window.add(i);
          }
        }
      } else {
        for (int i = g.size() - 1; i >= 0 && window.size() < 8; i--) {
          Token t = g.token(i);
          if (t.end() <= span.begin()) {
            if (inAny(t, spans)) {
              break;
            }
            window.add(0, i);
          }
        }
      }
      int cue = -1;
      int speaker = -1;
      for (int i : window) {
        Token t = g.token(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (cue < 0 && t.pos().startsWith("VB") && SourceResolver.CUES.contains(lemma)) {
          cue = i;
        }
        boolean name = t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")
            || t.word().matches("(?i)he|she|they");
        if (name && (speaker < 0 || speaker == i - 1 && !t.word().matches("(?i)he|she|they"))) {
          speaker = i; // the last token of the first name
        }
      }
      if (cue >= 0 && speaker >= 0) {
        return new Found(g, cue, speaker, 50);
      }
    }
    return null;
  }

  private static boolean titleCase(String content) {
    int words = 0;
    int upper = 0;
    for (String w : content.split("[\\s]+")) {
      String x = w.replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (x.isEmpty()) {
        continue;
      }
      words++;
      if (Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0))
          || x.matches("(of|the|and|a|an|in|on|with|for|to|at)")) {
        upper++;
      }
    }
    return words > 0 && upper == words;
  }

  /** The attribution between two quotes of one paragraph holds the first quote's cue and speaker. */
  private static boolean interrupted(String text, AttributedQuote previous, QuoteMarks.Span next) {
    int from = previous.quote().end();
    if (previous.cueStart() < from || previous.cueStart() >= next.begin() || next.begin() - from > 250) {
      return false;
    }
    String between = text.substring(from, next.begin());
    return between.indexOf('\n') < 0 && (previous.speakerStart() < 0 || previous.speakerStart() >= from);
  }

  /** The short sentence right after a quote that closes its sentence, in the same paragraph. */
  private static @Nullable Sentence followingAttribution(
      ParsedText parsed, List<Sentence> touched, QuoteMarks.Span span) {
    Sentence last = touched.get(touched.size() - 1);
    if (last.end() > span.end() + 1 || last.index() + 1 >= parsed.sentences().size()) {
      return null;
    }
    Sentence next = parsed.sentences().get(last.index() + 1);
    String gap = parsed.text().substring(span.end(), next.begin());
    if (gap.indexOf('\n') >= 0 || next.tokens().size() > 25) {
      return null;
    }
    String first = next.tokens().get(0).word();
    return first.equals("``") || first.equals("“") || first.equals("\"") ? null : next;
  }

  /** '"..." ― Pamela Padilla': a name after a dash closing the quote; [sentence, token] or null. */
  private static int @Nullable [] dashAttribution(ParsedText parsed, QuoteMarks.Span span) {
    String text = parsed.text();
    int i = span.end();
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    i++;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')
        && text.charAt(i) != '\n') {
      i++;
    }
    Sentence s = parsed.sentenceAt(i);
    if (s == null) {
      return null;
    }
    DependencyGraph g = new DependencyGraph(s);
    int k = g.tokenAt(i);
    if (k < 0 || !Character.isUpperCase(g.token(k).word().codePointAt(0))) {
      return null;
    }
    // the head of the name: the last capitalised token of the run
    int end = k;
    while (end + 1 < g.size() && !g.token(end + 1).word().isEmpty()
        && Character.isUpperCase(g.token(end + 1).word().codePointAt(0))
        && text.substring(g.token(end).end(), g.token(end + 1).begin()).indexOf('\n') < 0) {
      end++;
    }
    return new int[] {s.index(), end};
  }

  private record Found(DependencyGraph graph, int cue, int source, int distance) {}

  private static List<Sentence> sentences(ParsedText parsed, QuoteMarks.Span span) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      if (s.end() > span.begin() && s.begin() < span.end()) {
        out.add(s);
      }
    }
    // a quote introduced by a colon at the end of the previous sentence ("..., writing:")
    if (!out.isEmpty()) {
      int first = out.get(0).index();
      if (first > 0) {
        Sentence prev = parsed.sentences().get(first - 1);
        String tail = parsed.text().substring(prev.begin(), Math.min(span.begin(), parsed.text().length())).strip();
        if (tail.endsWith(":")) {
          out.add(0, prev);
        }
      }
    }
    return out;
  }

  private static boolean anyProse(List<Sentence> touched) {
    for (Sentence s : touched) {
      if (org.sitrep.nlp.entity.EntityExtractor.isProse(s)) {
        return true;
      }
    }
    return false;
  }

  /** True when nothing but punctuation stands beside the quote in its sentences. */
  private static boolean standsAlone(List<Sentence> touched, QuoteMarks.Span span) {
    for (Sentence s : touched) {
      for (Token t : s.tokens()) {
        boolean inside = t.begin() >= span.begin() && t.end() <= span.end();
        if (!inside && t.word().chars().anyMatch(Character::isLetterOrDigit)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean inAny(Token t, List<QuoteMarks.Span> spans) {
    for (QuoteMarks.Span q : spans) {
      if (t.begin() >= q.begin() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Found bestCue(DependencyGraph g, QuoteMarks.Span span, List<QuoteMarks.Span> spans) {
    Found best = null;
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (inAny(t, spans)) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean according = lemma.equals("according") && i + 1 < g.size()
          && g.token(i + 1).word().equalsIgnoreCase("to");
      boolean verb = t.pos().startsWith("VB") && SourceResolver.CUES.contains(lemma);
      if (!according && !verb) {
        continue;
      }
      int src = SourceResolver.sourceToken(g, i, k -> inAny(g.token(k), spans));
      if (src < 0) {
        continue;
      }
      Token s = g.token(src);
      if (inAny(s, spans)) {
        continue; // the subject is inside a quote: a quoted verb, not ours
      }
      int distance = t.end() <= span.begin() ? tokensBetween(g, t.end(), span.begin())
          : tokensBetween(g, span.end(), t.begin());
      if (best == null || distance < best.distance) {
        best = new Found(g, i, src, distance);
      }
    }
    return best;
  }

  private static int tokensBetween(DependencyGraph g, int from, int to) {
    int n = 0;
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (t.begin() >= from && t.end() <= to) {
        n++;
      }
    }
    return n;
  }

  /** For a partial quote inside a clause without a reporting verb: the clause's named subject. */
  private static @Nullable Found subjectOfClause(
      List<Sentence> touched, Map<Integer, DependencyGraph> graphs, QuoteMarks.Span span) {
    for (Sentence s : touched) {
      DependencyGraph g = graphs.computeIfAbsent(s.index(), k -> new DependencyGraph(s));
      int q = -1;
      for (int i = 0; i < g.size(); i++) {
        if (g.token(i).begin() >= span.begin() && g.token(i).end() <= span.end()) {
          q = i;
          break;
        }
      }
      if (q < 0) {
        continue;
      }
      for (int k = q; k >= 0; k = g.head(k)) {
        int subj = g.child(k, "nsubj");
        if (subj >= 0) {
          Token st = g.token(subj);
          boolean named = st.ner().equals("PERSON") || st.ner().equals("ORGANIZATION")
              || st.word().matches("(?i)he|she");
          if (named && !(st.begin() >= span.begin() && st.end() <= span.end())) {
            return new Found(g, k, subj, 99);
          }
          return null;
        }
        if (g.head(k) == k) {
          break;
        }
      }
    }
    return null;
  }
}
