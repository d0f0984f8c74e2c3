package org.sitrep.nlp.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Mention;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.entity.Gazetteer;
import org.sitrep.nlp.parse.Dependency;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Events (sign, meet, visit, send, warn, deny, ...) from the dependency parse, with canonical actors
 * and the event's own date. For each verb of a news action: the subjects (with their conjuncts,
 * through control, raising and passive agents) mapped to entities, whom it was done to or with
 * (recipient, counterpart, the party acted upon), the object phrase, the nearest dated time
 * expression of the sentence and a place from an "in/at" phrase ("to" only after verbs of
 * movement). A people or institution noun with a demonym stands for its state ("Chinese diplomats"). Negated and conditional verbs are not asserted events and are
 * skipped; "held talks" is the action "talk". Linear in the text; thread-safe.
 */
public final class EventExtractor {
  private static final Set<String> ACTIONS = Set.of(
      "sign", "meet", "visit", "send", "deliver", "supply", "launch", "fire", "warn", "agree",
      "talk", "pledge", "vow", "sanction", "deny", "condemn", "attack", "hold", "announce", "arrive",
      "travel", "discuss", "negotiate", "strike", "kill", "arrest", "accuse", "threaten", "deploy",
      "approve", "reject", "ratify", "promise", "criticize", "criticise", "impose", "lift",
      "invade", "bomb", "shoot", "seize", "release", "elect", "appoint", "resign", "host",
      "welcome", "receive", "export", "import", "provide", "urge", "demand",
      "expel", "summon", "protest", "ban", "veto", "adopt", "declare", "conduct", "establish",
      "withdraw", "transfer", "sell", "confirm", "invite", "intercept", "detonate");
  /** The English verbs (lemmas) that make an event; other language packs map their verbs onto these. */
  public static Set<String> actions() {
    return ACTIONS;
  }

  /** Verbs that carry no action of their own when their object names one ("held talks"). */
  private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "stage", "make", "pay", "carry");
  private static final Map<String, String> LIGHT_NOUNS = Map.ofEntries(
      Map.entry("talk", "talk"), Map.entry("talks", "talk"), Map.entry("meeting", "meet"),
      Map.entry("meetings", "meet"), Map.entry("summit", "summit"), Map.entry("negotiations", "negotiate"),
      Map.entry("discussions", "discuss"), Map.entry("discussion", "discuss"), Map.entry("visit", "visit"),
      Map.entry("drills", "drill"), Map.entry("drill", "drill"), Map.entry("exercises", "exercise"),
      Map.entry("exercise", "exercise"), Map.entry("test", "test"), Map.entry("tests", "test"),
      Map.entry("strike", "strike"), Map.entry("strikes", "strike"), Map.entry("attack", "attack"),
      Map.entry("attacks", "attack"), Map.entry("call", "call"), Map.entry("trip", "visit"),
      Map.entry("pledge", "pledge"), Map.entry("announcement", "announce"));
  /** Actions whose counterpart comes with "with" ("met with Kim", "held talks with Putin"). */
  private static final Set<String> COUNTERPART_ACTIONS = Set.of(
      "meet", "talk", "agree", "negotiate", "discuss", "summit", "sign", "drill", "exercise");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
  private static final Set<String> HYPOTHETICAL_MARKERS = Set.of("if", "unless", "whether");
  private static final Set<String> HEDGING_MODALS = Set.of("would", "could", "might", "may", "should", "must");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside");
  /** Actions whose "to" phrase is where the actor went, not whom something went to. */
  private static final Set<String> MOVEMENT_ACTIONS = Set.of("travel", "arrive", "deploy", "visit", "withdraw", "return");
  /** Actions whose "to" phrase names the recipient ("sent troops to Russia"). */
  private static final Set<String> TRANSFER_ACTIONS = Set.of(
      "send", "deliver", "supply", "provide", "export", "transfer", "sell", "pledge", "promise", "offer");
  /** Actions whose direct object, when it names a person or a state, is the one acted upon. */
  private static final Set<String> INTERPERSONAL_ACTIONS = Set.of(
      "meet", "warn", "sanction", "accuse", "urge", "criticize", "criticise", "condemn", "welcome",
      "receive", "summon", "expel", "invite", "attack", "threaten", "host", "invade", "bomb", "strike",
      "arrest", "kill", "release", "appoint", "elect", "visit", "support", "recognize", "recognise",
      "blame", "thank", "call", "intercept");
  /** Actions whose "on" or "against" phrase names who bears them ("imposed sanctions on Russia"). */
  private static final Set<String> IMPOSING_ACTIONS = Set.of(
      "impose", "lift", "sanction", "strike", "attack", "launch", "fire", "declare", "protest");
  /**
   * Nouns for people or institutions that act for a state: "Chinese diplomats met ..." is an action
   * of China, "the Russian ambassador" stands for Russia.
   */
  private static final Set<String> STATE_AGENTS = Set.of(
      "official", "officials", "diplomat", "diplomats", "troops", "soldiers", "forces", "force",
      "military", "militaries", "government", "authorities", "delegation", "delegates", "lawmakers",
      "legislators", "negotiators", "envoy", "envoys", "ambassador", "ambassadors", "embassy",
      "ministry", "regime", "administration", "counterpart", "counterparts", "side", "navy", "army",
      "leadership", "banks", "companies", "firms", "entities", "individuals", "warships", "jets",
      "units", "personnel", "agents", "spies", "hackers", "nationals", "workers", "media",
      // what belongs to a state stands for it as a target ("fired at Ukrainian cities")
      "city", "cities", "towns", "villages", "territory", "infrastructure", "ports", "bases", "positions",
      "shipping", "vessels", "ships", "missiles", "drones", "rockets", "shells", "weapons");
  /** Weapons that stand for the state that fired them when a passive verb names no agent. */
  private static final Set<String> WEAPONS = Set.of(
      "missile", "missiles", "drone", "drones", "rocket", "rockets", "shell", "shells", "artillery", "weapons",
      "warships", "jets", "bombers", "troops", "forces");
  private static final Gazetteer GAZETTEER = Gazetteer.standard();
  private static final Set<String> PLACE_NER = Set.of(
      "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  private static final int MAX_OBJECT_TOKENS = 12;

  /** Verb lemmas that can name an event by themselves. */
  public static Set<String> actionLemmas() {
    return ACTIONS;
  }

  /** Verb lemmas that name an event only through their object noun ("held talks"). */
  public static Set<String> lightVerbLemmas() {
    return LIGHT_VERBS;
  }

  /** Object nouns that turn a light verb into an event, lower-cased. */
  public static Set<String> lightNouns() {
    return LIGHT_NOUNS.keySet();
  }

  /** Events in text order. */
  public List<Event> extract(ParsedText parsed, List<Entity> entities, List<TimeExpression> times) {
    MentionIndex index = new MentionIndex(entities);
    List<Event> out = new ArrayList<>();
    int timeCursor = 0;
    for (Sentence s : parsed.sentences()) {
      if (s.dependencies().isEmpty()) {
        continue;
      }
      while (timeCursor < times.size() && times.get(timeCursor).end() <= s.begin()) {
        timeCursor++;
      }
      List<TimeExpression> sentenceTimes = new ArrayList<>();
      for (int t = timeCursor; t < times.size() && times.get(t).start() < s.end(); t++) {
        sentenceTimes.add(times.get(t));
      }
      Tree tree = new Tree(s);
      for (Token verb : s.tokens()) {
        if (!verb.pos().startsWith("VB")) {
          continue;
        }
        Event e = event(parsed.text(), s, tree, verb, index, sentenceTimes);
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static @Nullable Event event(String text, Sentence s, Tree tree, Token verb, MentionIndex index,
      List<TimeExpression> times) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    List<Dependency> children = tree.children(verb.index());
    int objectToken = first(children, "obj", "dobj");
    String action = null;
    if (LIGHT_VERBS.contains(lemma) && objectToken >= 0) {
      action = LIGHT_NOUNS.get(s.tokens().get(objectToken).word().toLowerCase(Locale.ROOT));
      if (action != null) {
        objectToken = -1;
      }
    }
    if (action == null) {
      if (!ACTIONS.contains(lemma) || lemma.equals("hold") && objectToken < 0) {
        return null;
      }
      action = lemma;
    }
    Dependency head = tree.head(verb.index());
    if (head != null && (head.relation().equals("amod") || head.relation().startsWith("compound")
        || head.relation().equals("obj") || head.relation().equals("dep"))) {
      // Adjectival use ("supplying weapons" as a modifier) or a broken parse: not an event.
      return null;
    }
    int v = verb.index();
    for (int hops = 0; v >= 0 && hops < 5; hops++) {
      if (!asserted(s, tree, v)) {
        return null;
      }
      Dependency h = tree.head(v);
      v = h == null ? -1 : h.governor();
    }
    List<String> actors = actors(s, tree, verb.index(), index);
    int lightNoun = action.equals(lemma) ? -1 : first(children, "obj", "dobj");
    String object = null;
    if (objectToken < 0 && actors.isEmpty() || objectToken < 0 && first(children, "nsubj:pass") >= 0) {
      objectToken = first(children, "nsubj:pass");
    }
    if (objectToken >= 0 && s.tokens().get(objectToken).pos().startsWith("VB")) {
      objectToken = -1;
    }
    if (objectToken >= 0) {
      object = phrase(text, s, tree, objectToken, index);
    } else if (COUNTERPART_ACTIONS.contains(action)) {
      int with = oblique(s, tree, verb.index(), Set.of("with"));
      if (with < 0 && lightNoun >= 0) {
        with = oblique(s, tree, lightNoun, Set.of("with"));
      }
      if (with >= 0) {
        object = phrase(text, s, tree, with, index);
      }
    }
    if (actors.isEmpty() && object == null) {
      // An imperative or a fragment: nobody does anything to anything we can name.
      return null;
    }
    String place = place(s, tree, verb.index(), action, index);
    if (place == null && lightNoun >= 0) {
      place = place(s, tree, lightNoun, action, index);
    }
    if (place == null && objectToken >= 0) {
      place = place(s, tree, objectToken, action, index);
    }
    if (place == null && COUNTERPART_ACTIONS.contains(action)) {
      // "met with their counterparts in Seoul": the parser hangs the place on the counterpart.
      int with = related(s, tree, verb.index(), lightNoun, objectToken, Set.of("with"));
      if (with >= 0) {
        place = place(s, tree, with, action, index);
      }
    }
    List<String> targets = targets(s, tree, verb.index(), action, lightNoun, objectToken, index, actors);
    String date = date(verb, times);
    return new Event(action, actors, targets, object, date, place, text.substring(s.begin(), s.end()),
        s.begin(), s.end());
  }

  /** False for negated verbs ("did not rule out"), conditionals ("if ... attacks") and hedged modals. */
  private static boolean asserted(Sentence s, Tree tree, int verb) {
    for (Dependency d : tree.children(verb)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("neg") || (d.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never")))) {
        return false;
      }
      if (d.relation().equals("mark") && (HYPOTHETICAL_MARKERS.contains(w)
          || w.equals("in") && d.dependent() + 1 < s.tokens().size()
              && s.tokens().get(d.dependent() + 1).word().equalsIgnoreCase("case"))) {
        return false;
      }
      if (d.relation().equals("aux") && HEDGING_MODALS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> actors(Sentence s, Tree tree, int verb, MentionIndex index) {
    int subject = first(tree.children(verb), "nsubj");
    int v = verb;
    // "agreed to sign", "met and signed", "is said to be providing": the subject sits on the
    // governing verb; "urged Russia to withdraw": the governor's object acts; "Putin's decision to
    // sign": the possessor of the noun the verb completes.
    for (int hops = 0; subject < 0 && hops < 3; hops++) {
      Dependency head = tree.head(v);
      if (head == null || head.governor() < 0) {
        break;
      }
      String relation = head.relation();
      if (relation.equals("acl")) {
        int noun = head.governor();
        subject = first(tree.children(noun), "nmod:poss");
        Dependency nounHead = tree.head(noun);
        if (subject < 0 && nounHead != null && nounHead.governor() >= 0
            && (nounHead.relation().equals("obj") || nounHead.relation().equals("dobj"))) {
          // "DPRK is planning a grand ceremony to welcome Putin": who plans the ceremony welcomes
          subject = first(tree.children(nounHead.governor()), "nsubj");
        }
        break;
      }
      if (!relation.equals("xcomp") && !relation.equals("conj")) {
        break;
      }
      v = head.governor();
      if (relation.equals("xcomp")) {
        int object = first(tree.children(v), "obj");
        if (object >= 0 && object < verb) {
          int possessor = first(tree.children(object), "nmod:poss");
          if (possessor >= 0) {
            subject = possessor;
            break;
          }
          if (party(s, tree, object, index) != null) {
            // object control only when the object can act; "planning a ceremony to welcome" is
            // the planner's
            subject = object;
            break;
          }
        }
        subject = first(tree.children(v), "nsubj", "nsubj:pass");
      } else {
        subject = first(tree.children(v), "nsubj");
      }
    }
    if (subject < 0) {
      subject = agent(s, tree, verb);
    }
    if (subject < 0) {
      // "North Korean missiles had been fired at Ukrainian cities": the weapons' state fired them.
      int patient = first(tree.children(verb), "nsubj:pass");
      if (patient >= 0 && WEAPONS.contains(s.tokens().get(patient).word().toLowerCase(Locale.ROOT))) {
        String state = party(s, tree, patient, index);
        return state == null ? List.of() : List.of(state);
      }
      return List.of();
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    List<Integer> heads = withConjuncts(tree, subject);
    for (int h : heads) {
      Token t = s.tokens().get(h);
      if (t.word().length() > 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && heads.size() > 1) {
        // A dateline ("SEOUL, June 21 -") that the parser joined to the subject.
        continue;
      }
      String name = party(s, tree, h, index);
      if (name != null) {
        names.add(name);
      } else if (PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        // "he met officials": the person named last before the pronoun.
        Entity person = index.personBefore(t.begin());
        if (person != null) {
          names.add(person.name());
        }
      }
    }
    return List.copyOf(names);
  }

  /** The agent of a passive verb ("was agreed upon by Yoon and Li"), or -1. */
  private static int agent(Sentence s, Tree tree, int verb) {
    int agent = first(tree.children(verb), "obl:agent", "nmod:agent");
    if (agent >= 0) {
      return agent;
    }
    if (first(tree.children(verb), "aux:pass", "nsubj:pass") < 0) {
      return -1;
    }
    return oblique(s, tree, verb, Set.of("by"));
  }

  private static List<Integer> withConjuncts(Tree tree, int head) {
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    for (Dependency d : tree.children(head)) {
      if (d.relation().equals("conj")) {
        heads.add(d.dependent());
      }
    }
    return heads;
  }

  /**
   * The actor a noun phrase names: an entity, a proper noun, or a state through a people or
   * institution noun with its demonym ("Chinese diplomats", "the Russian ambassador"); else null.
   */
  private static @Nullable String party(Sentence s, Tree tree, int head, MentionIndex index) {
    Token t = s.tokens().get(head);
    String name = entityOf(s, tree, head, index);
    if (name != null) {
      return name;
    }
    if (t.pos().startsWith("NNP")) {
      return compound(s, tree, head);
    }
    if (!STATE_AGENTS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (Dependency d : tree.children(head)) {
      // "his Japanese counterpart Yoko Kamikawa": the person named beside the role comes first.
      if (d.relation().equals("dep") && d.dependent() > head) {
        Entity named = index.at(s.tokens().get(d.dependent()));
        if (named != null && named.type() == EntityType.PERSON) {
          return named.name();
        }
      }
    }
    for (Dependency d : tree.children(head)) {
      if (!d.relation().equals("amod") && !d.relation().startsWith("compound")) {
        continue;
      }
      int b = d.dependent();
      for (Dependency m : tree.children(d.dependent())) {
        if ((m.relation().equals("amod") || m.relation().startsWith("compound")) && m.dependent() < b) {
          b = m.dependent();
        }
      }
      // "South Korean" is one demonym; try the widest form first.
      for (int from = b; from <= d.dependent(); from++) {
        StringBuilder surface = new StringBuilder();
        for (int i = from; i <= d.dependent(); i++) {
          surface.append(i > from ? " " : "").append(s.tokens().get(i).word());
        }
        Gazetteer.Entry entry = GAZETTEER.lookup(surface.toString());
        if (entry != null && entry.demonym()) {
          return entry.canonical();
        }
      }
    }
    return null;
  }

  /**
   * Whom the action was done to or with: the indirect object, a person or state as the direct object
   * of an interpersonal action, the "with" counterpart, the "to" recipient of a transfer, the "on" or
   * "against" party of a sanction or strike. The actors themselves are never their own targets.
   */
  private static List<String> targets(Sentence s, Tree tree, int verb, String action, int lightNoun,
      int objectToken, MentionIndex index, List<String> actors) {
    List<Integer> heads = new ArrayList<>();
    int iobj = first(tree.children(verb), "iobj");
    if (iobj >= 0) {
      heads.addAll(withConjuncts(tree, iobj));
    }
    if (objectToken >= 0 && INTERPERSONAL_ACTIONS.contains(action)) {
      heads.addAll(withConjuncts(tree, objectToken));
    }
    if (COUNTERPART_ACTIONS.contains(action)) {
      heads.addAll(withConjuncts(tree, related(s, tree, verb, lightNoun, objectToken, Set.of("with"))));
    }
    if (TRANSFER_ACTIONS.contains(action)) {
      heads.addAll(withConjuncts(tree, related(s, tree, verb, lightNoun, objectToken, Set.of("to"))));
    }
    if (IMPOSING_ACTIONS.contains(action)) {
      heads.addAll(withConjuncts(tree, related(s, tree, verb, lightNoun, objectToken, Set.of("on", "against", "at"))));
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (int h : heads) {
      if (h < 0) {
        continue;
      }
      String name = party(s, tree, h, index);
      if (name != null && !actors.contains(name)) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  /**
   * The phrase introduced by one of the prepositions on the verb, else on its light noun ("held
   * talks with"), else on its object (the parser often hangs "to North Korea" on "supplies"); or -1.
   */
  private static int related(Sentence s, Tree tree, int verb, int lightNoun, int objectToken, Set<String> prepositions) {
    int found = oblique(s, tree, verb, prepositions);
    if (found < 0 && lightNoun >= 0) {
      found = oblique(s, tree, lightNoun, prepositions);
    }
    if (found < 0 && objectToken >= 0) {
      found = oblique(s, tree, objectToken, prepositions);
    }
    if (found < 0 && objectToken >= 0) {
      // "6,700 containers of weapons and ammunition to Russia": deeper inside the object phrase
      found = obliqueBelow(s, tree, objectToken, prepositions, 3);
    }
    return found;
  }

  /** The first phrase with one of the prepositions in the subtree of {@code head}, up to {@code depth} levels down. */
  private static int obliqueBelow(Sentence s, Tree tree, int head, Set<String> prepositions, int depth) {
    if (depth == 0) {
      return -1;
    }
    for (Dependency d : tree.children(head)) {
      String r = d.relation();
      if (!r.startsWith("nmod") && !r.equals("conj")) {
        continue;
      }
      int found = oblique(s, tree, d.dependent(), prepositions);
      if (found < 0) {
        found = obliqueBelow(s, tree, d.dependent(), prepositions, depth - 1);
      }
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  /** The entity named by a token or its compound/flat modifiers ("President Putin"), or null. */
  private static @Nullable String entityOf(Sentence s, Tree tree, int token, MentionIndex index) {
    Entity e = index.at(s.tokens().get(token));
    if (e != null) {
      return e.name();
    }
    for (Dependency d : tree.children(token)) {
      if (d.relation().startsWith("compound") || d.relation().startsWith("flat") || d.relation().equals("appos")) {
        e = index.at(s.tokens().get(d.dependent()));
        if (e != null) {
          return e.name();
        }
      }
    }
    return null;
  }

  private static String compound(Sentence s, Tree tree, int head) {
    int b = head;
    for (Dependency d : tree.children(head)) {
      if ((d.relation().startsWith("compound") || d.relation().startsWith("flat")) && d.dependent() < b) {
        b = d.dependent();
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = b; i <= head; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.tokens().get(i).word());
    }
    return sb.toString();
  }

  /** The object: the entity it names, else its phrase (the subtree, cut at a clause or 12 tokens). */
  private static String phrase(String text, Sentence s, Tree tree, int head, MentionIndex index) {
    Token h = s.tokens().get(head);
    Entity e = index.at(h);
    if (e != null && !h.pos().equals("NNS")) {
      return e.name();
    }
    int b = head;
    int end = head;
    int[] range = {head, head};
    tree.span(head, range, Set.of("acl:relcl", "acl", "punct", "parataxis", "appos", "nmod", "advcl", "dep", "ccomp"));
    b = range[0];
    end = range[1];
    if (end - b + 1 > MAX_OBJECT_TOKENS) {
      b = head;
      end = head;
      for (Dependency d : tree.children(head)) {
        String r = d.relation();
        if ((r.equals("det") || r.equals("amod") || r.startsWith("compound") || r.equals("nummod")
            || r.startsWith("nmod:poss")) && d.dependent() < b) {
          b = d.dependent();
        }
      }
    }
    while (b < end && s.tokens().get(b).pos().equals("DT")
        && Set.of("the", "a", "an").contains(s.tokens().get(b).word().toLowerCase(Locale.ROOT))) {
      b++;
    }
    return text.substring(s.tokens().get(b).begin(), s.tokens().get(end).end());
  }

  private static int oblique(Sentence s, Tree tree, int verb, Set<String> prepositions) {
    for (Dependency d : tree.children(verb)) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        for (Dependency c : tree.children(d.dependent())) {
          if (c.relation().equals("case")
              && prepositions.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT))) {
            return d.dependent();
          }
        }
      }
    }
    return -1;
  }

  private static @Nullable String place(Sentence s, Tree tree, int verb, String action, MentionIndex index) {
    List<Integer> candidates = new ArrayList<>();
    for (Dependency d : tree.children(verb)) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        candidates.add(d.dependent());
      }
      if (d.relation().equals("obj")) {
        // "visited Pyongyang": the object is the place.
        Token o = s.tokens().get(d.dependent());
        Entity e = index.at(o);
        if (e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)
            || PLACE_NER.contains(o.ner())) {
          String lemma = s.tokens().get(verb).lemma();
          if (lemma.equals("visit") || lemma.equals("attack") || lemma.equals("invade") || lemma.equals("bomb")) {
            return e != null ? e.name() : compound(s, tree, d.dependent());
          }
        }
      }
    }
    for (int c : candidates) {
      boolean prep = false;
      for (Dependency d : tree.children(c)) {
        String preposition = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("case") && (PLACE_PREPOSITIONS.contains(preposition)
            || preposition.equals("to") && MOVEMENT_ACTIONS.contains(action))) {
          prep = true;
        }
      }
      if (!prep) {
        continue;
      }
      Token t = s.tokens().get(c);
      Entity e = index.at(t);
      if (e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY)) {
        return e.name();
      }
      if (e == null && PLACE_NER.contains(t.ner())) {
        return compound(s, tree, c);
      }
    }
    return null;
  }

  /** The dated time expression of the sentence nearest to the verb, or null when it has none. */
  private static @Nullable String date(Token verb, List<TimeExpression> times) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : times) {
      String v = t.value();
      if (v.isEmpty() || v.startsWith("P") || v.endsWith("_REF") || !Character.isDigit(v.charAt(0)) && !v.startsWith("XXXX-")) {
        continue;
      }
      int distance = t.start() >= verb.end() ? t.start() - verb.end() : verb.begin() - t.end();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = t;
      }
    }
    return best == null ? null : best.value();
  }

  private static int first(List<Dependency> deps, String... relations) {
    for (Dependency d : deps) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** Children and heads of one sentence's tokens, built once (the sentence's own lookups are linear). */
  private static final class Tree {
    private final List<List<Dependency>> children;
    private final @Nullable Dependency[] heads;

    Tree(Sentence s) {
      int n = s.tokens().size();
      children = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        children.add(new ArrayList<>(2));
      }
      heads = new Dependency[n];
      for (Dependency d : s.dependencies()) {
        if (d.dependent() >= 0 && d.dependent() < n) {
          heads[d.dependent()] = d;
        }
        if (d.governor() >= 0 && d.governor() < n) {
          children.get(d.governor()).add(d);
        }
      }
    }

    List<Dependency> children(int token) {
      return token >= 0 && token < children.size() ? children.get(token) : List.of();
    }

    @Nullable Dependency head(int token) {
      return heads[token];
    }

    /** Widens {@code range} to the subtree of {@code token}, not entering the excluded relations. */
    void span(int token, int[] range, Set<String> excluded) {
      range[0] = Math.min(range[0], token);
      range[1] = Math.max(range[1], token);
      for (Dependency d : children(token)) {
        if (!excluded.contains(d.relation())) {
          span(d.dependent(), range, excluded);
        }
      }
    }
  }

  /** Entity mentions sorted by start, for looking up the entity a token belongs to. */
  private static final class MentionIndex {
    private final int[] starts;
    private final int[] ends;
    private final Entity[] owners;

    MentionIndex(List<Entity> entities) {
      record Owned(Mention m, Entity e) {}
      List<Owned> all = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          all.add(new Owned(m, e));
        }
      }
      all.sort(Comparator.comparingInt((Owned o) -> o.m().start()));
      starts = new int[all.size()];
      ends = new int[all.size()];
      owners = new Entity[all.size()];
      for (int i = 0; i < all.size(); i++) {
        starts[i] = all.get(i).m().start();
        ends[i] = all.get(i).m().end();
        owners[i] = all.get(i).e();
      }
    }

    /** The person whose mention ends last before {@code offset} (looking back over a few mentions). */
    @Nullable Entity personBefore(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      i = i < 0 ? -i - 2 : i - 1;
      for (int k = i; k >= 0 && k > i - 20; k--) {
        if (ends[k] <= offset && owners[k].type() == EntityType.PERSON) {
          return owners[k];
        }
      }
      return null;
    }

    @Nullable Entity at(Token t) {
      int i = Arrays.binarySearch(starts, t.begin());
      if (i < 0) {
        i = -i - 2;
      } else {
        while (i + 1 < starts.length && starts[i + 1] == t.begin()) {
          i++;
        }
      }
      // Mentions may nest or repeat a start: look back over the few that could still cover t.
      for (int k = i; k >= 0 && k > i - 4; k--) {
        if (starts[k] <= t.begin() && ends[k] >= t.end()) {
          return owners[k];
        }
      }
      return null;
    }
  }
}
