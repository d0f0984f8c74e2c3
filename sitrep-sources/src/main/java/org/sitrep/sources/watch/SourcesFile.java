package org.sitrep.sources.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.sources.fetch.FetchPolicy;

/**
 * The sources file that {@code sitrep watch} reads (YAML):
 *
 * <pre>
 * defaults:                 # all optional
 *   interval: 15m           # 30s, 15m, 2h, 1d or ISO-8601 (PT15M)
 *   max-items: 100          # new articles per poll and source
 *   user-agent: "sitrep/0.1 (+https://example.org/about-our-crawler)"
 *   per-host-concurrency: 2
 *   per-host-delay: 1s
 *   connect-timeout: 10s
 *   read-timeout: 30s
 *   max-page-size: 10MB
 *   max-redirects: 5
 *   retries: 3
 *   retry-backoff: 1s
 * sources:
 *   - name: Example World   # unique
 *     feed: https://example.com/world/rss.xml    # or sitemap: https://example.com/news-sitemap.xml
 *     outlet: Example News
 *     country: GB
 *     interval: 10m
 * </pre>
 *
 * Every problem of the file is reported at once.
 *
 * @param sources the sources in file order
 * @param policy how to fetch
 */
public record SourcesFile(List<SourceSpec> sources, FetchPolicy policy) {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> DEFAULT_KEYS = Set.of("interval", "max-items", "user-agent", "per-host-concurrency",
      "per-host-delay", "connect-timeout", "read-timeout", "max-page-size", "max-redirects", "retries", "retry-backoff",
      "robots");
  private static final Set<String> SOURCE_KEYS = Set.of("name", "feed", "sitemap", "outlet", "country", "interval",
      "max-items");

  public SourcesFile {
    sources = List.copyOf(sources);
    Objects.requireNonNull(policy, "policy");
  }

  /** The file's problems, all of them, one per line. */
  public static final class InvalidException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidException(Path file, List<String> problems) {
      super(file + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n  "
          + String.join("\n  ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /** Loads and validates {@code file}. */
  public static SourcesFile load(Path file) throws IOException, InvalidException {
    Objects.requireNonNull(file, "file");
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      throw new InvalidException(file, List.of("not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidException(file, List.of("expected a mapping with a 'sources' list, found "
          + (root == null ? "an empty file" : root.getNodeType().name().toLowerCase(Locale.ROOT))));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("defaults") && !key.equals("sources")) {
        problems.add("unknown top-level key '" + key + "' (expected 'defaults' or 'sources')");
      }
    }
    JsonNode defaults = root.path("defaults");
    if (!defaults.isMissingNode() && !defaults.isObject()) {
      problems.add("'defaults' must be a mapping");
      defaults = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    unknownKeys(defaults, DEFAULT_KEYS, "defaults", problems);
    FetchPolicy base = FetchPolicy.defaults();
    Duration interval = duration(defaults, "interval", Duration.ofMinutes(15), "defaults", problems);
    int maxItems = integer(defaults, "max-items", 100, "defaults", problems);
    String userAgent = defaults.hasNonNull("user-agent") ? defaults.get("user-agent").asText() : base.userAgent();
    FetchPolicy policy = null;
    try {
      policy = new FetchPolicy(userAgent,
          duration(defaults, "connect-timeout", base.connectTimeout(), "defaults", problems),
          duration(defaults, "read-timeout", base.readTimeout(), "defaults", problems),
          size(defaults, "max-page-size", base.maxBytes(), problems),
          integer(defaults, "max-redirects", base.maxRedirects(), "defaults", problems),
          integer(defaults, "retries", base.maxRetries(), "defaults", problems),
          duration(defaults, "retry-backoff", base.retryBase(), "defaults", problems),
          integer(defaults, "per-host-concurrency", base.perHostConcurrency(), "defaults", problems),
          duration(defaults, "per-host-delay", base.perHostDelay(), "defaults", problems),
          !defaults.has("robots") || defaults.get("robots").asBoolean(true));
    } catch (IllegalArgumentException e) {
      problems.add("defaults: " + e.getMessage());
    }
    JsonNode list = root.path("sources");
    List<SourceSpec> sources = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problems.add("'sources' must be a non-empty list of sources");
    } else {
      Set<String> names = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        SourceSpec spec = source(list.get(i), i + 1, interval, maxItems, problems);
        if (spec != null && !names.add(spec.name())) {
          problems.add("source " + (i + 1) + ": the name '" + spec.name() + "' is used twice");
        } else if (spec != null) {
          sources.add(spec);
        }
      }
    }
    if (!problems.isEmpty() || policy == null) {
      throw new InvalidException(file, problems);
    }
    return new SourcesFile(sources, policy);
  }

  private static @Nullable SourceSpec source(JsonNode node, int index, Duration defaultInterval, int defaultMaxItems,
      List<String> problems) {
    String where = "source " + index;
    if (!node.isObject()) {
      problems.add(where + ": expected a mapping with name and feed or sitemap");
      return null;
    }
    int before = problems.size();
    unknownKeys(node, SOURCE_KEYS, where, problems);
    String feed = text(node, "feed");
    String sitemap = text(node, "sitemap");
    String url = feed != null ? feed : sitemap;
    if (feed != null && sitemap != null) {
      problems.add(where + ": give either 'feed' or 'sitemap', not both");
    } else if (url == null) {
      problems.add(where + ": missing 'feed' or 'sitemap' URL");
    }
    String name = text(node, "name");
    if (name == null) {
      name = url;
    }
    if (name != null) {
      where = where + " (" + name + ")";
    }
    URI uri = null;
    if (url != null) {
      try {
        uri = new URI(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
          problems.add(where + ": expected an http(s) URL, found '" + url + "'");
        }
      } catch (java.net.URISyntaxException e) {
        problems.add(where + ": not a URL: '" + url + "' (" + e.getReason() + ")");
      }
    }
    String outlet = text(node, "outlet");
    singleLine(where, "name", name, problems);
    singleLine(where, "outlet", outlet, problems);
    String country = text(node, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      problems.add(where + ": country must be an ISO 3166-1 alpha-2 code such as GB, found '" + country + "'");
    }
    Duration interval = duration(node, "interval", defaultInterval, where, problems);
    int maxItems = integer(node, "max-items", defaultMaxItems, where, problems);
    if (maxItems < 1) {
      problems.add(where + ": max-items must be at least 1, found " + maxItems);
    }
    if (problems.size() > before || uri == null || name == null) {
      return null;
    }
    return new SourceSpec(name, feed != null ? SourceSpec.Kind.FEED : SourceSpec.Kind.SITEMAP, uri,
        outlet, country == null ? null : country.toUpperCase(Locale.ROOT), interval, maxItems);
  }

  /**
   * Names are kept one per line in the data folder's outlets file and shown in logs and tables: a
   * line break, a control character or the file's '|' separator in one would corrupt them.
   */
  private static void singleLine(String where, String key, @Nullable String value, List<String> problems) {
    if (value == null) {
      return;
    }
    if (value.isBlank()) {
      problems.add(where + ": " + key + " must not be blank");
    } else if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
      problems.add(where + ": " + key + " must be one line without control characters, found '"
          + value.replaceAll("[\\p{Cntrl}\u2028\u2029]", "\\\\n") + "'");
    } else if (value.indexOf('|') >= 0) {
      problems.add(where + ": " + key + " must not contain '|', found '" + value + "'");
    } else if (value.length() > 200) {
      problems.add(where + ": " + key + " is limited to 200 characters, found " + value.length());
    }
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(where + ": unknown key '" + key + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static @Nullable String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static int integer(JsonNode node, String key, int fallback, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() && !value.asText().matches("\\d+")) {
      problems.add(where + ": " + key + " must be a whole number, found '" + value.asText() + "'");
      return fallback;
    }
    return value.isIntegralNumber() ? value.intValue() : Integer.parseInt(value.asText());
  }

  /** Parses "30s", "15m", "2h", "1d", "500ms" or ISO-8601 ("PT15M"). */
  public static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a duration such as 30s, 15m, 2h, 1d or PT15M, found '" + text + "'", e);
    }
  }

  private static Duration duration(JsonNode node, String key, Duration fallback, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      Duration d = parseDuration(value.asText());
      if (d.isNegative()) {
        problems.add(where + ": " + key + " must not be negative, found '" + value.asText() + "'");
        return fallback;
      }
      return d;
    } catch (IllegalArgumentException e) {
      problems.add(where + ": " + key + ": " + e.getMessage());
      return fallback;
    }
  }

  private static long size(JsonNode node, String key, long fallback, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    Matcher m = SIZE.matcher(value.asText().strip());
    if (!m.matches()) {
      problems.add("defaults: " + key + " must be a size such as 10MB or 512KB, found '" + value.asText() + "'");
      return fallback;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "k", "kb" -> n * 1024;
      case "m", "mb" -> n * 1024 * 1024;
      case "g", "gb" -> n * 1024 * 1024 * 1024;
      default -> n;
    };
  }
}
