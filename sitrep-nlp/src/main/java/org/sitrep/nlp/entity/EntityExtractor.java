package org.sitrep.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.Entity;
import org.sitrep.core.model.EntityType;
import org.sitrep.core.model.Mention;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Entities of one article, one per real-world referent, canonical names, aliases and every mention.
 * Starts from CoreNLP's NER tags, then: the {@link Gazetteer} overrides types and names (DPRK is a
 * country, not an organisation; demonyms are not entities), people are grouped by normalised full
 * name and a lone surname joins a person only when exactly one full name in the article (or, when
 * several people share it, in its paragraph) has it,
 * organisations are grouped by name, acronym and last word. Every sentence counts, verbless lines,
 * datelines and result lists too (the text is already clean of page furniture), and the headline,
 * parsed apart, gives {@link Entity#titleMentions()}. A lone name no full name resolves, or that
 * several people share, is a person of its own, never dropped. Tagger runs are repaired before
 * that: capitalised function words at a clause start ("Given NATO") and
 * function words at the end are cut off, a run stops at a possessive ("Fox News' Megyn Kelly") or
 * splits at a title before a name ("Supreme Court Justice Frank Nervo"), title words ("Secretary of
 * State") and affiliations ("Republican") are not entities, "the South" is the article's South ...
 * country, and inconsistent types are merged (the "Trump" campaign is Donald Trump; "White House"
 * as place and as organisation is one entity). Thread-safe.
 */
public final class EntityExtractor {
  private static final Set<String> NOISE = Set.of("please", "comments", "comment", "share", "read",
      "more", "home", "menu", "search", "subscribe", "login", "advertisement", "weekly", "best",
      "latest", "top", "news", "follow", "related", "sign", "click", "reply", "like", "tags",
      "copyright", "email", "print", "views", "source", "photo", "video");
  /** Heads of official titles ("Defence Secretary", "Secretary of State"). */
  private static final Set<String> TITLE_NOUNS = Set.of("secretary", "minister", "spokesman",
      "spokeswoman", "spokesperson", "undersecretary", "commissioner", "adviser", "advisor",
      "chief", "envoy", "ambassador");
  /**
   * Lower-case nouns that name what a person is, so they may stand right before a name as a role
   * ("North Korean leader Kim Jong-un"); any other lower-case noun there is not a role ("the treaty
   * Vladimir Putin signed").
   */
  private static final Set<String> PERSON_NOUNS = Set.of(
      "leader", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "secretary",
      "adviser", "advisor", "chairman", "chairwoman", "chair", "director", "chief", "head",
      "commander", "general", "governor", "mayor", "senator", "ambassador", "envoy", "official",
      "analyst", "researcher", "professor", "expert", "lawmaker", "legislator", "representative",
      "candidate", "nominee", "premier", "chancellor", "king", "queen", "prince", "princess",
      "dictator", "diplomat", "negotiator", "correspondent", "reporter", "editor", "columnist",
      "author", "economist", "strategist", "manager", "founder", "executive", "officer", "coach",
      "judge", "prosecutor", "lawyer", "attorney", "counsel", "aide", "deputy", "colleague",
      "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "activist",
      "campaigner", "scholar", "scientist", "commentator", "host", "anchor", "pollster",
      "consultant", "operative", "donor", "sheriff", "counselor", "counsellor", "congressman",
      "congresswoman", "speaker", "whip", "justice", "owner", "boss", "ceo", "chairperson",
      "fellow", "dean", "student", "veteran", "admiral", "colonel", "captain", "lieutenant",
      "sergeant", "soldier", "marshal", "monarch", "emperor", "pope", "cardinal", "bishop",
      "pastor", "rabbi", "imam", "mp", "delegate", "incumbent", "challenger", "rival", "opponent",
      "ally", "partner", "member", "supporter", "critic", "spokesmen", "leaders", "officials",
      "counterpart", "successor", "predecessor", "spouse", "friend", "businessman", "businesswoman",
      "billionaire", "tycoon", "mogul", "entrepreneur", "investor", "physician", "doctor", "nurse",
      "teacher", "priest", "lawmakers", "chef", "star", "actress", "actor", "singer", "writer");
  /** Party, faith and group words the tagger marks as names; affiliations, not entities. */
  private static final Set<String> GROUP_WORDS = Set.of("Republican", "Republicans", "Democrat",
      "Democrats", "Democratic", "Muslim", "Muslims", "Christian", "Christians", "Jew", "Jews",
      "Catholic", "Catholics", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Hindu", "Hindus",
      "Buddhist", "Buddhists", "Evangelical", "Evangelicals", "Conservative", "Conservatives",
      "Liberal", "Liberals", "Libertarian", "Libertarians", "Independent", "Independents");
  /** Words that end organisation names ("Workers' Party", "Children's Hospital"). */
  private static final Set<String> ORG_HEADS = Set.of("Party", "Committee", "Union", "Association",
      "League", "Council", "Army", "Front", "Movement", "Congress", "Institute", "University",
      "College", "School", "Bank", "Fund", "Foundation", "Agency", "Ministry", "Department",
      "Office", "Service", "Group", "Organization", "Organisation", "Company", "Corporation", "Club",
      "Society", "Church", "Court", "Assembly", "Commission", "Daily", "News", "Times", "Post",
      "Hospital", "Center", "Centre", "Museum", "Network", "Alliance", "Federation", "Guard");
  private static final Set<String> COMPASS = Set.of("North", "South");
  private static final Set<String> ORG_FILLER = Set.of("of", "the", "and", "for", "on", "in", "&");

  private final Gazetteer gazetteer;

  public EntityExtractor() {
    this(Gazetteer.standard());
  }

  public EntityExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A name the tagger found that is no mention: where it was and why.
   *
   * @param inTitle true when {@code start} and {@code end} index the headline, not the text
   * @param tag the tagger's coarse tag (PERSON, ORGANIZATION, LOCATION, MISC)
   */
  public record DroppedName(boolean inTitle, int start, int end, String tag, DropReason reason) {}

  /** Entities with the tagger's names that were set aside, for measuring what the extractor drops. */
  public record Trace(List<Entity> entities, List<DroppedName> dropped) {
    public Trace {
      entities = List.copyOf(entities);
      dropped = List.copyOf(dropped);
    }
  }

  /** Entities found in {@code parsed}, in order of first mention; nothing from boilerplate. */
  public List<Entity> extract(ParsedText parsed) {
    return trace(parsed, null).entities();
  }

  /**
   * Entities of an article's text and headline: a name in the headline joins the entity of the
   * text it names and is listed in {@link Entity#titleMentions()} (offsets into the headline); a
   * name only the headline has is an entity with no text mentions. {@code title} is the headline
   * parsed apart from the text, or null.
   */
  public List<Entity> extract(ParsedText parsed, @Nullable ParsedText title) {
    return trace(parsed, title).entities();
  }

  /** {@link #extract(ParsedText, ParsedText)} with every tagger's name it set aside and why. */
  public Trace trace(ParsedText parsed, @Nullable ParsedText title) {
    List<DroppedName> drops = new ArrayList<>();
    Set<String> personWords = personWords(parsed);
    List<Span> spans = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      spans.addAll(sentenceSpans(parsed.text(), s, false, parsed.text(), personWords, drops));
    }
    spans = compassCountries(parsed, spans);
    spans = surnames(parsed, spans);
    Texts texts = new Texts(parsed.text(), title == null ? "" : title.text());
    if (title != null) {
      spans.addAll(headlineSpans(texts, spans, title, personWords, drops));
    }
    List<Cluster> clusters = cluster(texts, spans);
    for (Cluster c : clusters) {
      if (c.type == EntityType.PERSON) {
        for (Span sp : c.spans) {
          if (!sp.inTitle) {
            addRoles(parsed, sp, c.roles);
          }
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    Map<String, Integer> idUse = new HashMap<>();
    for (Cluster c : clusters) {
      c.spans.sort(Comparator.comparingInt(Span::begin));
      String name = c.canonical();
      String id = c.type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
      int n = idUse.merge(id, 1, Integer::sum);
      if (n > 1) {
        id = id + "-" + n;
      }
      Set<String> aliases = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      List<Mention> titleMentions = new ArrayList<>();
      for (Span sp : c.spans) {
        String surface = texts.surface(sp);
        (sp.inTitle ? titleMentions : mentions).add(new Mention(surface, sp.begin, sp.end));
        String alias = surface.replaceAll("\\s+", " ");
        if (!alias.equals(name)) {
          aliases.add(alias);
        }
      }
      out.add(new Entity(id, name, c.type, List.copyOf(aliases), mentions, List.copyOf(c.roles), titleMentions));
    }
    // text order first; entities only the headline names come last, in headline order
    out.sort(Comparator.comparingInt((Entity e) -> e.mentions().isEmpty() ? 1 : 0)
        .thenComparingInt(e -> e.mentions().isEmpty() ? e.titleMentions().get(0).start() : e.mentions().get(0).start()));
    return new Trace(out, drops);
  }

  /** Words of the people the tagger names with two or more words ("Donald", "Trump"). */
  private static Set<String> personWords(ParsedText parsed) {
    Set<String> out = new HashSet<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        boolean person = t.get(i).ner().equals("PERSON");
        boolean run = i > 0 && t.get(i - 1).ner().equals("PERSON") || i + 1 < t.size() && t.get(i + 1).ner().equals("PERSON");
        if (person && run) {
          out.add(t.get(i).word());
        }
      }
    }
    return out;
  }

  /** The article's text and headline, which spans index. */
  private record Texts(String text, String title) {
    String surface(Span sp) {
      return (sp.inTitle ? title : text).substring(sp.begin, sp.end);
    }
  }

  /**
   * Names in the headline. Headlines capitalise every word, so the tagger marks common words as
   * names there ("Putin Strengthens Bonds"): a headline name stands when the text names the same
   * entity, when the gazetteer knows it, or when none of its words is a common word of the text;
   * a run holding common words keeps the parts the text names ("Ted Cruz With George Wallace").
   */
  private List<Span> headlineSpans(Texts texts, List<Span> textSpans, ParsedText title,
      Set<String> personWords, List<DroppedName> drops) {
    Set<String> known = new HashSet<>();
    for (Span sp : textSpans) {
      String key = nameKey(texts.surface(sp));
      known.add(key);
      for (String part : key.split(" ")) {
        known.add(part);
      }
      if (sp.canonical != null) {
        known.add(nameKey(sp.canonical));
      }
    }
    List<Span> out = new ArrayList<>();
    for (Sentence s : title.sentences()) {
      for (Span sp : sentenceSpans(title.text(), s, true, texts.text(), personWords, drops)) {
        if (sp.canonical != null || known.contains(nameKey(texts.surface(sp)))) {
          out.add(sp);
          continue;
        }
        List<Token> t = s.tokens();
        boolean[] common = new boolean[sp.last + 1];
        boolean any = false;
        for (int k = sp.first; k <= sp.last; k++) {
          Token tok = t.get(k);
          boolean commonName = capitalised(tok) && !isAcronym(tok.word()) && lowerCaseIn(texts.text, tok.word())
              && !known.contains(nameKey(tok.word()));
          common[k] = commonName || !capitalised(tok);
          any |= commonName;
        }
        if (!any) {
          out.add(sp);
          continue;
        }
        // "Ted Cruz With George Wallace": the parts between common words that the text names
        boolean kept = false;
        int k = sp.first;
        while (k <= sp.last) {
          if (common[k]) {
            k++;
            continue;
          }
          int e = k;
          while (e + 1 <= sp.last && !common[e + 1]) {
            e++;
          }
          String part = title.text().substring(t.get(k).begin(), t.get(e).end());
          if (known.contains(nameKey(part))) {
            out.add(new Span(sp.sentence, k, e, t.get(k).begin(), t.get(e).end(), sp.type, null, true));
            kept = true;
          }
          k = e + 1;
        }
        if (!kept) {
          drops.add(new DroppedName(true, sp.begin, sp.end, tagOf(sp.type), DropReason.HEADLINE_WORD));
        }
      }
    }
    return out;
  }

  private static String tagOf(EntityType type) {
    return switch (type) {
      case PERSON -> "PERSON";
      case ORGANIZATION -> "ORGANIZATION";
      case COUNTRY, LOCATION -> "LOCATION";
      case OTHER -> "MISC";
    };
  }

  /**
   * A sentence of running prose (not a menu item, heading or caption): enough tokens, a verb, and
   * closing punctuation.
   */
  public static boolean isProse(Sentence s) {
    List<Token> t = s.tokens();
    if (t.size() < 4) {
      return false;
    }
    boolean verb = false;
    int lower = 0;
    for (Token k : t) {
      if (k.pos().startsWith("VB") || k.pos().equals("MD")) {
        verb = true;
      }
      if (!k.word().isEmpty() && Character.isLowerCase(k.word().charAt(0))) {
        lower++;
      }
    }
    if (!verb) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token k : t) {
      String w = k.word();
      if (w.equals("•") || w.equals("|") || w.equals("»")) {
        return false; // lists of links
      }
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    String end = t.get(t.size() - 1).word();
    boolean terminal = end.matches("[.!?]|''|\"|”|’");
    if (words >= 5 && capitalised * 10 > words * 6 && !terminal) {
      return false; // headline case: titles and menus
    }
    if (words >= 6 && capitalised * 10 >= words * 8 && titleCaseVerbs(t)) {
      return false; // a headline ending in a quoted title-case phrase
    }
    String last = t.get(t.size() - 1).word();
    boolean closed = last.matches("[.!?:;]|''|\"|”|’|'|\\)|»|」|』|-RRB-")
        || (t.size() >= 2 && t.get(t.size() - 2).word().matches("[.!?]"));
    return closed || (t.size() >= 12 && lower * 2 >= t.size());
  }

  /**
   * "the South", "the North's": in an article naming exactly one country called "South ..." (or
   * "North ...") the bare compass word is that country, not a place called "South". Elsewhere ("the
   * South" of the United States) the tagger's reading stands.
   */
  private static List<Span> compassCountries(ParsedText parsed, List<Span> spans) {
    Map<String, Set<String>> byCompass = new HashMap<>();
    for (Span sp : spans) {
      if (sp.type == EntityType.COUNTRY && sp.canonical != null) {
        int space = sp.canonical.indexOf(' ');
        if (space > 0) {
          byCompass.computeIfAbsent(sp.canonical.substring(0, space), k -> new LinkedHashSet<>())
              .add(sp.canonical);
        }
      }
    }
    List<Span> out = new ArrayList<>(spans);
    boolean changed = false;
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 1; i < t.size(); i++) {
        Token k = t.get(i);
        Set<String> countries = byCompass.get(k.word());
        if (!COMPASS.contains(k.word()) || countries == null || countries.size() != 1
            || !t.get(i - 1).word().equalsIgnoreCase("the")
            || i + 1 < t.size() && t.get(i + 1).pos().startsWith("NNP")) {
          continue;
        }
        out.removeIf(o -> o.begin < k.end() && k.begin() < o.end);
        out.add(new Span(s.index(), i, i, k.begin(), k.end(), EntityType.COUNTRY, countries.iterator().next(), false));
        changed = true;
      }
    }
    if (changed) {
      out.sort(Comparator.comparingInt(Span::begin));
    }
    return out;
  }

  /**
   * "Snow said" after "White House spokesman Tony Snow": a capitalised proper noun the tagger left
   * untagged that is the last name of exactly one person the article names in full is that person.
   * A word the article also writes in lower case ("snow") counts only as the subject of a verb or
   * with a possessive.
   */
  private static List<Span> surnames(ParsedText parsed, List<Span> spans) {
    String text = parsed.text();
    Map<String, Set<String>> fullByLast = new HashMap<>();
    for (Span sp : spans) {
      if (sp.type == EntityType.PERSON && sp.canonical == null) {
        String[] words = text.substring(sp.begin, sp.end).split("\\s+");
        if (words.length > 1) {
          fullByLast.computeIfAbsent(words[words.length - 1], k -> new HashSet<>())
              .add(nameKey(text.substring(sp.begin, sp.end)));
        }
      }
    }
    if (fullByLast.isEmpty()) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans);
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        Token k = t.get(i);
        Set<String> full = fullByLast.get(k.word());
        if (full == null || full.size() != 1 || !k.ner().equals("O") || !k.pos().equals("NNP")
            || i > 0 && t.get(i - 1).pos().startsWith("NNP") && capitalised(t.get(i - 1))
            || i + 1 < t.size() && t.get(i + 1).pos().startsWith("NNP") && capitalised(t.get(i + 1))) {
          continue;
        }
        boolean subject = i + 1 < t.size() && (t.get(i + 1).pos().startsWith("VB")
            || t.get(i + 1).pos().equals("MD") || t.get(i + 1).pos().equals("POS"));
        if (!subject && lowerCaseIn(text, k.word())) {
          continue;
        }
        if (out.stream().noneMatch(o -> o.begin < k.end() && k.begin() < o.end)) {
          out.add(new Span(s.index(), i, i, k.begin(), k.end(), EntityType.PERSON, null, false));
        }
      }
    }
    out.sort(Comparator.comparingInt(Span::begin));
    return out;
  }

  /** Every verb after the first token is capitalised ("Clinton Was Headed to ER"): headline case. */
  private static boolean titleCaseVerbs(List<Token> t) {
    int verbs = 0;
    for (int i = 1; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.pos().startsWith("VB") && Character.isLetter(k.word().charAt(0))) {
        if (!capitalised(k)) {
          return false;
        }
        verbs++;
      }
    }
    return verbs > 0;
  }

  /** A candidate mention: tokens [first, last] of one sentence. */
  record Span(int sentence, int first, int last, int begin, int end, EntityType type,
      @Nullable String canonical, boolean inTitle) {}

  private List<Span> sentenceSpans(String text, Sentence s, boolean inTitle, String body,
      Set<String> personWords, List<DroppedName> drops) {
    List<Token> t = s.tokens();
    int n = t.size();
    // 1. Gazetteer matches, longest first, left to right (also parts of hyphenated tokens).
    List<Span> gaz = new ArrayList<>();
    List<int[]> demonyms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (t.get(i).pos().equals("DT")) {
        continue;
      }
      int best = -1;
      Gazetteer.Entry bestEntry = null;
      for (int j = Math.min(n - 1, i + gazetteer.maxTokens()); j >= i; j--) {
        Gazetteer.Entry e = gazetteer.lookup(text.substring(t.get(i).begin(), t.get(j).end()));
        if (e != null && !(allPerson(t, i, j) && (e.type() == EntityType.COUNTRY || e.demonym()))) {
          best = j;
          bestEntry = e;
          break;
        }
      }
      if (bestEntry != null) {
        if (bestEntry.demonym()) {
          demonyms.add(new int[] {i, best});
        } else {
          gaz.add(new Span(s.index(), i, best, t.get(i).begin(), t.get(best).end(),
              bestEntry.type(), bestEntry.canonical(), inTitle));
        }
        i = best;
        continue;
      }
      Token k = t.get(i);
      if (k.word().indexOf('-') > 0 && !k.ner().equals("PERSON")) {
        int from = 0;
        for (String part : k.word().split("-", -1)) {
          Gazetteer.Entry e = part.isEmpty() ? null : gazetteer.lookup(part);
          if (e != null && e.type() == EntityType.COUNTRY) {
            int b = k.begin() + from;
            gaz.add(new Span(s.index(), i, i, b, b + part.length(), e.type(), e.canonical(), inTitle));
          }
          from += part.length() + 1;
        }
      }
    }
    // 2. NER runs.
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      String tag = coarse(t.get(i).ner());
      if (tag == null) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < n && tag.equals(coarse(t.get(j + 1).ner()))) {
        j++;
      }
      // "University of" + "Michigan": an organisation run ending in "of" takes the name after it
      while (tag.equals("ORGANIZATION") && j + 1 < n && t.get(j).word().matches("of|for")
          && coarse(t.get(j + 1).ner()) != null) {
        String next = coarse(t.get(j + 1).ner());
        while (j + 1 < n && next.equals(coarse(t.get(j + 1).ner()))) {
          j++;
        }
      }
      int runFirst = i;
      int runLast = j;
      int first = i;
      while (first <= j && (t.get(first).word().equalsIgnoreCase("the") || t.get(first).pos().equals("DT"))) {
        first++;
      }
      while (first < j && clauseInitial(t, first) && !nameWord(t.get(first))) {
        first++; // "Given NATO", "Meanwhile Putin": a capitalised function word glued onto a name
      }
      i = j + 1;
      int personFrom = -1;
      if (!tag.equals("PERSON")) {
        for (int k = first + 1; k <= j; k++) {
          String pos = t.get(k).pos();
          boolean possessive = pos.equals("POS") || t.get(k).word().equals("'") || t.get(k).word().equals("\u2019");
          if (possessive && !orgHeadAfter(t, k, j)) {
            // "Fox News' Megyn Kelly", not "Workers' Party": the name before the possessive, and a
            // short all-capitalised name after it is the person it owns; anything else is read again
            if (j - k >= 1 && j - k <= 3 && allCapitalised(t, k + 1, j)) {
              personFrom = k + 1;
            } else {
              i = k + 1;
            }
            j = k - 1;
            break;
          }
          if (k + 2 == j || k + 1 == j) {
            // "Manhattan Supreme Court Justice Frank Nervo": a title, then a person's name
            String title = t.get(k - 1).word().toLowerCase(Locale.ROOT);
            if (PERSON_NOUNS.contains(title) || title.equals("justice") || TITLE_NOUNS.contains(title)) {
              if (allCapitalised(t, k, j) && k - 1 > first) {
                personFrom = k;
                j = k - 2;
                break;
              }
            }
          }
        }
      }
      while (j > first && t.get(j).pos().matches("IN|DT|CC|TO|POS")) {
        j--; // a run never ends in a function word
      }
      if (personFrom > 0 && personFrom <= i - 1) {
        out.add(new Span(s.index(), personFrom, i - 1, t.get(personFrom).begin(), t.get(i - 1).end(),
            EntityType.PERSON, null, inTitle));
      }
      DropReason reason = null;
      if (first > j) {
        reason = DropReason.FUNCTION_WORDS;
      } else if (within(demonyms, first, j)) {
        reason = DropReason.DEMONYM;
      } else if (first == j && clauseInitial(t, first) && commonWord(body, t, first, tag, personWords)) {
        reason = DropReason.COMMON_WORD; // "Bank executives aren't": a common noun capitalised by its position
      } else if (first == j && GROUP_WORDS.contains(t.get(first).word())) {
        reason = DropReason.AFFILIATION; // "Republican", "Democrat", "Muslim"
      } else if (!tag.equals("PERSON") && GROUP_WORDS.contains(t.get(j).word())) {
        reason = DropReason.AFFILIATION; // "Rohingya Muslim minority"
      }
      EntityType type = switch (tag) {
        case "PERSON" -> EntityType.PERSON;
        case "ORGANIZATION" -> EntityType.ORGANIZATION;
        case "LOCATION" -> EntityType.LOCATION;
        default -> EntityType.OTHER;
      };
      if (reason == null) {
        reason = plausible(body, t, first, j, type);
      }
      if (reason == null && !tag.equals("PERSON") && titleWord(t, first, j)) {
        reason = DropReason.TITLE_WORD;
      }
      if (reason != null) {
        int from = Math.min(runFirst, t.size() - 1);
        int to = Math.max(from, Math.min(runLast, t.size() - 1));
        drops.add(new DroppedName(inTitle, t.get(from).begin(), t.get(to).end(), tag, reason));
        continue;
      }
      out.add(new Span(s.index(), first, j, t.get(first).begin(), t.get(j).end(), type, null, inTitle));
    }
    // Gazetteer spans win over overlapping NER runs, except inside a longer organisation name.
    for (Span g : gaz) {
      boolean insideOrg = false;
      for (Span o : out) {
        if (o.type == EntityType.ORGANIZATION && o.begin <= g.begin && o.end >= g.end
            && (o.end - o.begin) > (g.end - g.begin)) {
          insideOrg = true;
        }
      }
      if (!insideOrg) {
        out.removeIf(o -> o.begin < g.end && g.begin < o.end);
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(Span::begin));
    return out;
  }

  private static boolean orgHeadAfter(List<Token> t, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (ORG_HEADS.contains(t.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(List<Token> t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (!capitalised(t.get(k)) || !t.get(k).pos().startsWith("NNP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the article also writes the word at {@code i} in lower case ("bank" beside "Bank"). A
   * person the tagger found as the subject of a verb ("Snow said"), or a word of a person's full
   * name in the article ("Trump" beside Donald Trump and a "trump card"), is a name whatever else
   * the article writes.
   */
  private boolean commonWord(String text, List<Token> t, int i, String tag, Set<String> personWords) {
    String w = t.get(i).word();
    if (w.length() < 3 || isAcronym(w) || gazetteer.lookup(w) != null) {
      return false;
    }
    if (tag.equals("PERSON") && (personWords.contains(w) || i + 1 < t.size()
        && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().equals("MD")))) {
      return false;
    }
    return lowerCaseIn(text, w);
  }

  /** True when {@code text} has {@code word} in lower case as a whole word. */
  private static boolean lowerCaseIn(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word)) {
      return false;
    }
    int at = text.indexOf(lower);
    while (at >= 0) {
      boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
      int end = at + lower.length();
      boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
      if (before && after) {
        return true;
      }
      at = text.indexOf(lower, at + 1);
    }
    return false;
  }

  /** True when {@code text} has {@code word} on its own, not inside a longer word or hyphenation. */
  private static boolean standalone(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
      boolean after = end >= text.length() || !Character.isLetter(text.charAt(end)) && text.charAt(end) != '-';
      if (before && after) {
        return true;
      }
      at = text.indexOf(word, at + 1);
    }
    return false;
  }

  /** Sentence-initial, or right after an opening quote, bracket, colon or dash. */
  private static boolean clauseInitial(List<Token> t, int i) {
    if (i == 0) {
      return true;
    }
    String prev = t.get(i - 1).word();
    return prev.equals("``") || prev.equals("\"") || prev.equals("\u201C") || prev.equals("'")
        || prev.equals("\u2018") || prev.equals("(") || prev.equals("-LRB-") || prev.equals(":")
        || prev.equals("--") || prev.equals("\u2014");
  }

  /**
   * A word that can start a name: a noun or adjective by its tag. Verbs, prepositions, adverbs,
   * pronouns and conjunctions ("Given", "Meanwhile", "If") only look like names at a sentence start.
   */
  private static boolean nameWord(Token k) {
    String pos = k.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("FW")
        || pos.equals("SYM");
  }

  /**
   * One word of a title the tagger takes for an organisation: "Defence" in "Defence Secretary Lloyd
   * Austin", "State" in "Secretary of State Antony Blinken" or "the Secretary of State". The title
   * is the person's role, not a mention of the ministry.
   */
  private boolean titleWord(List<Token> t, int first, int last) {
    if (first != last || isAcronym(t.get(first).word()) || gazetteer.lookup(t.get(first).word()) != null) {
      return false;
    }
    int n = t.size();
    boolean titleAfter = first + 2 < n && TITLE_NOUNS.contains(t.get(first + 1).word().toLowerCase(Locale.ROOT))
        && t.get(first + 2).ner().equals("PERSON");
    String before = first >= 2 ? t.get(first - 2).word().toLowerCase(Locale.ROOT) : "";
    before = before.substring(before.lastIndexOf('-') + 1); // "then-Secretary"
    // "Secretary of State" is a title whether or not a name follows ("the Secretary of State said")
    boolean titleBefore = first >= 2 && t.get(first - 1).word().equals("of")
        && TITLE_NOUNS.contains(before);
    return titleAfter || titleBefore;
  }

  private static boolean allPerson(List<Token> t, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (!t.get(k).ner().equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  private static boolean within(List<int[]> ranges, int first, int last) {
    for (int[] r : ranges) {
      if (r[0] <= first && r[1] >= last) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String coarse(String ner) {
    return switch (ner) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
      case "MISC" -> "MISC";
      default -> null;
    };
  }

  /** Null when the run can be a name, else why not. */
  private @Nullable DropReason plausible(String text, List<Token> t, int first, int last, EntityType type) {
    Token head = t.get(first);
    String w = head.word();
    if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
      return DropReason.NOT_CAPITALISED;
    }
    if (first == last && NOISE.contains(w.toLowerCase(Locale.ROOT))) {
      return DropReason.NOISE_WORD;
    }
    if (first == last && compoundOfNames(text, w)) {
      return DropReason.COMPOUND_MODIFIER;
    }
    if (type == EntityType.OTHER) {
      Token end = t.get(last);
      if (end.pos().startsWith("JJ") || end.pos().equals("NNPS") || !end.pos().startsWith("NN")) {
        return DropReason.ADJECTIVE_OR_PEOPLE; // "Russophobic", "Europeans"
      }
    }
    return null;
  }

  /**
   * "Putin-Kim summit", "Seoul-Moscow ties": hyphenated names, each of which the article (or the
   * gazetteer) uses on its own, modify a noun. "Hewlett-Packard" and "Rolls-Royce" are names: their
   * parts never stand alone.
   */
  private boolean compoundOfNames(String text, String w) {
    if (!w.matches("\\p{Lu}[\\p{L}.]*(-\\p{Lu}[\\p{L}.]*)+")) {
      return false;
    }
    for (String part : w.split("-")) {
      if (gazetteer.lookup(part) == null && !standalone(text, part)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- clustering

  private static final class Cluster {
    final EntityType type;
    final List<Span> spans = new ArrayList<>();
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final Set<String> roles = new LinkedHashSet<>();
    @Nullable String fixedName;

    Cluster(EntityType type) {
      this.type = type;
    }

    void add(Span sp, String surface) {
      spans.add(sp);
      forms.merge(surface, 1, Integer::sum);
    }

    String canonical() {
      if (fixedName != null) {
        return fixedName;
      }
      String best = null;
      int bestParts = -1;
      int bestCount = -1;
      for (var f : forms.entrySet()) {
        String form = stripThe(f.getKey());
        int parts = form.split("[\\s\\-‐]+").length;
        if (type != EntityType.PERSON && isAcronym(form)) {
          parts = 0;
        }
        if (parts > bestParts || parts == bestParts && f.getValue() > bestCount) {
          best = form;
          bestParts = parts;
          bestCount = f.getValue();
        }
      }
      return best == null ? "" : best;
    }
  }

  private List<Cluster> cluster(Texts texts, List<Span> spans) {
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    List<Span> lonePeople = new ArrayList<>();
    List<Span> shortOrgs = new ArrayList<>();
    for (Span sp : spans) {
      String surface = texts.surface(sp).replaceAll("\\s+", " ");
      if (sp.canonical != null) {
        Cluster c = byKey.computeIfAbsent(sp.type + "|" + nameKey(sp.canonical), k -> new Cluster(sp.type));
        c.fixedName = sp.canonical;
        c.add(sp, surface);
      } else if (sp.type == EntityType.PERSON && surface.split("\\s+").length == 1) {
        lonePeople.add(sp);
      } else if (sp.type == EntityType.ORGANIZATION
          && (isAcronym(surface) || stripThe(surface).split("\\s+").length == 1)) {
        shortOrgs.add(sp);
      } else {
        byKey.computeIfAbsent(sp.type + "|" + nameKey(surface), k -> new Cluster(sp.type)).add(sp, surface);
      }
    }
    // A lone name joins the one full name that starts or ends with it, or, when several do, the one
    // of them its paragraph names; otherwise it is a person of its own.
    List<Cluster> people = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      if (e.getValue().type == EntityType.PERSON) {
        people.add(e.getValue());
      }
    }
    for (Span sp : lonePeople) {
      String key = nameKey(texts.surface(sp));
      Cluster match = null;
      int found = 0;
      List<Cluster> sharing = new ArrayList<>();
      for (Cluster c : people) {
        if (hasNamePart(c, key)) {
          match = c;
          found++;
          sharing.add(c);
        }
      }
      if (found > 1 && !sp.inTitle) {
        // several people share it: the one of them named in full in the same paragraph, if only
        // one is ("Cho Tae-yong warned ... Cho said", with Cho Hyun in another paragraph)
        int from = texts.text.lastIndexOf("\n\n", sp.begin) + 1;
        int to = texts.text.indexOf("\n\n", sp.end);
        int end = to < 0 ? texts.text.length() : to;
        match = null;
        found = 0;
        for (Cluster c : sharing) {
          if (c.spans.stream().anyMatch(o -> !o.inTitle && o.begin >= from && o.end <= end)) {
            match = c;
            found++;
          }
        }
      }
      if (found == 1) {
        match.add(sp, texts.surface(sp));
      } else {
        // no full name has it, or several people share it ("Kim" beside Kim Jong-un and Daniel
        // Kim in one paragraph): a person of its own, merged with nobody
        byKey.computeIfAbsent("PERSON|" + key, k -> new Cluster(EntityType.PERSON))
            .add(sp, texts.surface(sp));
      }
    }
    // Acronyms and one-word short forms of organisations.
    for (Span sp : shortOrgs) {
      String surface = stripThe(texts.surface(sp));
      Cluster match = null;
      int found = 0;
      for (Cluster c : byKey.values()) {
        if (c.type != EntityType.ORGANIZATION) {
          continue;
        }
        for (String form : c.forms.keySet()) {
          if (isAcronym(surface) ? initials(form).equals(surface.replace(".", ""))
              : lastWord(form).equalsIgnoreCase(surface) && form.split("\\s+").length > 1) {
            match = c;
            found++;
            break;
          }
        }
      }
      if (found == 1) {
        match.add(sp, surface);
      } else {
        byKey.computeIfAbsent("ORGANIZATION|" + nameKey(surface), k -> new Cluster(EntityType.ORGANIZATION))
            .add(sp, surface);
      }
    }
    List<Cluster> all = new ArrayList<>(byKey.values());
    mergeAcrossTypes(texts, all);
    return all;
  }

  /**
   * Repairs the tagger's inconsistent types: a one-word organisation or other name that is the
   * surname of exactly one person in the article is that person ("the Trump campaign"); a place and
   * an organisation with the same name of several words ("White House") are one entity, of the type
   * used more often. A one-word name used for a place and an organisation ("Barcelona" the city and
   * the club, "Dallas" the city and the team) stays two entities.
   */
  private static void mergeAcrossTypes(Texts texts, List<Cluster> all) {
    List<Cluster> people = new ArrayList<>();
    for (Cluster c : all) {
      if (c.type == EntityType.PERSON) {
        people.add(c);
      }
    }
    for (var it = all.iterator(); it.hasNext(); ) {
      Cluster c = it.next();
      if ((c.type != EntityType.ORGANIZATION && c.type != EntityType.OTHER) || c.fixedName != null
          || c.forms.keySet().stream().anyMatch(f -> f.split("\\s+").length > 1)) {
        continue;
      }
      Cluster match = null;
      int found = 0;
      for (Cluster p : people) {
        if (hasNamePart(p, nameKey(c.canonical()))) {
          match = p;
          found++;
        }
      }
      if (found == 1) {
        for (Span sp : c.spans) {
          match.add(new Span(sp.sentence, sp.first, sp.last, sp.begin, sp.end, EntityType.PERSON, null, sp.inTitle),
              texts.surface(sp));
        }
        it.remove();
      }
    }
    Map<String, Cluster> byName = new HashMap<>();
    for (var it = all.iterator(); it.hasNext(); ) {
      Cluster c = it.next();
      if (c.type != EntityType.LOCATION && c.type != EntityType.ORGANIZATION
          || !c.canonical().contains(" ")) {
        continue; // one word ("Barcelona", "Dallas") names a place and a club or company apart
      }
      String key = nameKey(c.canonical());
      Cluster other = byName.get(key);
      if (other == null) {
        byName.put(key, c);
        continue;
      }
      Cluster keep = other.spans.size() >= c.spans.size() ? other : c;
      Cluster drop = keep == other ? c : other;
      for (Span sp : drop.spans) {
        keep.add(sp, texts.surface(sp).replaceAll("\\s+", " "));
      }
      if (keep == c) {
        all.set(all.indexOf(other), c);
        byName.put(key, c);
      }
      it.remove();
    }
  }

  private static boolean hasNamePart(Cluster c, String key) {
    for (String form : c.forms.keySet()) {
      String[] parts = form.split("\\s+");
      if (parts.length > 1 && (nameKey(parts[0]).equals(key) || nameKey(parts[parts.length - 1]).equals(key))) {
        return true;
      }
    }
    return false;
  }

  private static String initials(String form) {
    StringBuilder b = new StringBuilder();
    for (String w : stripThe(form).split("[\\s\\-]+")) {
      if (!w.isEmpty() && !ORG_FILLER.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static String lastWord(String form) {
    String[] p = form.split("\\s+");
    return p[p.length - 1];
  }

  private static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  static boolean isAcronym(String s) {
    String x = s.replace(".", "");
    return x.length() >= 2 && x.length() <= 6 && x.equals(x.toUpperCase(Locale.ROOT))
        && x.chars().allMatch(Character::isLetter);
  }

  /** Lower case, no dots, hyphens as spaces: "Yoon Suk-yeol" and "Yoon Suk Yeol" share a key. */
  static String nameKey(String s) {
    return stripThe(s.strip()).toLowerCase(Locale.ROOT).replace(".", "").replace("’s", "")
        .replaceAll("[\\-‐–]", " ").replaceAll("\\s+", " ").strip();
  }

  /** Stable id fragment: ASCII lower case words joined by hyphens. */
  public static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
  }

  // ---------------------------------------------------------------- roles

  private static final List<String> ROLE_SKIP = List.of("punct", "acl", "acl:relcl", "appos", "cc", "conj");

  private void addRoles(ParsedText parsed, Span sp, Set<String> roles) {
    Sentence s = parsed.sentences().get(sp.sentence);
    List<Token> t = s.tokens();
    String text = parsed.text();
    // Titles and descriptions right before the name: "Russian President", "North Korean leader".
    int k = sp.first - 1;
    while (k >= 0 && sp.first - k <= 4) {
      Token x = t.get(k);
      String pos = x.pos();
      boolean titleWord = (pos.startsWith("NN") || pos.startsWith("JJ"))
          && !x.ner().equals("PERSON") && !x.ner().equals("DATE") && !x.ner().equals("NUMBER")
          && !x.word().equals("'s") && !x.word().equals("’s");
      if (!titleWord) {
        // "Secretary of State Antony Blinken": "of" between two capitalised title words
        boolean bridge = x.word().equals("of") && k + 1 < sp.first && k > 0
            && capitalised(t.get(k + 1)) && capitalised(t.get(k - 1)) && t.get(k - 1).pos().startsWith("NN");
        if (!bridge) {
          break;
        }
      }
      k--;
    }
    Token next = sp.first > 0 ? t.get(sp.first - 1) : t.get(sp.first);
    boolean roleNoun = k + 1 < sp.first && (capitalised(next)
        || PERSON_NOUNS.contains(next.word().toLowerCase(Locale.ROOT)));
    if (roleNoun) {
      String role = text.substring(t.get(k + 1).begin(), next.end());
      if (role.chars().anyMatch(Character::isLetter)) {
        roles.add(role);
      }
    }
    if (s.dependencies().isEmpty()) {
      return;
    }
    DependencyGraph g = new DependencyGraph(s);
    int head = sp.last;
    for (int i = sp.first; i <= sp.last; i++) {
      int h = g.head(i);
      if (h < sp.first || h > sp.last) {
        head = i;
        break;
      }
    }
    for (int c : g.children(head)) {
      if (g.relation(c).equals("appos") && c > sp.last) {
        addRole(text, g, g.subtree(c, List.of("punct", "acl:relcl", "appos")), roles);
      }
    }
    if (g.relation(head).equals("appos") && g.head(head) >= 0 && g.head(head) < sp.first) {
      int gov = g.head(head);
      if (!g.token(gov).ner().equals("PERSON")) {
        addRole(text, g, g.subtree(gov, ROLE_SKIP), roles);
      }
    }
  }

  private static boolean capitalised(Token k) {
    return !k.word().isEmpty() && Character.isUpperCase(k.word().codePointAt(0));
  }

  private static void addRole(String text, DependencyGraph g, int[] r, Set<String> roles) {
    int a = r[0];
    int b = r[1];
    if (b - a > 14) {
      return;
    }
    boolean common = false;
    for (int i = a; i <= b; i++) {
      Token k = g.token(i);
      common |= k.pos().startsWith("NN") && k.ner().equals("O") || k.pos().startsWith("JJ");
    }
    if (!common) {
      return; // "Seoul", "Washington": a place or name, not a role
    }
    for (int i = a; i <= b; i++) {
      String pos = g.token(i).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return;
      }
    }
    while (a <= b && g.token(a).pos().matches("[,.:;]|``|''|-LRB-|-RRB-")) {
      a++;
    }
    while (b >= a && g.token(b).pos().matches("[,.:;]|``|''|-LRB-|-RRB-")) {
      b--;
    }
    if (a <= b) {
      roles.add(text.substring(g.token(a).begin(), g.token(b).end()).replaceAll("\\s+", " "));
    }
  }
}
