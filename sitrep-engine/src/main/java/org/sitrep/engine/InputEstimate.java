package org.sitrep.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.ingest.InputReader;

/**
 * A cheap count of the pages a list of inputs holds, for progress bars: one per file, one per
 * non-blank line of a JSON Lines file. Archives and feeds count as one, so the figure may be low.
 */
final class InputEstimate {
  private InputEstimate() {}

  static long count(List<Path> paths) {
    long n = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          n += files.filter(Files::isRegularFile).filter(f -> !InputReader.skippedInFolder(f)).mapToLong(InputEstimate::pages).sum();
        } catch (IOException | RuntimeException e) {
          return -1; // an unreadable folder is reported by the reader; the estimate is just unknown
        }
      } else {
        n += pages(p);
      }
    }
    return n;
  }

  private static long pages(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      return 1;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return r.lines().filter(l -> !l.isBlank()).count();
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }
}
