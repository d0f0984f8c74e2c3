package org.sitrep.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.nlp.entity.Gazetteer;

/**
 * The canonical English name of a name in Chinese, Cyrillic or Hangul script, from real resources
 * only: country names from the JDK's CLDR data, proper names from CC-CEDICT (persons by their dated
 * gloss, places, organisations, abbreviations followed to their full form) and ICU transliteration
 * (Russian BGN for Cyrillic, Hangul to Latin for Korean, Han to pinyin for Chinese persons with a
 * Chinese surname). Every answer carries the resource that gave it. Namesakes are never merged: a
 * headword that the dictionary gives two different people (or a surname shared by two known people)
 * has no identity, and neither has a name whose dictionary type contradicts the tagger's.
 *
 * <p>Loading reads CC-CEDICT (125,000 entries) once, about a second; immutable and thread-safe after.
 */
public final class NameResolver {
  private static final Pattern DATED_PERSON =
      Pattern.compile("^([^(,;]+?)\\s*\\((?:c\\.\\s*|b\\.\\s*|born\\s*)?\\d{3,4}\\s*(?:[-–—]|\\))");
  private static final Pattern ABBREVIATION =
      Pattern.compile("^abbr\\. (?:for|of) (?:[^|\\[]*\\|)?([^\\[|]+)\\[");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Z.]{1,9})\\)");
  private static final Pattern PLACE_WORDS = Pattern.compile(
      "\\b(capital|city|province|county|prefecture|island|river|mountain|region|peninsula|sea|"
          + "district|port|state of|town)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORG_WORDS = Pattern.compile(
      "\\b(Ministry|Agency|Party|Council|Committee|Army|Navy|Organization|Organisation|Union|"
          + "University|Bank|Company|Corporation|Association|News|Office|Department|Institute|Nations|"
          + "Forces|Assembly|Congress|Parliament|Commission|Bureau|Group|Times|Daily|Post|"
          + "Television|TV|Radio|Broadcasting|Federation|Alliance|Treaty Organization)\\b");
  private static final Pattern EAST_ASIAN =
      Pattern.compile("\\b(Korea|Korean|China|Chinese|PRC|Japan|Japanese|Taiwan|Vietnam|Vietnamese)\\b");
  private static final Pattern PATRONYMIC = Pattern.compile(".+(ovich|evich|ovna|evna|ich|vna)");

  /** The resource of a Chinese person's name read in pinyin. */
  public static final String PINYIN = "ICU Han-Latin";

  private final Gazetteer gazetteer;
  private final CountryNames countries;
  private final Cedict cedict;
  private final Set<String> persons;
  private final Map<String, Set<String>> personsBySurname;
  private final Map<String, Set<String>> koreansByKey;
  private final Map<String, String> people;

  private NameResolver(Gazetteer gazetteer, Cedict cedict) {
    this.gazetteer = gazetteer;
    this.countries = new CountryNames(gazetteer);
    this.cedict = cedict;
    Set<String> all = new HashSet<>();
    Map<String, Set<String>> bySurname = new HashMap<>();
    Map<String, Set<String>> korean = new HashMap<>();
    Map<String, String> headwords = new HashMap<>();
    for (List<Cedict.Entry> entries : cedict.all()) {
      for (Cedict.Entry e : entries) {
        Identity id = interpret(e, 0);
        if (id == null || id.type() != EntityType.PERSON) {
          continue;
        }
        all.add(id.canonical());
        headwords.put(e.simplified(), id.canonical());
        String[] parts = id.canonical().split(" ");
        String glosses = String.join("/", e.glosses());
        if (parts.length > 1) {
          // East Asian names put the family name first (Kim Jong-un), the others last
          String family = EAST_ASIAN.matcher(glosses).find() ? parts[0] : parts[parts.length - 1];
          bySurname.computeIfAbsent(family, k -> new HashSet<>()).add(id.canonical());
        }
        if (glosses.contains("Korea")) {
          korean.computeIfAbsent(looseKey(id.canonical()), k -> new HashSet<>()).add(id.canonical());
        }
      }
    }
    this.persons = Set.copyOf(all);
    this.personsBySurname = Map.copyOf(bySurname);
    this.koreansByKey = Map.copyOf(korean);
    this.people = Map.copyOf(headwords);
  }

  /** The people CC-CEDICT knows: simplified headword to canonical English name (for checking others). */
  public Map<String, String> knownPeople() {
    return people;
  }

  /** Loads CC-CEDICT and the CLDR names; canonical English names come from {@code gazetteer}. */
  public static NameResolver load(Gazetteer gazetteer) {
    return new NameResolver(gazetteer, Cedict.load());
  }

  /** Loads with the English pack's standard gazetteer. */
  public static NameResolver load() {
    return load(Gazetteer.standard());
  }

  /**
   * The identity of {@code surface}, or null when no resource knows it, the resources disagree with
   * {@code hint} (the tagger's type, null when unknown) or it names several people.
   */
  public @Nullable Identity resolve(String surface, @Nullable EntityType hint) {
    String name = surface.strip();
    if (name.isEmpty()) {
      return null;
    }
    Identity country = countries.lookup(name);
    if (country != null) {
      return compatible(country, hint) ? country : null;
    }
    Character.UnicodeScript script = script(name);
    if (script == Character.UnicodeScript.HAN) {
      return han(name, hint);
    }
    if (script == Character.UnicodeScript.CYRILLIC) {
      return cyrillic(name, hint);
    }
    if (script == Character.UnicodeScript.HANGUL) {
      return hangul(name, hint);
    }
    return null;
  }

  /**
   * The English verbs CC-CEDICT glosses a Chinese word with, in dictionary order ("签署" gives sign);
   * empty when it has none.
   */
  public List<String> verbGlosses(String word) {
    return cedict.verbs(word);
  }

  /** Whether CC-CEDICT knows {@code character} as a Chinese surname. */
  public boolean surname(String character) {
    return cedict.surname(character);
  }

  private static final Pattern INLINE_ABBREVIATION =
      Pattern.compile("abbr\\. (?:for|of) (?:[^|\\[)]*\\|)?([^\\[|)]+)\\[");

  /**
   * The country a one-character abbreviation stands for (俄 for 俄罗斯, 美 for 美国, as in 俄方, 美韩): the
   * CC-CEDICT glosses of the character that say "abbr. for X" where CLDR knows X as a country; null
   * unless exactly one country is meant.
   */
  public @Nullable Identity countryAbbreviation(String character) {
    Map<String, Identity> found = new LinkedHashMap<>();
    for (String g : cedict.abbreviationGlosses(character)) {
      Matcher m = INLINE_ABBREVIATION.matcher(g);
      while (m.find()) {
        Identity country = countries.lookup(m.group(1).strip());
        if (country != null) {
          found.putIfAbsent(country.canonical(), new Identity(country.canonical(),
              EntityType.COUNTRY, "CC-CEDICT + CLDR", character + " /" + g + "/; "
                  + country.evidence()));
        }
      }
    }
    return found.size() == 1 ? found.values().iterator().next() : null;
  }

  private @Nullable Identity han(String name, @Nullable EntityType hint) {
    Map<String, Identity> candidates = new LinkedHashMap<>();
    for (Cedict.Entry e : cedict.lookup(name)) {
      Identity id = interpret(e, 0);
      if (id != null) {
        if (id.type() == EntityType.OTHER && hint != null) {
          id = new Identity(id.canonical(), hint, id.resource(), id.evidence());
        }
        if (compatible(id, hint)) {
          candidates.putIfAbsent(id.canonical(), id);
        }
      }
    }
    if (candidates.size() == 1) {
      return candidates.values().iterator().next();
    }
    if (candidates.size() > 1) {
      return null; // namesakes, or one headword for several things: never guess
    }
    if (hint == EntityType.PERSON && name.length() >= 2 && name.length() <= 3
        && cedict.surname(name.substring(0, 1))) {
      String surname = pinyin(name.substring(0, 1));
      String given = pinyin(name.substring(1)).replace(" ", "");
      if (!surname.isEmpty() && !given.isEmpty()) {
        String canonical = capitalise(surname) + " " + capitalise(given);
        return new Identity(canonical, EntityType.PERSON, PINYIN,
            name + " read in pinyin (" + name.charAt(0) + " is a Chinese surname in CC-CEDICT)");
      }
    }
    return null;
  }

  private @Nullable Identity cyrillic(String name, @Nullable EntityType hint) {
    String latin = transliterate("Russian-Latin/BGN", name);
    return known(latin, hint, "ICU Russian-Latin/BGN", name + " → " + latin);
  }

  private @Nullable Identity hangul(String name, @Nullable EntityType hint) {
    String[] words = name.split("\\s+");
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (words.length == 1 && w.length() >= 2 && w.length() <= 4 && hint == EntityType.PERSON) {
        // a Korean personal name: one-syllable surname, given name syllables joined by a hyphen
        String surname = capitalise(transliterate("Hangul-Latin", w.substring(0, 1)));
        List<String> given = new ArrayList<>();
        for (int i = 1; i < w.length(); i++) {
          given.add(transliterate("Hangul-Latin", w.substring(i, i + 1)));
        }
        out.add(surname + " " + capitalise(String.join("-", given)));
      } else {
        out.add(capitalise(transliterate("Hangul-Latin", w)));
      }
    }
    String latin = String.join(" ", out);
    String evidence = name + " → " + latin;
    Set<String> korean = koreansByKey.getOrDefault(looseKey(latin), Set.of());
    if (korean.size() == 1) {
      String canonical = korean.iterator().next();
      return new Identity(canonical, EntityType.PERSON, "ICU Hangul-Latin + CC-CEDICT",
          evidence + ", which CC-CEDICT's Korean " + canonical + " matches");
    }
    return known(latin, hint, "ICU Hangul-Latin", evidence);
  }

  /** A transliteration checked against the gazetteer and CC-CEDICT's people. */
  private @Nullable Identity known(String latin, @Nullable EntityType hint, String resource,
      String evidence) {
    Gazetteer.Entry g = gazetteer.lookup(latin);
    if (g != null && !g.demonym()) {
      Identity id = new Identity(g.canonical(), g.type(), resource + " + gazetteer", evidence);
      return compatible(id, hint) ? id : null;
    }
    if (persons.contains(latin)) {
      Identity id = new Identity(latin, EntityType.PERSON, resource + " + CC-CEDICT", evidence);
      return compatible(id, hint) ? id : null;
    }
    if (!latin.contains(" ")) {
      Set<String> full = personsBySurname.getOrDefault(latin, Set.of());
      if (full.size() > 1) {
        return null; // two known people share the surname
      }
      if (full.size() == 1 && (hint == null || hint == EntityType.PERSON)) {
        String canonical = full.iterator().next();
        return new Identity(canonical, EntityType.PERSON, resource + " + CC-CEDICT",
            evidence + ", the surname of " + canonical + ", the only such person in CC-CEDICT");
      }
    }
    return new Identity(latin, hint == null ? EntityType.OTHER : hint, resource, evidence);
  }

  /** One dictionary entry as an identity, from its first gloss that names something. */
  private @Nullable Identity interpret(Cedict.Entry e, int depth) {
    int tried = 0;
    for (String g : e.glosses()) {
      if (++tried > 3) {
        break;
      }
      Matcher abbr = ABBREVIATION.matcher(g);
      if (abbr.find()) {
        if (depth > 0) {
          return null;
        }
        for (Cedict.Entry full : cedict.lookup(abbr.group(1).strip())) {
          Identity id = interpret(full, depth + 1);
          if (id != null) {
            return new Identity(id.canonical(), id.type(), id.resource(),
                e.simplified() + " is an abbreviation of " + full.simplified() + "; " + id.evidence());
          }
        }
        return null;
      }
      if (g.startsWith("surname ") || g.contains("(name)") || g.contains("(surname)")
          || g.startsWith("see ") || g.startsWith("variant of") || g.startsWith("old variant")
          || g.startsWith("used in") || g.startsWith("CL:")) {
        continue;
      }
      String evidence = e.simplified() + " [" + e.pinyin() + "] /" + g + "/";
      Matcher person = DATED_PERSON.matcher(g);
      if (person.find()) {
        return new Identity(personName(person.group(1)), EntityType.PERSON, "CC-CEDICT", evidence);
      }
      Matcher acronym = ACRONYM.matcher(g);
      String name = PARENTHESES.matcher(g).replaceAll("");
      name = name.split(",|;")[0].strip();
      for (String candidate : acronym.find() ? List.of(name, acronym.group(1)) : List.of(name)) {
        Gazetteer.Entry ge = gazetteer.lookup(candidate);
        if (ge != null && !ge.demonym()) {
          return new Identity(ge.canonical(), ge.type(), "CC-CEDICT", evidence);
        }
      }
      if (name.isEmpty() || !Character.isUpperCase(name.charAt(name.startsWith("the ") ? 4 : 0))) {
        continue;
      }
      if (name.startsWith("the ")) {
        name = name.substring(4);
      }
      if (name.split(" ").length > 6) {
        continue;
      }
      EntityType type = ORG_WORDS.matcher(name).find() ? EntityType.ORGANIZATION
          : PLACE_WORDS.matcher(g).find() ? EntityType.LOCATION
          : ORG_WORDS.matcher(g).find() || g.contains("news agency") || g.contains("newspaper")
              ? EntityType.ORGANIZATION : EntityType.OTHER;
      if (type == EntityType.LOCATION) {
        // "Beijing municipality" is Beijing in English news
        name = name.replaceFirst(" (municipality|city|province|prefecture|county)$", "");
      }
      return new Identity(name, type, "CC-CEDICT", evidence);
    }
    return null;
  }

  /**
   * A dictionary person's name as English news writes it: "Sergey Viktorovich Lavrov" is Sergey
   * Lavrov (no patronymic), "MURAKAMI Haruki" is Haruki Murakami, "Sir Richard Branson" is Richard
   * Branson.
   */
  private static String personName(String raw) {
    String name = raw.strip().replaceAll("\\s+", " ");
    int or = name.indexOf(" or ");
    if (or > 0) {
      name = name.substring(0, or); // "Li Hung-chang or Li Hongzhang": the first form
    }
    name = name.replaceFirst("^(Sir|Dame|Lord|Lady) ", "");
    String[] parts = name.split(" ");
    if (parts.length == 2 && parts[0].length() > 1 && parts[0].equals(parts[0].toUpperCase(Locale.ROOT))
        && !parts[1].equals(parts[1].toUpperCase(Locale.ROOT))) {
      // "MURAKAMI Haruki": a family name in capitals goes last in English
      return parts[1] + " " + parts[0].charAt(0) + parts[0].substring(1).toLowerCase(Locale.ROOT);
    }
    if (parts.length == 3 && PATRONYMIC.matcher(parts[1]).matches()) {
      return parts[0] + " " + parts[2];
    }
    return name;
  }

  private static boolean compatible(Identity id, @Nullable EntityType hint) {
    if (hint == null || hint == EntityType.OTHER || id.type() == EntityType.OTHER) {
      return true;
    }
    boolean place = id.type() == EntityType.COUNTRY || id.type() == EntityType.LOCATION;
    boolean hintPlace = hint == EntityType.COUNTRY || hint == EntityType.LOCATION;
    if (place && hintPlace) {
      return true;
    }
    // a state's name tagged as an organisation ("the government of X") is still the state
    if (id.type() == EntityType.COUNTRY && hint == EntityType.ORGANIZATION) {
      return true;
    }
    return id.type() == hint;
  }

  private static Character.UnicodeScript script(String s) {
    Map<Character.UnicodeScript, Integer> count = new HashMap<>();
    s.codePoints().filter(Character::isLetter).forEach(
        cp -> count.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(Character.UnicodeScript.COMMON);
  }

  private static String pinyin(String han) {
    return transliterate("Han-Latin; Latin-ASCII", han).strip();
  }

  private static String transliterate(String id, String text) {
    return Transliterators.get(id).transliterate(text);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** A key under which romanisations of one Korean name agree (Gim Jeong-eun, Kim Jong-un). */
  static String looseKey(String latin) {
    String s = Transliterators.get("Latin-ASCII").transliterate(latin).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z]", "");
    s = s.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ae", "e")
        .replace("yeo", "yo");
    return s.replace('g', 'k').replace('d', 't').replace('b', 'p').replace('r', 'l');
  }

  /** ICU transliterators are not thread-safe; one instance per id per thread. */
  private static final class Transliterators {
    private static final ThreadLocal<Map<String, Transliterator>> CACHE =
        ThreadLocal.withInitial(HashMap::new);

    static Transliterator get(String id) {
      return CACHE.get().computeIfAbsent(id, Transliterator::getInstance);
    }
  }
}
