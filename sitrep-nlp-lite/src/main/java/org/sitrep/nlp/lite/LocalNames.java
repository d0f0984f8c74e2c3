package org.sitrep.nlp.lite;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.EntityType;
import org.sitrep.names.Identity;
import org.sitrep.names.NameResolver;
import org.sitrep.nlp.entity.Gazetteer;

/**
 * Names in one language that CLDR (through ICU4J) gives beyond the country names of the name layer:
 * the short country names (США, 한국) and the cities that name time zones (Пхеньян and 평양 are
 * Pyongyang, Сеул and 서울 Seoul). Each maps to the canonical English name the English pack uses:
 * a short country name to its full name's identity, a city to the gazetteer's entry for its English
 * CLDR name. Immutable and thread-safe.
 */
final class LocalNames {
  private final Map<String, Identity> byName;

  LocalNames(ULocale locale, NameResolver names, Gazetteer gazetteer) {
    Map<String, Identity> map = new HashMap<>();
    String tag = locale.toLanguageTag();
    LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
    for (String iso : Locale.getISOCountries()) {
      String full = Locale.of("", iso).getDisplayCountry(locale.toLocale());
      String brief = shortNames.regionDisplayName(iso);
      if (brief == null || brief.isBlank() || brief.equals(full) || brief.equals(iso)) {
        continue;
      }
      Identity country = names.resolve(full, EntityType.COUNTRY);
      if (country != null) {
        map.putIfAbsent(brief, new Identity(country.canonical(), EntityType.COUNTRY, "CLDR",
            brief + " is the short " + tag + " name of " + iso + " (" + full + ")"));
      }
    }
    TimeZoneNames local = TimeZoneNames.getInstance(locale);
    TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = local.getExemplarLocationName(zone);
      String en = english.getExemplarLocationName(zone);
      if (city == null || en == null || city.isBlank() || city.equals(en)) {
        continue;
      }
      Gazetteer.Entry g = gazetteer.lookup(en);
      Identity id = g != null && g.type() != null && !g.demonym()
          ? new Identity(g.canonical(), g.type(), "CLDR", city + " is the " + tag + " name of " + en
              + " (time zone " + zone + ")")
          : new Identity(en, EntityType.LOCATION, "CLDR", city + " is the " + tag + " name of " + en
              + " (time zone " + zone + ")");
      map.putIfAbsent(city, id);
    }
    this.byName = Map.copyOf(map);
  }

  @Nullable Identity lookup(String name) {
    return byName.get(name);
  }
}
