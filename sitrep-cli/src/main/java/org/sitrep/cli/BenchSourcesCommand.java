package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.bench.sources.SourcesBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench sources}: WARC streaming throughput and heap, and polling of many feeds on loopback. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a large WARC (plain and gzip) and streams it (records/s, peak heap), then polls many RSS feeds",
      "served on loopback (first poll, 304 poll, poll with new items). Writes bench-results/sources.json."
    })
public final class BenchSourcesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--warc-mb", paramLabel = "MB", description = "Size of the generated WARC (default: 300).")
  int warcMegabytes = 300;

  @Option(names = "--feeds", paramLabel = "N", description = "Feeds to serve and poll (default: 200).")
  int feeds = 200;

  @Option(names = "--items", paramLabel = "N", description = "Entries per feed (default: 10).")
  int items = 10;

  @Override
  public Integer call() throws Exception {
    if (warcMegabytes < 1 || feeds < 1 || items < 1) {
      spec.commandLine().getErr().println("sitrep bench sources: --warc-mb, --feeds and --items must be positive");
      return ExitCodes.USAGE;
    }
    Path results = Path.of(System.getProperty("sitrep.home", ".")).resolve("bench-results");
    new SourcesBenchmark().run(new SourcesBenchmark.Options(warcMegabytes, feeds, items), results,
        spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
