package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: compares output with the expected file;
 * {@code -Dgolden.update=true} rewrites it instead (the diff is the review).
 */
final class Golden {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void check(String actual, String relative) throws IOException {
    Path file = ROOT.resolve(relative);
    String normalized = actual.replace("\r\n", "\n").strip() + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, normalized, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      // First run after the stages behind this output were built: record it for review, and
      // report the test as skipped rather than passed.
      Files.createDirectories(file.getParent());
      Files.writeString(file, normalized, StandardCharsets.UTF_8);
      org.junit.jupiter.api.Assumptions.abort("golden file " + file + " was missing and has been written: review and commit it");
    }
    assertThat(normalized).as("output differs from golden %s (-Dgolden.update=true rewrites it)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
