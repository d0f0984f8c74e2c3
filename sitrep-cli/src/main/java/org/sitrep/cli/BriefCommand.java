package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.server.brief.Brief;
import org.sitrep.server.brief.BriefBuilder;
import org.sitrep.server.brief.BriefFormat;
import org.sitrep.server.brief.HtmlBriefWriter;
import org.sitrep.server.brief.MarkdownBriefWriter;
import org.sitrep.server.brief.PdfBriefWriter;
import org.sitrep.server.story.StoryReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep brief STORY}: a sourced brief of one story in Markdown, HTML or PDF. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a sourced brief of one story as Markdown, HTML or PDF.",
      "It says what happened, who said what, what is contested and how each country's outlets frame it;",
      "every statement has a footnote naming outlet, date and the source sentence.",
      "Markdown and HTML go to stdout unless --output is given; PDF needs --output."
    })
public final class BriefCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STORY", description = "Story id (see ./sitrep stories).")
  String story = "";

  @Option(names = "--format", paramLabel = "md|html|pdf", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "md";

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout (required for pdf).")
  @Nullable Path output;

  @Option(names = "--data", paramLabel = "DIR", description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    BriefFormat fmt;
    try {
      fmt = BriefFormat.parse(format);
    } catch (IllegalArgumentException e) {
      err.println("sitrep brief: --format must be md, html or pdf, got '" + format + "'");
      return ExitCodes.USAGE;
    }
    if (fmt == BriefFormat.PDF && output == null) {
      err.println("sitrep brief: --format pdf needs --output FILE (PDF is not written to a terminal)");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(data)) {
      err.println("sitrep brief: no corpus store at " + data + "; run ./sitrep ingest --data " + data + " PATH... first");
      return ExitCodes.USAGE;
    }
    try (Engine engine = Engine.open(EngineConfig.at(data))) {
      Optional<Brief> brief = new BriefBuilder(new StoryReader(engine.corpus())).build(story);
      if (brief.isEmpty()) {
        err.println("sitrep brief: no story with id '" + story + "' in " + data + " (see ./sitrep stories)");
        return ExitCodes.USAGE;
      }
      write(brief.get(), fmt);
    }
    return ExitCodes.OK;
  }

  private void write(Brief brief, BriefFormat fmt) throws IOException {
    if (fmt == BriefFormat.PDF) {
      try (OutputStream out = Files.newOutputStream(output)) {
        new PdfBriefWriter().write(brief, out);
      }
      spec.commandLine().getErr().println("sitrep brief: wrote " + output);
      return;
    }
    String text = fmt == BriefFormat.MD ? new MarkdownBriefWriter().write(brief) : new HtmlBriefWriter(null).write(brief);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("sitrep brief: wrote " + output);
    }
  }
}
