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
 * Attributed claims with claimant and status, one per sentence at most: "according to X" and "is
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

  /** Claims in text order. */
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
      if (denial != null) {
        if (denial.newClaim) {
          out.add(new Claim(text, null, denial.status, denial.by, s.begin(), s.end()));
        } else {
          markEarlier(out, parsed, s, denial);
        }
        continue;
      }
      Claim c = claim(g, resolver, quotes, text, s);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private record Denial(ClaimStatus status, List<String> by, boolean newClaim) {}

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
      if (comp >= 0) {
        return new Denial(status, by, true);
      }
      if (obj < 0 || ANAPHORIC.contains(g.token(obj).lemma().toLowerCase(Locale.ROOT))) {
        return new Denial(status, by, false);
      }
      return new Denial(status, by, true);
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

  private static @Nullable Claim claim(
      DependencyGraph g, SourceResolver resolver, List<Quote> quotes, String text, Sentence s) {
    ClaimStatus best = null;
    String claimant = null;
    int rank = -1;
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (inQuote(t, quotes)) {
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      ClaimStatus status = null;
      String who = null;
      int r = -1;
      if (word.equals("according") && i + 1 < g.size() && g.token(i + 1).word().equalsIgnoreCase("to")) {
        int src = SourceResolver.sourceToken(g, i);
        status = ClaimStatus.REPORTED;
        who = src >= 0 ? resolver.resolve(g, src).name() : null;
        r = 3;
      } else if (HEDGES.contains(word) && !word.equals("allegedly")) {
        status = ClaimStatus.REPORTED;
        r = 2;
      } else if (word.equals("allegedly")) {
        status = ClaimStatus.ALLEGED;
        r = 4;
      } else if (t.pos().startsWith("VB") && PASSIVE_REPORT.contains(lemma)
          && g.child(i, "aux:pass", "auxpass") >= 0 && g.child(i, "xcomp") >= 0) {
        status = lemma.equals("allege") ? ClaimStatus.ALLEGED : ClaimStatus.REPORTED;
        r = 3;
      } else if (t.pos().startsWith("VB") && g.child(i, "ccomp") >= 0
          && (ASSERT.contains(lemma) || REPORT.contains(lemma) || ALLEGE.contains(lemma))) {
        int comp = g.child(i, "ccomp");
        if (inQuote(g.token(comp), quotes)) {
          continue; // a direct quotation: the quote extractor's business
        }
        int src = SourceResolver.sourceToken(g, i);
        if (src < 0) {
          continue;
        }
        SourceResolver.Source source = resolver.resolve(g, src);
        who = source.name();
        if (ALLEGE.contains(lemma)) {
          status = ClaimStatus.ALLEGED;
          r = 4;
        } else if (REPORT.contains(lemma) || source.entityId() == null
            && UNNAMED.contains(g.token(src).lemma().toLowerCase(Locale.ROOT))) {
          status = ClaimStatus.REPORTED;
          r = 2;
        } else {
          status = ClaimStatus.ASSERTED;
          r = 1;
        }
      }
      if (status != null && r > rank) {
        best = status;
        rank = r;
        if (who != null || claimant == null) {
          claimant = who;
        }
      } else if (status != null && claimant == null && who != null) {
        claimant = who;
      }
    }
    return best == null ? null : new Claim(text, claimant, best, List.of(), s.begin(), s.end());
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
