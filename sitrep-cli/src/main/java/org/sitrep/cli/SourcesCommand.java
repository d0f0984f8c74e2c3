package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.SitrepJson;
import org.sitrep.sources.watch.SourceStatus;
import org.sitrep.sources.watch.WatchState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep sources}: what the watcher knows about each source. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Lists each watched source with its last fetch, errors and article count.")
public final class SourcesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ./sitrep-data).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
  String format = "table";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("table") && !format.equals("json")) {
      err.println("sitrep sources: --format expects table or json, got '" + format + "'");
      return ExitCodes.USAGE;
    }
    List<SourceStatus> statuses = WatchState.read(data);
    if (format.equals("json")) {
      ArrayNode array = SitrepJson.mapper().createArrayNode();
      for (SourceStatus s : statuses) {
        ObjectNode n = array.addObject();
        n.put("name", s.name());
        n.put("kind", s.kind());
        n.put("url", s.url());
        n.put("outlet", s.outlet());
        n.put("country", s.country());
        n.put("lastFetch", s.lastPoll() == null ? null : s.lastPoll().toString());
        n.put("lastSuccess", s.lastSuccess() == null ? null : s.lastSuccess().toString());
        n.put("lastResult", s.lastResult());
        n.put("lastError", s.lastError());
        n.put("polls", s.polls());
        n.put("errors", s.errors());
        n.put("articles", s.articles());
        n.put("failedPages", s.failedPages());
      }
      out.println(SitrepJson.mapper().writeValueAsString(array));
      return ExitCodes.OK;
    }
    if (statuses.isEmpty()) {
      out.println("No sources watched yet in " + data + " (run: sitrep watch SOURCES.yaml --data " + data + ")");
      return ExitCodes.OK;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SOURCE", "KIND", "OUTLET", "LAST FETCH", "POLLS", "ERRORS", "ARTICLES", "LAST RESULT"});
    for (SourceStatus s : statuses) {
      String last = s.lastPoll() == null ? "never" : s.lastPoll().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
      String result = s.lastError() != null ? "error: " + s.lastError() : s.lastResult() == null ? "" : s.lastResult();
      rows.add(new String[] {s.name(), s.kind(), s.outlet() == null ? "" : s.outlet()
          + (s.country() == null ? "" : " (" + s.country() + ")"), last, Long.toString(s.polls()),
          Long.toString(s.errors()), Long.toString(s.articles()), result});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i < row.length - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
      }
      out.println(line.toString().stripTrailing());
    }
    return ExitCodes.OK;
  }
}
