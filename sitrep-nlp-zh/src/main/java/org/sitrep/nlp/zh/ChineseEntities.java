package org.sitrep.nlp.zh;

import java.util.ArrayList;
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
import org.sitrep.names.Identity;
import org.sitrep.names.NameResolver;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.parse.Sentence;
import org.sitrep.nlp.parse.Token;

/**
 * Entities from CoreNLP's Chinese NER: runs of tokens with one entity class become a mention (a place
 * followed by a facility is one place, 平壤国际机场; a proper noun the tagger left out just before a
 * person belongs to the name, 布 + 林肯; a place followed by an organisation is the organisation,
 * 韩国国防部), 俄方 "the Russian side" is Russia, and every mention gets the
 * canonical English name {@link NameResolver} finds (else its own), so the English pack's id for the
 * same entity. Mentions with one canonical name and type are one entity; the roles stated just before
 * a person (俄罗斯总统, 外交部发言人) are kept. Thread-safe.
 */
final class ChineseEntities {
  /** A mention with its resolved identity. */
  record Found(int start, int end, String surface, EntityType type, String canonical,
      @Nullable Identity identity, @Nullable String role, boolean inRole) {}

  /**
   * The entities of an article, and each mention as found ({@code inRole}: the mention is part of the
   * role stated before a person, as 俄罗斯 in 俄罗斯总统普京, and takes no part in events).
   */
  record Result(List<Entity> entities, List<Found> mentions, Map<String, String> idByCanonical) {
    /** The mention covering {@code offset}, or null. */
    @Nullable Found at(int offset) {
      for (Found f : mentions) {
        if (offset >= f.start() && offset < f.end()) {
          return f;
        }
      }
      return null;
    }
  }

  private final NameResolver names;
  private final WikiDictionary wiki;

  ChineseEntities(NameResolver names, WikiDictionary wiki) {
    this.names = names;
    this.wiki = wiki;
  }

  Result extract(ParsedText parsed) {
    List<Found> raw = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> ts = s.tokens();
      int i = 0;
      while (i < ts.size()) {
        String cls = entityClass(ts.get(i));
        if (cls == null) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < ts.size() && adjacent(ts.get(j - 1), ts.get(j))) {
          String next = entityClass(ts.get(j));
          if (next == null) {
            break;
          }
          if (next.equals(cls) && !(cls.equals("COUNTRY") && ownCountry(ts.get(j - 1))
              && ownCountry(ts.get(j)))) {
            j++;
          } else if (cls.equals("PLACE") && next.equals("FACILITY")) {
            j++;
          } else if (next.equals("ORGANIZATION") && (cls.equals("COUNTRY") || cls.equals("GPE")
              || cls.equals("PLACE"))) {
            cls = "ORGANIZATION"; // 韩国国防部, 北京大学: a place's own organisation is one name
            j++;
          } else {
            break;
          }
        }
        int start = ts.get(i).begin();
        // a proper noun the tagger left out right before a person is part of the name (布 + 林肯)
        if (cls.equals("PERSON") && i > 0 && ts.get(i).word().length() <= 2
            && ts.get(i - 1).pos().equals("NR")
            && entityClass(ts.get(i - 1)) == null && adjacent(ts.get(i - 1), ts.get(i))) {
          start = ts.get(i - 1).begin();
        }
        int end = ts.get(j - 1).end();
        String surface = parsed.text().substring(start, end);
        boolean inRole = j < ts.size() && ts.get(j).ner().equals("TITLE");
        String role = cls.equals("PERSON") ? role(parsed.text(), ts, start == ts.get(i).begin() ? i : i - 1) : null;
        Found f = resolve(surface, cls, start, end, role, inRole);
        if (f != null) {
          raw.add(f);
        }
        i = j;
      }
    }
    // A pinyin reading is an English name only for a Chinese person: a person named right after
    // another state (韩国国防部长官申源湜, 美国国务院发言人米勒) keeps the name as written.
    Set<String> foreign = new java.util.HashSet<>();
    for (Found f : raw) {
      if (f.type() == EntityType.PERSON && foreignPrefix(parsed.text(), raw, f.start())) {
        foreign.add(f.surface());
      }
    }
    List<Found> found = new ArrayList<>();
    for (Found f : raw) {
      String surface = f.surface();
      // a later mention by a shorter form of the name (官申源湜, then 申源湜) is the same person
      boolean named = foreign.stream().anyMatch(n -> n.endsWith(surface) && surface.length() >= 2);
      if (named && f.type() == EntityType.PERSON && f.identity() != null
          && f.identity().resource().equals(NameResolver.PINYIN)) {
        f = new Found(f.start(), f.end(), f.surface(), f.type(), f.surface(), null, f.role(), f.inRole());
      }
      found.add(f);
    }
    Map<String, List<Found>> clusters = new LinkedHashMap<>();
    for (Found f : found) {
      clusters.computeIfAbsent(f.type() + "\t" + f.canonical(), k -> new ArrayList<>()).add(f);
    }
    List<Entity> out = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, Integer> idUse = new LinkedHashMap<>();
    for (List<Found> c : clusters.values()) {
      Found first = c.getFirst();
      String id = first.type().name().toLowerCase(Locale.ROOT) + ":" + EntityExtractor.slug(first.canonical());
      int n = idUse.merge(id, 1, Integer::sum);
      if (n > 1) {
        id = id + "-" + n;
      }
      Set<String> aliases = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      for (Found f : c) {
        if (!f.surface().equals(first.canonical())) {
          aliases.add(f.surface());
        }
        if (f.role() != null) {
          roles.add(f.role());
        }
        mentions.add(new Mention(f.surface(), f.start(), f.end()));
      }
      ids.putIfAbsent(first.canonical(), id);
      out.add(new Entity(id, first.canonical(), first.type(), List.copyOf(aliases), mentions,
          List.copyOf(roles)));
    }
    return new Result(out, found, ids);
  }

  private @Nullable Found resolve(String surface, String cls, int start, int end, @Nullable String role,
      boolean inRole) {
    EntityType hint = switch (cls) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "COUNTRY" -> EntityType.COUNTRY;
      case "GPE" -> null;
      default -> EntityType.LOCATION;
    };
    String lookup = surface;
    if (surface.length() == 2 && surface.endsWith("方")) {
      lookup = surface.substring(0, 1); // 俄方, 中方: "the Russian side" is Russia
      hint = EntityType.COUNTRY;
    }
    Identity id = lookup.length() == 1 && hint == EntityType.COUNTRY
        ? names.countryAbbreviation(lookup) : null;
    if (id == null) {
      id = names.resolve(lookup, hint);
    }
    if (hint == EntityType.PERSON && (id == null || id.resource().equals(NameResolver.PINYIN))) {
      Identity linked = wiki.person(lookup); // people CC-CEDICT does not know (林芳正)
      if (linked != null) {
        id = linked;
      }
    }
    if (id == null && cls.equals("GPE")) {
      id = names.resolve(lookup, EntityType.COUNTRY);
    }
    EntityType type;
    if (id != null && id.type() != EntityType.OTHER) {
      type = id.type();
    } else {
      type = hint == null ? EntityType.LOCATION : hint;
    }
    if (surface.length() < 2 && id == null) {
      return null; // one character the resources cannot name is too little to be an entity
    }
    return new Found(start, end, surface, type, id == null ? surface : id.canonical(), id, role, inRole);
  }

  /**
   * Whether a state other than China is named in the words running up to a person (no punctuation
   * between), as a country or as the head of an organisation's name (美国国务院).
   */
  private boolean foreignPrefix(String text, List<Found> mentions, int personStart) {
    for (Found m : mentions) {
      if (m.end() > personStart || personStart - m.end() > 12
          || !text.substring(m.end(), personStart).matches("[\\p{IsHan}A-Za-z]*")) {
        continue;
      }
      for (int k = Math.min(m.surface().length(), 5); k >= 1; k--) {
        Identity id = k == m.surface().length() ? m.identity()
            : names.resolve(m.surface().substring(0, k), EntityType.COUNTRY);
        if (id != null && id.type() == EntityType.COUNTRY) {
          if (!id.canonical().equals("China")) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** The role stated right before a person (俄罗斯总统新闻秘书), which must hold a title. */
  private static @Nullable String role(String text, List<Token> ts, int personIndex) {
    int k = personIndex - 1;
    boolean title = false;
    while (k >= 0) {
      Token t = ts.get(k);
      String ner = t.ner();
      if (ner.equals("TITLE")) {
        title = true;
      } else if (!(ner.equals("ORGANIZATION") || ner.equals("COUNTRY") || ner.equals("GPE")
          || ner.equals("NATIONALITY") || t.word().equals("、")
          || (t.pos().equals("NN") && k + 1 < personIndex && ts.get(k + 1).ner().equals("TITLE")))) {
        break;
      }
      k--;
    }
    if (!title || k + 1 >= personIndex) {
      return null;
    }
    int start = ts.get(k + 1).begin();
    if (ts.get(k + 1).word().equals("、")) {
      return null;
    }
    return text.substring(start, ts.get(personIndex).begin());
  }

  /** A one-character country token that names a country by itself (朝 and 俄 in 朝俄双方). */
  private boolean ownCountry(Token t) {
    if (t.word().length() != 1) {
      return false;
    }
    Identity id = names.countryAbbreviation(t.word());
    return id != null;
  }

  private static boolean adjacent(Token a, Token b) {
    return a.end() == b.begin();
  }

  /** The entity class of a token's NER tag, or null when it is none. */
  private static @Nullable String entityClass(Token t) {
    return switch (t.ner()) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "COUNTRY" -> "COUNTRY";
      case "GPE" -> "GPE";
      case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> "PLACE";
      case "FACILITY" -> "FACILITY";
      default -> null;
    };
  }
}
