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
    assertThat(file).as("golden file %s is missing: run with -Dgolden.update=true, review it and commit it", file)
        .exists();
    assertThat(normalized).as("output differs from golden %s (-Dgolden.update=true rewrites it)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
