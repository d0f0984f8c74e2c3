package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.InvalidQueryException;
import org.sitrep.core.corpus.SearchHit;
import org.sitrep.core.corpus.SearchQuery;
import org.sitrep.core.corpus.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep search QUERY}: full-text search with filters, facets and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
      "Searches the corpus (BM25 over titles and texts, English stemming).",
      "QUERY: words (all required), \"quoted phrases\", AND, OR, NOT, -word, (groups); empty for all, newest first."
    })
public final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin CorpusOptions options = new CorpusOptions();

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "The query (quote it in the shell).")
  String query = "";

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only these outlets (repeatable).")
  List<String> outlets = new ArrayList<>();

  @Option(names = "--country", paramLabel = "CODE", description = "Only outlets of these countries, ISO codes (repeatable).")
  List<String> countries = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity, canonical name (repeatable).")
  List<String> entities = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this ISO date.")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this ISO date.")
  @Nullable String to;

  @Option(names = "--like", paramLabel = "ARTICLE",
      description = "Instead of a query: the articles most like this stored article (reprints and rewrites first).")
  @Nullable String like;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits per page, 1 to 1000 (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchQuery q;
    try {
      q = new SearchQuery(query, upper(outlets, false), upper(countries, true), entities, from, to, offset, limit);
    } catch (IllegalArgumentException e) {
      err.println("sitrep search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return CorpusReader.read(spec, options, engine -> {
      SearchResult r;
      try {
        if (like != null) {
          if (engine.corpus().article(like).isEmpty()) {
            err.println("sitrep search: no article '" + like + "' in the corpus");
            return ExitCodes.USAGE;
          }
          var similar = engine.similar(like, Math.min(1000, offset + limit));
          r = new SearchResult(similar.size(), similar.subList(Math.min(offset, similar.size()), similar.size()), Map.of());
        } else {
          r = engine.corpus().search(q);
        }
      } catch (InvalidQueryException e) {
        err.println("sitrep " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (options.json()) {
        CorpusReader.printJson(out, r);
        return ExitCodes.OK;
      }
      int shownFrom = r.hits().isEmpty() ? 0 : offset + 1;
      out.println(r.total() + " hits" + (r.hits().isEmpty() ? "" : " (" + shownFrom + "-" + (offset + r.hits().size()) + ")"));
      if (!r.hits().isEmpty()) {
        Table t = new Table(List.of("#", "SCORE", "PUBLISHED", "OUTLET", "TITLE / SNIPPET"), 5, 6, 10, 22, 200);
        int n = offset;
        for (SearchHit h : r.hits()) {
          n++;
          t.row(n, String.format(Locale.ROOT, "%.2f", h.score()), StoriesCommand.day(h.published()), h.outlet(),
              (h.title() == null ? "" : h.title() + " — ") + plain(h.snippet()));
        }
        t.print(out, Table.lineWidth());
      }
      for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).toList()) {
        if (f.getValue().isEmpty()) {
          continue;
        }
        String values = f.getValue().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .limit(8).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        out.println(f.getKey() + ": " + values);
      }
      out.flush();
      return ExitCodes.OK;
    });
  }

  private static List<String> upper(List<String> values, boolean upper) {
    return values.stream().map(String::strip).filter(v -> !v.isEmpty())
        .map(v -> upper ? v.toUpperCase(Locale.ROOT) : v).toList();
  }

  /** A snippet for a terminal: marks shown as [..], entities unescaped. */
  static String plain(String snippet) {
    return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }
}
