package org.sitrep.nlp.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.ClaimStatus;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.Quote;
import org.sitrep.nlp.entity.DependencyGraph;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;
import org.sitrep.nlp.quote.SourceResolver;

/**
 * Attributed claims with claimant and status, one per attribution ("X said A, while Y claimed B" is
 * two claims, each spanning its clause): "according to X" and "is
 * said to" are reported, "reportedly" too, "allegedly" and "X claimed" alleged, "X said that" asserted.
 * A later denial or rebuttal of "these claims" marks the claims just before it denied (or disputed)
 * and names who denied them. Thread-safe once built.
 */
public final class ClaimExtractor {
  private static final Set<String> ASSERT = Set.of("say", "state", "announce", "confirm", "stress",
      "emphasize", "emphasise", "note", "declare", "warn", "tell", "add", "insist", "explain",
      "argue", "assert", "write", "point", "reiterate", "underscore", "highlight", "maintain",
      "acknowledge", "admit", "conclude", "indicate", "reveal", "disclose");
  private static final Set<String> REPORT = Set.of("report");
  /** Adverbs that mark a sentence as reported or alleged. */
  private static final Set<String> HEDGES = Set.of("reportedly", "purportedly", "supposedly", "ostensibly",
      "allegedly");
  private static final Set<String> ALLEGE = Set.of("claim", "allege", "accuse", "charge", "purport");
  private static final Set<String> DENY = Set.of("deny");
  private static final Set<String> DISPUTE = Set.of("dispute", "reject", "refute", "dismiss", "rebut", "contest");
  private static final Set<String> PASSIVE_REPORT =
      Set.of("say", "report", "believe", "think", "rumor", "rumour", "understand", "expect", "allege");
  private static final Set<String> UNNAMED = Set.of("source", "report", "media", "official",
      "analyst", "observer", "expert", "diplomat", "insider", "people", "person", "outlet");
  private static final Set<String> ANAPHORIC = Set.of("claim", "report", "allegation",
      "accusation", "rumor", "rumour", "charge", "it", "this", "that", "them", "these", "those",
      "assertion", "suggestion", "story", "speculation");

  /** Every verb lemma that can make a sentence a claim, a denial or a dispute. */
  public static Set<String> cueLemmas() {
    Set<String> all = new LinkedHashSet<>(ASSERT);
    all.addAll(REPORT);
    all.addAll(ALLEGE);
    all.addAll(DENY);
    all.addAll(DISPUTE);
    all.addAll(PASSIVE_REPORT);
    return Set.copyOf(all);
  }

  /** Words (lower-cased) that make a sentence a reported or alleged claim by themselves. */
  public static Set<String> cueWords() {
    Set<String> all = new LinkedHashSet<>(HEDGES);
    all.add("according");
    return Set.copyOf(all);
  }

  /** Claims in text order. */
  public List<Claim> extract(ParsedText parsed, List<Entity> entities, List<Quote> quotes) {
    SourceResolver resolver = new SourceResolver(parsed, entities);
    List<Claim> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      if (!EntityExtractor.isProse(s) || s.dependencies().isEmpty()) {
        continue;
      }
      DependencyGraph g = new DependencyGraph(s);
      String text = parsed.text().substring(s.begin(), s.end());
      Denial denial = denial(g, resolver, quotes);
      List<Claim> here = claims(g, resolver, quotes, text, s);
      if (denial != null) {
        if (denial.newClaim) {
          out.add(new Claim(text, null, denial.status, denial.by, s.begin(), s.end()));
        } else if (denial.embedded && !here.isEmpty()) {
          // "..., an accusation Moscow and Pyongyang reject": the rejected claim is this sentence's
          for (Claim c : here) {
            out.add(new Claim(c.text(), c.claimant(), denial.status, denial.by, c.start(), c.end()));
          }
        } else {
          markEarlier(out, parsed, s, denial);
        }
        continue;
      }
      out.addAll(here);
    }
    return out;
  }

  /**
   * A denial or dispute found in a sentence.
   *
   * @param newClaim the sentence states what is denied ("X denied that ...")
   * @param embedded the denying verb sits in a clause modifying a noun ("an accusation X rejects")
   */
  private record Denial(ClaimStatus status, List<String> by, boolean newClaim, boolean embedded) {}

  private static @Nullable Denial denial(DependencyGraph g, SourceResolver resolver, List<Quote> quotes) {
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean deny = DENY.contains(lemma);
      if (!t.pos().startsWith("VB") || !(deny || DISPUTE.contains(lemma)) || inQuote(t, quotes)) {
        continue;
      }
      int subj = SourceResolver.sourceToken(g, i);
      List<String> by = new ArrayList<>();
      if (subj >= 0) {
        Set<String> names = new LinkedHashSet<>();
        names.add(resolver.resolve(g, subj).name());
        for (int c : g.children(subj)) {
          if (g.relation(c).equals("conj")) {
            names.add(resolver.resolve(g, c).name());
          }
        }
        // "Both Russia and DPRK": the phrase as a whole resolves to its first conjunct
        by.addAll(names);
      }
      ClaimStatus status = deny ? ClaimStatus.DENIED : ClaimStatus.DISPUTED;
      int obj = g.child(i, "obj", "dobj");
      int comp = g.child(i, "ccomp");
      String rel = g.relation(i);
      boolean embedded = rel.startsWith("acl") || rel.equals("parataxis") || rel.equals("appos");
      if (comp >= 0) {
        return new Denial(status, by, true, embedded);
      }
      if (obj < 0 || ANAPHORIC.contains(g.token(obj).lemma().toLowerCase(Locale.ROOT))) {
        return new Denial(status, by, false, embedded);
      }
      return new Denial(status, by, true, embedded);
    }
    return null;
  }

  private static void markEarlier(List<Claim> out, ParsedText parsed, Sentence s, Denial d) {
    // the claims of the nearest earlier sentence that has any, within three sentences
    int limit = s.index() - 3;
    Sentence target = null;
    for (int k = out.size() - 1; k >= 0; k--) {
      Claim c = out.get(k);
      Sentence cs = parsed.sentenceAt(c.start());
      if (cs == null || cs.index() < limit) {
        break;
      }
      if (target == null) {
        target = cs;
      }
      if (cs != target) {
        break;
      }
      out.set(k, new Claim(c.text(), c.claimant(), d.status, d.by, c.start(), c.end()));
    }
  }

  /** One attribution cue of a sentence. */
  private record Cue(int token, ClaimStatus status, int rank, @Nullable String who, int content) {}

  /**
   * The claims of one sentence: usually one, but a sentence with two independent attributions ("X
   * said A, while Y claimed B") gives one claim per attribution, each spanning its own clause. An
   * attribution inside another's reported content ("X said Y claimed B") stays part of X's claim.
   */
  private static List<Claim> claims(
      DependencyGraph g, SourceResolver resolver, List<Quote> quotes, String text, Sentence s) {
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Cue c = cue(g, resolver, quotes, i);
      if (c != null) {
        cues.add(c);
      }
    }
    if (cues.isEmpty()) {
      return List.of();
    }
    // Verb attributions with their own source and content, none inside another's content.
    List<Cue> heads = new ArrayList<>();
    for (Cue c : cues) {
      if (c.content < 0 || c.who == null || hedged(g, c.token)) {
        continue;
      }
      boolean nested = false;
      for (Cue o : cues) {
        if (o != c && o.content >= 0 && g.dominates(o.content, c.token)) {
          nested = true;
        }
      }
      if (!nested) {
        heads.add(c);
      }
    }
    boolean distinct = heads.size() >= 2 && heads.stream().map(Cue::who).distinct().count() >= 2;
    if (!distinct) {
      return List.of(merged(cues, text, s.begin(), s.end()));
    }
    List<Claim> out = new ArrayList<>();
    for (Cue h : heads) {
      int[] range = clause(g, h, heads);
      int b = g.token(range[0]).begin();
      int e = g.token(range[1]).end();
      List<Cue> own = new ArrayList<>();
      for (Cue c : cues) {
        if (c == h || c.content < 0 && c.token >= range[0] && c.token <= range[1]) {
          own.add(c);
        }
      }
      String part = text.substring(b - s.begin(), e - s.begin());
      out.add(merged(own, part, b, e));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * "did not say", "can credibly state", "no one claimed": a negated, modal or nobody's attribution
   * asserts nothing, so it never makes a claim of its own.
   */
  private static boolean hedged(DependencyGraph g, int verb) {
    for (int c : g.children(verb)) {
      String rel = g.relation(c);
      String word = g.token(c).word().toLowerCase(Locale.ROOT);
      if (rel.equals("advmod") && (word.equals("not") || word.equals("n't") || word.equals("never"))
          || rel.equals("aux") && g.token(c).pos().equals("MD")
          || rel.startsWith("nsubj") && (word.equals("nobody") || word.equals("none")
              || word.equals("one") && c > 0 && g.token(c - 1).word().equalsIgnoreCase("no"))) {
        return true;
      }
    }
    return false;
  }

  /** One claim from cues: the strongest status, the claimant of the strongest cue that names one. */
  private static Claim merged(List<Cue> cues, String text, int begin, int end) {
    ClaimStatus best = null;
    String claimant = null;
    int rank = -1;
    for (Cue c : cues) {
      if (c.rank > rank) {
        best = c.status;
        rank = c.rank;
        if (c.who != null || claimant == null) {
          claimant = c.who;
        }
      } else if (claimant == null && c.who != null) {
        claimant = c.who;
      }
    }
    return new Claim(text, claimant, best, List.of(), begin, end);
  }

  /**
   * Token range of {@code h}'s clause: its subtree (the whole sentence for the main verb) without
   * the subtrees of the other attributions it governs, trimmed of edge punctuation and connectives.
   */
  private static int[] clause(DependencyGraph g, Cue h, List<Cue> heads) {
    boolean root = g.head(h.token) < 0;
    int first = root ? 0 : g.subtree(h.token, null)[0];
    int last = root ? g.size() - 1 : g.subtree(h.token, null)[1];
    for (Cue o : heads) {
      if (o == h || !g.dominates(h.token, o.token) && !root) {
        continue;
      }
      if (g.dominates(o.token, h.token)) {
        continue;
      }
      int[] other = g.subtree(o.token, null);
      if (other[0] > h.token) {
        last = Math.min(last, other[0] - 1);
      } else if (other[1] < h.token) {
        first = Math.max(first, other[1] + 1);
      }
    }
    while (first < last && edge(g.token(first))) {
      first++;
    }
    while (last > first && edge(g.token(last)) && !g.token(last).word().matches("[.!?]")) {
      last--;
    }
    return new int[] {first, last};
  }

  private static boolean edge(Token t) {
    return t.pos().matches("[,:;]|CC|``|''") || t.word().matches("(?i)while|whereas|but|and|although|though");
  }

  private static @Nullable Cue cue(DependencyGraph g, SourceResolver resolver, List<Quote> quotes, int i) {
    Token t = g.token(i);
    if (inQuote(t, quotes)) {
      return null;
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (word.equals("according") && i + 1 < g.size() && g.token(i + 1).word().equalsIgnoreCase("to")) {
      int src = SourceResolver.sourceToken(g, i);
      return new Cue(i, ClaimStatus.REPORTED, 3, src >= 0 ? resolver.resolve(g, src).name() : null, -1);
    }
    if (HEDGES.contains(word)) {
      return word.equals("allegedly") ? new Cue(i, ClaimStatus.ALLEGED, 4, null, -1)
          : new Cue(i, ClaimStatus.REPORTED, 2, null, -1);
    }
    if (!t.pos().startsWith("VB")) {
      return null;
    }
    if (PASSIVE_REPORT.contains(lemma) && g.child(i, "aux:pass", "auxpass") >= 0 && g.child(i, "xcomp") >= 0) {
      return new Cue(i, lemma.equals("allege") ? ClaimStatus.ALLEGED : ClaimStatus.REPORTED, 3, null, -1);
    }
    int comp = g.child(i, "ccomp");
    if (lemma.equals("accuse") && comp < 0) {
      // "X accused Y of supplying shells": an allegation whose content is the "of" clause
      int obj = g.child(i, "obj", "dobj");
      int of = ofClause(g, i);
      int src = SourceResolver.sourceToken(g, i);
      if (obj >= 0 && of >= 0 && src >= 0 && g.child(i, "aux:pass", "auxpass") < 0) {
        return new Cue(i, ClaimStatus.ALLEGED, 4, claimant(g, resolver, src), of);
      }
      return null;
    }
    if (comp < 0 || !(ASSERT.contains(lemma) || REPORT.contains(lemma) || ALLEGE.contains(lemma))) {
      return null;
    }
    if (inQuote(g.token(comp), quotes)) {
      return null; // a direct quotation: the quote extractor's business
    }
    int src = SourceResolver.sourceToken(g, i);
    if (src < 0) {
      return null;
    }
    SourceResolver.Source source = resolver.resolve(g, src);
    String who = claimant(g, resolver, src);
    if (ALLEGE.contains(lemma)) {
      return new Cue(i, ClaimStatus.ALLEGED, 4, who, comp);
    }
    if (REPORT.contains(lemma) || source.entityId() == null
        && UNNAMED.contains(g.token(src).lemma().toLowerCase(Locale.ROOT))) {
      return new Cue(i, ClaimStatus.REPORTED, 2, who, comp);
    }
    return new Cue(i, ClaimStatus.ASSERTED, 1, who, comp);
  }

  /** The "of ..." clause or phrase of "accuse X of ...", or -1. */
  private static int ofClause(DependencyGraph g, int verb) {
    for (int c : g.children(verb)) {
      String rel = g.baseRelation(c);
      if (rel.equals("advcl") || rel.equals("obl")) {
        for (int m : g.children(c)) {
          if (g.token(m).word().equalsIgnoreCase("of") && (g.relation(m).equals("mark") || g.relation(m).equals("case"))) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** The claimant's name; conjoined sources ("the United States and South Korea") are all named. */
  private static String claimant(DependencyGraph g, SourceResolver resolver, int src) {
    Set<String> names = new LinkedHashSet<>();
    names.add(resolver.resolve(g, src).name());
    for (int c : g.children(src)) {
      if (g.relation(c).equals("conj")) {
        names.add(resolver.resolve(g, c).name());
      }
    }
    if (names.size() == 1) {
      return names.iterator().next();
    }
    List<String> list = new ArrayList<>(names);
    return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
  }

  private static boolean inQuote(Token t, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (t.begin() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }
}
