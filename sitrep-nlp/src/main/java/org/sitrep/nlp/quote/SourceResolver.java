package org.sitrep.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.nlp.entity.DependencyGraph;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Who says something in one article: finds the source of a reporting verb in the dependency parse
 * ("X said", "said X", "according to X", "quoted X as saying", "as reported by X") and resolves it to
 * the article's entities, through pronouns ("he" is the nearest preceding person who was a subject or
 * a speaker; "they" the nearest preceding subject when it is plural: conjoined names, a plural noun
 * phrase or an organisation, else unresolved) and stated roles ("the Foreign Minister", "the
 * spokesperson" for the one person holding that role; an unnamed "spokesperson for X" speaks for
 * the organisation X). Built per article; not thread-safe.
 */
public final class SourceResolver {
  /** Reporting verbs, by lemma. */
  public static final Set<String> CUES = Set.copyOf(List.of("say", "tell", "add", "argue", "emphasize",
      "emphasise", "warn", "note", "state", "claim", "write", "ask", "explain", "insist", "stress",
      "highlight", "declare", "announce", "reply", "respond", "continue", "elaborate", "express",
      "evaluate", "report", "comment", "acknowledge", "admit", "suggest", "describe", "tweet",
      "post", "remark", "observe", "point", "predict", "conclude", "recall", "concede", "assert",
      "maintain", "urge", "vow", "pledge", "promise", "caution", "complain", "confirm", "deny",
      "agree", "believe", "think", "allege", "contend", "counter", "mention", "underscore",
      "underline", "reiterate", "quip", "joke", "boast", "recount", "testify", "tout", "accuse",
      "criticize", "criticise", "blast", "lament", "charge", "repeat", "wonder", "exclaim",
      "proclaim", "indicate", "cite", "quote", "assure", "inform", "shout", "yell", "scream", "cry",
      "whisper", "muse", "insist", "hail", "praise", "dismiss", "reject", "retort", "begin",
      "opine", "surmise", "reason", "demand", "plead", "question"));

  private static final Set<String> ORG_NOUNS = Set.of("the newspaper", "the paper", "the daily",
      "the agency", "the ministry", "the broadcaster", "the outlet", "the network", "the company",
      "the tabloid", "the magazine", "the website", "the editorial", "the publication",
      "the news agency", "the state broadcaster", "the campaign", "the party", "the department",
      // a statement speaks for whoever issued it
      "the statement", "the communique", "the communiqu\u00e9", "the press release");
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman",
      "spokespeople", "spokesmen", "representative");
  /** Role nouns that, after "the", can stand for the one person holding that role in the article. */
  private static final Set<String> ROLE_WORDS = Set.of("president", "minister", "chancellor", "premier",
      "spokesperson", "spokesman", "spokeswoman", "secretary", "ambassador", "envoy", "governor",
      "mayor", "senator", "general", "commander", "chairman", "chairwoman", "director", "adviser",
      "advisor", "prosecutor", "congressman", "congresswoman", "candidate", "nominee", "chief");
  private static final Set<String> MALE_FEMALE = Set.of("he", "she", "him", "her");
  private static final Set<String> NEUTER = Set.of("it", "they", "we");
  private static final List<String> NP_SKIP =
      List.of("punct", "appos", "acl", "acl:relcl", "advcl", "parataxis", "dep", "cc:preconj", "case");

  /**
   * A resolved source.
   *
   * @param name canonical entity name, or the words as written for an unnamed source
   * @param entityId id of the entity, or null
   * @param type the entity's type, or null when unknown
   * @param role a role the article states for it, or null
   * @param start span of the source as written (the noun phrase or pronoun)
   */
  public record Source(String name, @Nullable String entityId, @Nullable EntityType type,
      @Nullable String role, int start, int end) {}

  private final ParsedText parsed;
  private final List<Entity> entities;
  private final List<Anchor> anchors = new ArrayList<>();
  private @Nullable List<QuoteMarks.Span> quoteSpans;

  /** A mention of an entity, with whether it was a grammatical subject. */
  private record Anchor(int begin, int end, Entity entity, boolean subject) {}

  public SourceResolver(ParsedText parsed, List<Entity> entities) {
    this.parsed = parsed;
    this.entities = entities;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        anchors.add(new Anchor(m.start(), m.end(), e, isSubject(m)));
      }
    }
    anchors.sort((a, b) -> Integer.compare(a.begin, b.begin));
  }

  /** Records that {@code entity} spoke at {@code offset}: a later "he" may refer to it. */
  public void noteSpeaker(Entity entity, int offset) {
    anchors.add(new Anchor(offset, offset, entity, true));
    anchors.sort((a, b) -> Integer.compare(a.begin, b.begin));
  }

  private boolean isSubject(Mention m) {
    Sentence s = parsed.sentenceAt(m.start());
    if (s == null || s.dependencies().isEmpty()) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.begin() >= m.start() && t.end() <= m.end()) {
        for (var d : s.dependencies()) {
          if (d.dependent() == t.index() && d.relation().startsWith("nsubj")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The source token of a reporting word {@code cue} in {@code g}, or -1: its subject, the object of
   * "quote/cite X as saying", the noun of "according to X", the agent of "reported by X".
   */
  public static int sourceToken(DependencyGraph g, int cue) {
    return sourceToken(g, cue, i -> false);
  }

  /** A dateline word ("SEOUL, June 20 -") opening the sentence, which the parser may take as the subject. */
  private static boolean dateline(DependencyGraph g, int token) {
    String w = g.token(token).word();
    return token == 0 && w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)
        && g.size() > 1 && g.token(1).word().equals(",");
  }

  /** The real subject the parser hung on a dateline subject: the first proper noun after the dash. */
  private static int afterDateline(DependencyGraph g, int dateline) {
    int dash = -1;
    for (int i = 1; i < Math.min(g.size(), 12); i++) {
      String w = g.token(i).word();
      if (w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014")) {
        dash = i;
        break;
      }
    }
    for (int c : g.children(dateline)) {
      if (c > dash && dash > 0 && g.token(c).pos().startsWith("NNP")) {
        return c;
      }
    }
    return dateline;
  }

  /** As {@link #sourceToken(DependencyGraph, int)}, never returning a token {@code excluded} rejects. */
  public static int sourceToken(DependencyGraph g, int cue, java.util.function.IntPredicate excluded) {
    int source = subjectToken(g, cue, excluded);
    return source >= 0 && dateline(g, source) ? afterDateline(g, source) : source;
  }

  private static int subjectToken(DependencyGraph g, int cue, java.util.function.IntPredicate excluded) {
    Token t = g.token(cue);
    if (t.lemma().equalsIgnoreCase("according") || t.word().equalsIgnoreCase("according")) {
      int h = g.head(cue);
      if (h >= 0) {
        return h;
      }
      if (cue + 2 < g.size()) {
        return cue + 2;
      }
      return -1;
    }
    for (int c : g.children(cue)) {
      if (g.baseRelation(c).equals("nsubj") && !excluded.test(c)) {
        return c;
      }
    }
    int agent = agent(g, cue);
    if (agent >= 0 && !excluded.test(agent)) {
      return agent;
    }
    // inverted attribution after a quote: '"...," said Caddell' parses Caddell as the object
    int inverted = g.child(cue, "obj", "dobj");
    if (inverted > cue && !excluded.test(inverted) && !t.lemma().equalsIgnoreCase("tell") && !t.lemma().equalsIgnoreCase("quote")
        && !t.lemma().equalsIgnoreCase("cite") && precededByQuoteMark(g, cue)) {
      return inverted;
    }
    // A participle ("adding", "saying") borrows from the verb it hangs on; "quoted X saying" is X.
    int k = cue;
    for (int hops = 0; hops < 4; hops++) {
      int h = g.head(k);
      if (h < 0) {
        return -1;
      }
      String lemma = g.token(h).lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("quote") || lemma.equals("cite")) {
        int obj = g.child(h, "obj", "dobj");
        if (obj >= 0) {
          return obj;
        }
      }
      if (g.token(h).pos().startsWith("NN") && g.head(h) >= 0 && g.baseRelation(h).equals("obj")) {
        String gov = g.token(g.head(h)).lemma().toLowerCase(Locale.ROOT);
        if (gov.equals("quote") || gov.equals("cite")) {
          return h;
        }
      }
      if (g.token(h).pos().startsWith("VB") && !reducedRelative(g, h)) {
        int s = g.child(h, "nsubj");
        if (s >= 0 && !excluded.test(s)) {
          return s;
        }
      }
      k = h;
    }
    return -1;
  }

  /**
   * A past participle with no auxiliary ("the dialogue held in Seoul"): a noun's modifier the parser
   * may read as a clause, whose "subject" is the noun it modifies and never a speaker.
   */
  private static boolean reducedRelative(DependencyGraph g, int verb) {
    return g.token(verb).pos().equals("VBN") && g.child(verb, "aux") < 0 && g.child(verb, "aux:pass") < 0
        && g.child(verb, "cop") < 0;
  }

  private static boolean precededByQuoteMark(DependencyGraph g, int cue) {
    for (int k = cue - 1; k >= 0 && cue - k <= 3; k--) {
      String w = g.token(k).word();
      if (w.equals("''") || w.equals("”") || w.equals("\"") || w.equals("’") || w.equals("»")) {
        return true;
      }
      if (!w.matches("[,.!?]")) {
        return false;
      }
    }
    return false;
  }

  private static int agent(DependencyGraph g, int verb) {
    for (int c : g.children(verb)) {
      if (g.baseRelation(c).equals("obl")) {
        for (int cc : g.children(c)) {
          if (g.relation(cc).equals("case") && g.token(cc).word().equalsIgnoreCase("by")) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** Resolves the noun phrase headed by {@code head} in sentence {@code g} to a source. */
  public Source resolve(DependencyGraph g, int head) {
    String text = parsed.text();
    Token h = g.token(head);
    int[] r = g.subtree(head, NP_SKIP);
    if (r[1] - r[0] > 12) {
      r[0] = Math.max(r[0], head - 4);
      r[1] = head;
    }
    while (r[0] < r[1] && g.token(r[0]).pos().matches("[,.:;]|``|''")) {
      r[0]++;
    }
    int start = g.token(r[0]).begin();
    int end = g.token(r[1]).end();
    String lower = h.word().toLowerCase(Locale.ROOT);
    if (lower.equals("they")) {
      Source plural = pluralAntecedent(g, head);
      // the span stays the pronoun as written; only the name and id come from the antecedent
      return plural != null
          ? new Source(plural.name(), plural.entityId(), plural.type(), plural.role(), h.begin(), h.end())
          : new Source(h.word(), null, null, null, h.begin(), h.end());
    }
    if (MALE_FEMALE.contains(lower) || NEUTER.contains(lower)) {
      Entity e = antecedent(h.begin(), MALE_FEMALE.contains(lower));
      if (e != null) {
        return new Source(e.name(), e.id(), e.type(), firstRole(e), h.begin(), h.end());
      }
      return new Source(h.word(), null, null, null, h.begin(), h.end());
    }
    Entity named = entityAt(h);
    if (named == null) {
      // "The head of the Foreign Ministry, Cho Tae-yong, said": the person named in apposition
      for (int c : g.children(head)) {
        Entity e = g.relation(c).equals("appos") ? entityAt(g.token(c)) : null;
        if (e != null && e.type() == EntityType.PERSON) {
          named = e;
          break;
        }
      }
    }
    if (named == null) {
      // the name may sit on another token of the phrase ("Russian President Vladimir Putin")
      for (int i = r[0]; i <= r[1] && named == null; i++) {
        Entity e = entityAt(g.token(i));
        if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
            && g.dominates(head, i) && (g.baseRelation(i).equals("compound")
                || g.baseRelation(i).equals("flat") || g.baseRelation(i).equals("appos"))) {
          named = e;
        }
      }
    }
    if (named != null) {
      return new Source(named.name(), named.id(), named.type(), firstRole(named), start, end);
    }
    String phrase = text.substring(start, end).replaceAll("\\s+", " ");
    if (ORG_NOUNS.contains(phrase.toLowerCase(Locale.ROOT))) {
      // "the newspaper wrote": the organisation last named as a subject or speaker
      Entity org = antecedent(h.begin(), false);
      if (org != null && org.type() == EntityType.ORGANIZATION) {
        return new Source(org.name(), org.id(), org.type(), firstRole(org), start, end);
      }
    }
    Entity byRole = byRole(phrase);
    if (byRole != null) {
      return new Source(byRole.name(), byRole.id(), byRole.type(), firstRole(byRole), start, end);
    }
    String roleNoun = h.pos().startsWith("NN") ? h.lemma().toLowerCase(Locale.ROOT) : "";
    if (SPOKESPEOPLE.contains(roleNoun)) {
      // "a spokesperson for the Defence Ministry": speaks for the organisation
      Entity org = organisationIn(g, head, r);
      if (org != null) {
        return new Source(org.name(), org.id(), org.type(), h.word(), start, end);
      }
      boolean bare = phrase.toLowerCase(Locale.ROOT).equals("the " + h.word().toLowerCase(Locale.ROOT));
      Entity earlier = bare ? spokespersonOrganisation(roleNoun, start) : null;
      if (earlier != null) {
        // "the spokesperson" again, with no named person holding the role
        return new Source(earlier.name(), earlier.id(), earlier.type(), h.word(), start, end);
      }
    }
    return new Source(phrase, null, h.ner().equals("PERSON") ? EntityType.PERSON : null, null, start, end);
  }

  /** True when {@code t} lies inside quotation marks: a subject there is the quote's, not ours. */
  private boolean quoted(Token t) {
    if (quoteSpans == null) {
      quoteSpans = QuoteMarks.find(parsed.text());
    }
    for (QuoteMarks.Span q : quoteSpans) {
      if (t.begin() >= q.begin() && t.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the spokesperson" when no named person holds the role: the organisation an earlier "spokesperson
   * for X" or "X spokesperson" spoke for, the nearest before {@code offset}; null when there is none.
   */
  private @Nullable Entity spokespersonOrganisation(String lemma, int offset) {
    Entity found = null;
    for (Sentence s : parsed.sentences()) {
      if (s.begin() >= offset) {
        break;
      }
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size() && t.get(i).end() <= offset; i++) {
        if (!t.get(i).lemma().equalsIgnoreCase(lemma)) {
          continue;
        }
        Entity e = null;
        if (i + 1 < t.size() && t.get(i + 1).word().matches("for|of")) {
          for (int k = i + 2; k < t.size() && k <= i + 4 && e == null; k++) {
            e = entityAt(t.get(k));
          }
        } else if (i > 0 && (i + 1 >= t.size() || !t.get(i + 1).ner().equals("PERSON"))) {
          e = entityAt(t.get(i - 1));
        }
        if (e != null && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY)) {
          found = e;
        }
      }
    }
    return found;
  }

  /** An organisation or country named inside the phrase {@code r} headed by {@code head}. */
  private @Nullable Entity organisationIn(DependencyGraph g, int head, int[] r) {
    for (int i = r[0]; i <= r[1]; i++) {
      if (i == head || !g.dominates(head, i)) {
        continue;
      }
      Entity e = entityAt(g.token(i));
      if (e != null && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY)) {
        return e;
      }
    }
    return null;
  }

  /**
   * What "they" refers to: the nearest subject before it, in its sentence or the two before, when
   * that subject is plural: a conjunction of names ("Putin and Kim"), a plural noun phrase
   * ("South Korean officials") or an organisation. A singular person or an unparsed sentence in
   * between leaves it unresolved.
   */
  private @Nullable Source pluralAntecedent(DependencyGraph g, int pronoun) {
    Sentence here = g.sentence();
    int limit = pronoun;
    for (int back = 0; back <= 2; back++) {
      int index = here.index() - back;
      if (index < 0) {
        return null;
      }
      Sentence s = parsed.sentences().get(index);
      if (s.dependencies().isEmpty()) {
        return null;
      }
      DependencyGraph sg = back == 0 ? g : new DependencyGraph(s);
      int subject = -1;
      for (int i = 0; i < (back == 0 ? limit : sg.size()); i++) {
        String rel = sg.relation(i);
        if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && !sg.token(i).pos().equals("EX")
            && !quoted(sg.token(i))) {
          subject = i;
        }
      }
      if (subject < 0) {
        continue;
      }
      return pluralSource(sg, subject);
    }
    return null;
  }

  private @Nullable Source pluralSource(DependencyGraph g, int subject) {
    Token t = g.token(subject);
    String word = t.word().toLowerCase(Locale.ROOT);
    if (word.equals("they")) {
      return pluralAntecedent(g, subject);
    }
    List<Integer> conjuncts = new ArrayList<>();
    for (int c : g.children(subject)) {
      if (g.relation(c).equals("conj")) {
        conjuncts.add(c);
      }
    }
    if (!conjuncts.isEmpty()) {
      List<String> names = new ArrayList<>();
      names.add(resolve(g, subject).name());
      for (int c : conjuncts) {
        names.add(resolve(g, c).name());
      }
      int[] r = g.subtree(subject, List.of("punct", "acl", "acl:relcl", "appos"));
      String joined = names.size() == 2 ? names.get(0) + " and " + names.get(1)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
      return new Source(joined, null, null, null, g.token(r[0]).begin(), g.token(r[1]).end());
    }
    Entity e = entityAt(t);
    if (e != null) {
      return e.type() == EntityType.ORGANIZATION ? new Source(e.name(), e.id(), e.type(), firstRole(e),
          t.begin(), t.end()) : null;
    }
    if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
      return resolve(g, subject);
    }
    return null;
  }

  private @Nullable Entity entityAt(Token t) {
    for (Anchor a : anchors) {
      if (a.begin <= t.begin() && t.end() <= a.end && a.end > a.begin) {
        return a.entity;
      }
      if (a.begin > t.end()) {
        break;
      }
    }
    return null;
  }

  /** The nearest preceding person (for he/she) or organisation/country (it/they) that was a subject. */
  private @Nullable Entity antecedent(int offset, boolean person) {
    Entity fallback = null;
    int sentenceLimit = offset - 1500;
    for (int i = anchors.size() - 1; i >= 0; i--) {
      Anchor a = anchors.get(i);
      if (a.begin >= offset) {
        continue;
      }
      if (a.begin < sentenceLimit) {
        break;
      }
      boolean compatible = person ? a.entity.type() == EntityType.PERSON
          : a.entity.type() == EntityType.ORGANIZATION || a.entity.type() == EntityType.COUNTRY;
      if (!compatible) {
        continue;
      }
      if (a.subject) {
        return a.entity;
      }
      if (fallback == null) {
        fallback = a.entity;
      }
    }
    return fallback;
  }

  /**
   * A role in a comparable form: lower case, straight apostrophes, no leading article, and "head of
   * X Ministry" read as "X Minister" (the minister is the head of the ministry).
   */
  static String normaliseRole(String role) {
    String r = role.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip()
        .replaceFirst("^(the|a|an) ", "");
    return r.replaceFirst("^head of (the )?(.+) ministry$", "$2 minister");
  }

  private @Nullable Entity byRole(String phrase) {
    String p = normaliseRole(phrase);
    if (p.split(" ").length < 2 && !ROLE_WORDS.contains(p)) {
      return null;
    }
    Entity found = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (String role : e.roles()) {
        String r = normaliseRole(role);
        if (r.length() > 3 && (p.endsWith(r) || r.endsWith(p))) {
          if (found != null && found != e) {
            return null;
          }
          found = e;
        }
      }
    }
    return found;
  }

  private static @Nullable String firstRole(Entity e) {
    return e.roles().isEmpty() ? null : e.roles().get(0);
  }
}
