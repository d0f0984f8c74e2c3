package org.sitrep.corpus.outlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.OutletKind;
import org.sitrep.corpus.text.Terms;

/**
 * Outlets with country and kind: curated facts, a user file, inference for the rest. Immutable and
 * thread-safe once loaded.
 *
 * <p>The curated list ({@code outlets.txt} in this package) and a user file share one format, one
 * outlet per line with five fields separated by {@code |}: name, country (ISO 3166-1 alpha-2),
 * kind ({@link OutletKind}), domains (comma-separated) and other names (comma-separated); {@code #}
 * starts a comment line. A user entry with the name (or another name) of a curated outlet replaces it.
 *
 * <p>An outlet found in neither gets its country from the domain's country-code TLD ({@code .kr},
 * {@code .co.uk}) or, failing that, from a copyright line in the text naming a known outlet; such
 * outlets are marked {@code inferred}. Kind {@link OutletKind#UNKNOWN}.
 */
public final class OutletRegistry {
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?([A-Z][\\w'&.\\- ]{1,40})", Pattern.CASE_INSENSITIVE);

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byName;
  private final Map<String, Outlet> byDomain;

  private OutletRegistry(List<Outlet> outlets, Map<String, Outlet> byName, Map<String, Outlet> byDomain) {
    this.outlets = List.copyOf(outlets);
    this.byName = Map.copyOf(byName);
    this.byDomain = Map.copyOf(byDomain);
  }

  /** The curated registry, extended by {@code userFile} when given. */
  public static OutletRegistry load(@Nullable Path userFile) throws IOException {
    Builder b = new Builder();
    try (InputStream in = OutletRegistry.class.getResourceAsStream("outlets.txt")) {
      if (in == null) {
        throw new IOException("outlet registry: resource outlets.txt missing from the jar");
      }
      b.read(new InputStreamReader(in, StandardCharsets.UTF_8), "outlets.txt");
    }
    if (userFile != null) {
      try (Reader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
        b.read(r, userFile.toString());
      }
    }
    return b.build();
  }

  /** Every curated and user outlet, in file order. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet known under {@code name} (any of its names, case and accents ignored). */
  public Optional<Outlet> find(@Nullable String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
  }

  /** The outlet owning {@code host} or one of its parent domains. */
  public Optional<Outlet> findByHost(@Nullable String host) {
    if (host == null) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    while (true) {
      Outlet o = byDomain.get(h);
      if (o != null) {
        return Optional.of(o);
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      h = h.substring(dot + 1);
    }
  }

  /**
   * The outlet of an article from its outlet name and URL (and text signals); unknown outlets get
   * an inferred country or none.
   */
  public Outlet resolve(@Nullable String outletName, @Nullable String url, String text) {
    Optional<Outlet> named = find(outletName);
    if (named.isPresent()) {
      return named.get();
    }
    String host = host(url);
    Optional<Outlet> hosted = findByHost(host);
    if (hosted.isPresent()) {
      return hosted.get();
    }
    String name = outletName != null && !outletName.isBlank() ? outletName.strip()
        : host != null ? (host.startsWith("www.") ? host.substring(4) : host) : "unknown";
    String country = countryOfHost(host);
    if (country == null) {
      country = countryOfName(name);
    }
    if (country == null) {
      country = countryFromText(text);
    }
    return new Outlet(name, country, OutletKind.UNKNOWN, host == null ? List.of() : List.of(host), true);
  }

  /** The host of {@code url}, lower case, or null. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String u = url.strip();
      URI uri = URI.create(u.contains("://") ? u : "http://" + u);
      String h = uri.getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      // a malformed URL carries no host to resolve; the outlet stays unknown
      return null;
    }
  }

  /** The country of a country-code top-level domain ({@code .kr} is KR, {@code .uk} is GB), or null. */
  public static @Nullable String countryOfHost(@Nullable String host) {
    if (host == null) {
      return null;
    }
    int dot = host.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String tld = host.substring(dot + 1);
    if (tld.length() != 2 || !tld.chars().allMatch(Character::isLetter)) {
      return null;
    }
    return switch (tld) {
      case "uk" -> "GB";
      // TLDs used as generic names rather than for their country
      case "tv", "io", "me", "co", "ai", "fm", "ly", "cc", "ws" -> null;
      default -> tld.toUpperCase(Locale.ROOT);
    };
  }

  /**
   * The country an outlet's own name states ("Frontier India" is IN, "Thailand Recorder" is TH),
   * from ISO 3166 English country names; null when it names none or more than one.
   */
  public static @Nullable String countryOfName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String padded = " " + key(name) + " ";
    String found = null;
    for (Map.Entry<String, String> e : COUNTRY_NAMES.entrySet()) {
      if (padded.contains(" " + e.getKey() + " ")) {
        if (found != null && !found.equals(e.getValue())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static final Map<String, String> COUNTRY_NAMES = countryNames();

  private static Map<String, String> countryNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      String english = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      if (!english.isBlank() && !english.equals(code)) {
        names.put(key(english), code);
      }
    }
    return names;
  }

  private @Nullable String countryFromText(String text) {
    int from = Math.max(0, text.length() - 2000);
    Matcher m = COPYRIGHT.matcher(text.substring(from));
    while (m.find()) {
      String candidate = m.group(1).strip();
      // try the longest prefix of words that names a known outlet
      String[] words = candidate.split("\\s+");
      for (int n = Math.min(words.length, 5); n > 0; n--) {
        Optional<Outlet> o = find(String.join(" ", java.util.Arrays.copyOf(words, n)));
        if (o.isPresent() && o.get().country() != null) {
          return o.get().country();
        }
      }
    }
    return null;
  }

  static String key(String name) {
    String k = Terms.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return k;
  }

  private static final class Builder {
    private final Map<String, Outlet> outlets = new LinkedHashMap<>();
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    void read(Reader reader, String origin) throws IOException {
      BufferedReader r = new BufferedReader(reader);
      List<String> problems = new ArrayList<>();
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] f = s.split("\\|", -1);
        if (f.length != 5) {
          problems.add(origin + ":" + lineNo + ": expected 5 fields separated by '|', found " + f.length);
          continue;
        }
        String name = f[0].strip();
        String country = f[1].strip().toUpperCase(Locale.ROOT);
        OutletKind kind;
        try {
          kind = OutletKind.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(origin + ":" + lineNo + ": expected kind WIRE, STATE_AFFILIATED, PUBLIC_BROADCASTER,"
              + " COMMERCIAL, AGGREGATOR or UNKNOWN, found '" + f[2].strip() + "'");
          continue;
        }
        if (name.isEmpty() || !(country.isEmpty() || country.matches("[A-Z]{2}"))) {
          problems.add(origin + ":" + lineNo + ": expected a name and a two-letter country, found '"
              + name + "' and '" + country + "'");
          continue;
        }
        List<String> domains = split(f[3]).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        List<String> variants = new ArrayList<>(split(f[4]));
        variants.add(0, name);
        Outlet o = new Outlet(name, country.isEmpty() ? null : country, kind, domains, false);
        // a user entry replaces a curated one that shares any name
        for (String v : variants) {
          Outlet old = lookup(v);
          if (old != null) {
            outlets.remove(old.name());
            names.remove(old.name());
          }
        }
        outlets.put(name, o);
        names.put(name, variants);
      }
      if (!problems.isEmpty()) {
        throw new IOException("outlet registry: " + String.join("; ", problems));
      }
    }

    private @Nullable Outlet lookup(String name) {
      String k = key(name);
      for (Map.Entry<String, List<String>> e : names.entrySet()) {
        for (String v : e.getValue()) {
          if (key(v).equals(k)) {
            return outlets.get(e.getKey());
          }
        }
      }
      return null;
    }

    OutletRegistry build() {
      Map<String, Outlet> byName = new LinkedHashMap<>();
      Map<String, Outlet> byDomain = new LinkedHashMap<>();
      for (Outlet o : outlets.values()) {
        for (String v : names.get(o.name())) {
          byName.putIfAbsent(key(v), o);
        }
        for (String d : o.domains()) {
          byDomain.putIfAbsent(d.startsWith("www.") ? d.substring(4) : d, o);
        }
      }
      return new OutletRegistry(new ArrayList<>(outlets.values()), byName, byDomain);
    }

    private static List<String> split(String field) {
      List<String> out = new ArrayList<>();
      for (String p : field.split(",")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
      return out;
    }
  }
}
