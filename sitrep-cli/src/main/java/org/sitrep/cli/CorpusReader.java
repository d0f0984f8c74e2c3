package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.json.SitrepJson;
import org.sitrep.store.StoreException;
import picocli.CommandLine;

/** Opening the corpus for a read command, with the store's problems turned into one clear line. */
final class CorpusReader {
  private CorpusReader() {}

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
  static String join(java.util.List<String> items, int max) {
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
