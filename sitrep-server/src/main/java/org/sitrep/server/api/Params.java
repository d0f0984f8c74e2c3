package org.sitrep.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.SearchQuery;

/** Strict parsing of query parameters: a malformed value is a 400 naming the parameter, never a guess. */
public final class Params {
  /** Largest page of search hits one request may ask for. */
  public static final int MAX_LIMIT = 100;
  /** Default page size. */
  public static final int DEFAULT_LIMIT = 20;
  /** Deepest offset a request may page to. */
  public static final int MAX_OFFSET = 10_000;
  /** Longest query text accepted. */
  public static final int MAX_QUERY_CHARS = 500;

  private Params() {}

  /** An optional single-valued parameter, trimmed; blank counts as absent. */
  public static @Nullable String optional(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiException.badRequest("parameter '" + name + "' expects one value, got " + values.size());
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /** An integer within [min, max], or the default when absent. */
  public static int integer(Context ctx, String name, int defaultValue, int min, int max) {
    String raw = optional(ctx, name);
    if (raw == null) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' expects an integer in [" + min + ","
          + max + "], got '" + raw + "'");
    }
    if (value < min || value > max) {
      throw ApiException.badRequest("parameter '" + name + "' must be in [" + min + "," + max
          + "], got " + value);
    }
    return value;
  }

  /** An ISO date (yyyy-MM-dd), or null when absent. */
  public static @Nullable String date(Context ctx, String name) {
    String raw = optional(ctx, name);
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw).toString();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("parameter '" + name + "' expects an ISO date such as 2024-06-19, got '"
          + raw + "'");
    }
  }

  /**
   * All non-blank values of a repeatable parameter ({@code outlet=A&outlet=B}). Values are not split
   * on commas: outlet and entity names may hold them.
   */
  public static List<String> many(Context ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      if (!value.isBlank()) {
        out.add(value.strip());
      }
    }
    return out;
  }

  /** The search query of {@code /api/search}: q, outlet, country, entity, from, to, offset, limit. */
  public static SearchQuery search(Context ctx) {
    String text = optional(ctx, "q");
    if (text != null && text.length() > MAX_QUERY_CHARS) {
      throw ApiException.badRequest("parameter 'q' is limited to " + MAX_QUERY_CHARS + " characters, got "
          + text.length());
    }
    List<String> countries = new ArrayList<>();
    for (String country : many(ctx, "country").stream().flatMap(c -> java.util.Arrays.stream(c.split(","))).toList()) {
      if (!country.matches("[A-Za-z]{2}")) {
        throw ApiException.badRequest("parameter 'country' expects ISO 3166-1 alpha-2 codes such as KR, got '"
            + country + "'");
      }
      countries.add(country.toUpperCase(Locale.ROOT));
    }
    String from = date(ctx, "from");
    String to = date(ctx, "to");
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw ApiException.badRequest("parameter 'from' (" + from + ") is after 'to' (" + to + ")");
    }
    int offset = integer(ctx, "offset", 0, 0, MAX_OFFSET);
    int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new SearchQuery(text == null ? "" : text, many(ctx, "outlet"), countries, many(ctx, "entity"),
        from, to, offset, limit);
  }
}
