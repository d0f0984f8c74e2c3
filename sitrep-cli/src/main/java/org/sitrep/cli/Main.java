package org.sitrep.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: subcommands for extraction, the corpus, serving and benchmarks. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description = "News intelligence: clean articles, sourced facts, the cross-outlet picture.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ExtractCommand.class,
      IngestCommand.class, BatchCommand.class, StoriesCommand.class, EntitiesCommand.class, TimelineCommand.class, ClaimsCommand.class, SearchCommand.class, CompareCommand.class,
      ServeCommand.class, RebuildCommand.class,
      BriefCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      WatchCommand.class,
      SourcesCommand.class,
      RemoveCommand.class,
      CheckCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with the project's exit-code and error conventions. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.SOME_FAILED);
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("sitrep " + line.getCommandName() + ": " + describe(ex));
      return ExitCodes.SOME_FAILED;
    });
    return cl;
  }

  private static String describe(Throwable ex) {
    String message = ex.getMessage();
    return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  public static void main(String[] args) {
    // Libraries that log through java.util.logging (Lucene) go through the same configuration as ours.
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
