package org.sitrep.nlp.lite;

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

/**
 * Entities from candidate names: a candidate is a span of the text with the forms to look its name
 * up by (the words as written, then without a case ending or particle); the first form that CLDR's
 * local names or the name layer ({@link NameResolver}) knows names it. A candidate no resource
 * knows is not an entity: without a tagger, the resources are what tells a name from a word.
 * Thread-safe.
 */
final class NameFinder {
  /** A span to try, with the forms to look up in order and the type to hint (null: any). */
  record Candidate(int start, int end, List<String> forms, @Nullable EntityType hint) {}

  /** A candidate that a resource named. */
  record Found(int start, int end, String surface, String form, Identity identity) {}

  private final NameResolver names;
  private final LocalNames local;

  NameFinder(NameResolver names, LocalNames local) {
    this.names = names;
    this.local = local;
  }

  /** The identity of the first form a resource knows, or null. */
  @Nullable Found resolve(String text, Candidate c) {
    for (String form : c.forms()) {
      Identity id = local.lookup(form);
      if (id == null) {
        id = names.resolve(form, c.hint());
      }
      if (id != null && confirmed(id) && (c.hint() == null || id.type() == c.hint())) {
        return new Found(c.start(), c.end(), text.substring(c.start(), c.end()), form, id);
      }
    }
    return null;
  }

  /**
   * Whether a resource confirmed the name: CLDR, a dictionary, or a transliteration that the
   * gazetteer or CC-CEDICT knows. The name layer also answers a bare transliteration (ICU alone, for
   * a name a tagger found); without a tagger that is no evidence of a name, so it is not taken.
   */
  static boolean confirmed(Identity id) {
    return !id.resource().startsWith("ICU ") || id.resource().contains(" + ");
  }

  /**
   * One entity per canonical name and type, in order of first mention: id {@code type:slug} as the
   * other packs make it, the canonical English name, the surfaces as aliases.
   */
  static List<Entity> entities(List<Found> found) {
    Map<String, List<Found>> groups = new LinkedHashMap<>();
    for (Found f : found) {
      groups.computeIfAbsent(f.identity().type() + "\u0000" + f.identity().canonical(), k -> new ArrayList<>()).add(f);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Found> g : groups.values()) {
      Identity first = g.get(0).identity();
      Set<String> aliases = new LinkedHashSet<>();
      List<Mention> mentions = new ArrayList<>();
      for (Found f : g) {
        if (!f.form().equals(first.canonical())) {
          aliases.add(f.form());
        }
        mentions.add(new Mention(f.surface(), f.start(), f.end()));
      }
      String id = first.type().name().toLowerCase(Locale.ROOT) + ":" + EntityExtractor.slug(first.canonical());
      out.add(new Entity(id, first.canonical(), first.type(), List.copyOf(aliases), mentions, List.of(), List.of()));
    }
    return out;
  }
}
