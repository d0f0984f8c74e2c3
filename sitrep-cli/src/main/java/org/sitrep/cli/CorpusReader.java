package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.StoreException;
import picocli.CommandLine;

/**
 * What the corpus read commands share: opening the corpus with the store's problems turned into one
 * clear line, the story check, and the print of a list as JSON or as a counted table.
 */
final class CorpusReader {
  private CorpusReader() {}

  /** A read command's work on the open corpus; returns the exit code. */
  @FunctionalInterface
  interface Reading {
    int read(Engine engine) throws IOException;
  }

  /** Reads a list from the open corpus. */
  @FunctionalInterface
  interface ListSource<T> {
    List<T> list(Engine engine) throws IOException;
  }

  /** The JSON value printed for a list (the list itself, or items built from it). */
  @FunctionalInterface
  interface JsonView<T> {
    Object of(Engine engine, List<T> items) throws IOException;
  }

  /**
   * Opens the corpus on {@code options.data} read-only, runs {@code reading} and closes it; exit 1
   * (after the reason on stderr) when the corpus cannot be opened.
   */
  static int read(CommandLine.Model.CommandSpec spec, CorpusOptions options, Reading reading) throws IOException {
    try (Engine engine = open(spec, options)) {
      if (engine == null) {
        return ExitCodes.SOME_FAILED;
      }
      return reading.read(engine);
    }
  }

  /**
   * The list commands: reads the list (of {@code story} when given; an unknown story is a usage
   * error), prints it as JSON with {@code --format json}, else "N {@code noun}" and the table whose
   * rows {@code row} adds.
   */
  static <T> int printList(CommandLine.Model.CommandSpec spec, CorpusOptions options, @Nullable String story,
      ListSource<T> source, JsonView<T> json, String noun, Table table, BiConsumer<Table, T> row) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    return read(spec, options, engine -> {
      if (story != null && engine.corpus().story(story).isEmpty()) {
        return unknownStory(spec, story);
      }
      List<T> items = source.list(engine);
      if (options.json()) {
        printJson(out, json.of(engine, items));
        return ExitCodes.OK;
      }
      for (T item : items) {
        row.accept(table, item);
      }
      out.println(items.size() + " " + noun);
      if (!table.isEmpty()) {
        table.print(out, Table.lineWidth());
      }
      out.flush();
      return ExitCodes.OK;
    });
  }

  /** The engine on {@code options.data}, read-only, or null after printing why not. */
  static @Nullable Engine open(CommandLine.Model.CommandSpec spec, CorpusOptions options) {
    try {
      Engine engine = Engine.openReadOnly(EngineConfig.at(options.data));
      if (engine.store().size() == 0) {
        spec.commandLine().getErr().println("sitrep " + spec.name() + ": the corpus in " + options.data
            + " is empty; add articles with ./sitrep ingest --data " + options.data + " PATH...");
      }
      return engine;
    } catch (StoreException e) {
      spec.commandLine().getErr().println("sitrep " + spec.name() + ": " + e.getMessage());
      return null;
    } catch (IOException e) {
      spec.commandLine().getErr().println("sitrep " + spec.name() + ": cannot read the corpus in "
          + options.data + ": " + e);
      return null;
    }
  }

  /** Prints {@code value} as indented JSON (sorted map keys, records in contract order). */
  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(SitrepJson.pretty().writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("json: cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** "a, b, c" for a list, cut to {@code max} items with "+N". */
  static String join(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + " +" + (items.size() - max);
  }

  /** The "no story" error of story-scoped commands: exit 2. */
  static int unknownStory(CommandLine.Model.CommandSpec spec, String story) {
    spec.commandLine().getErr().println("sitrep " + spec.name() + ": no story '" + story
        + "' in the corpus; ./sitrep stories lists the story ids");
    return ExitCodes.USAGE;
  }
}
