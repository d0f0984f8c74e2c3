package org.sitrep.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.nlp.entity.Gazetteer;

/**
 * Country names in Chinese (simplified and traditional), Russian, Korean and Japanese from the JDK's
 * CLDR locale data, mapped through the ISO code to the English pack's canonical country name.
 * Immutable and thread-safe.
 */
final class CountryNames {
  private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
      Locale.of("zh", "HK"), Locale.of("ru"), Locale.KOREAN, Locale.JAPANESE};
  private final Map<String, Identity> byName;

  CountryNames(Gazetteer gazetteer) {
    Map<String, Identity> map = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      Locale country = Locale.of("", iso);
      String english = country.getDisplayCountry(Locale.ENGLISH);
      Gazetteer.Entry entry = gazetteer.lookup(english);
      String canonical = entry != null && entry.type() == EntityType.COUNTRY ? entry.canonical() : english;
      for (Locale l : LOCALES) {
        String local = country.getDisplayCountry(l);
        if (!local.isBlank() && !local.equals(iso) && !local.equals(english)) {
          map.putIfAbsent(local, new Identity(canonical, EntityType.COUNTRY, "CLDR",
              local + " is the " + l.toLanguageTag() + " name of " + iso));
        }
      }
    }
    this.byName = Map.copyOf(map);
  }

  @Nullable Identity lookup(String name) {
    return byName.get(name);
  }
}
