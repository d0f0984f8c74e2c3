package org.sitrep.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairedForkTest {
  @Test
  void aFreshJvmTimesBothExtractorsOnThePages(@TempDir Path dir) throws Exception {
    String paragraph = "<p>" + "The council voted on Tuesday to extend the harbour's opening hours. ".repeat(8) + "</p>";
    for (int i = 0; i < 3; i++) {
      Files.writeString(dir.resolve("page" + i + ".html"), "<html><head><meta charset=utf-8><title>Harbour " + i
          + "</title></head><body><nav><a href=/>Home</a></nav><article>" + paragraph.repeat(3) + "</article></body></html>",
          StandardCharsets.UTF_8);
    }
    PairedFork.Result r = PairedFork.run(dir, 2);
    assertThat(r.ratio()).isPositive();
    assertThat(r.min()).isLessThanOrEqualTo(r.ratio());
    assertThat(r.max()).isGreaterThanOrEqualTo(r.ratio());
    assertThat(r.oursPerCpuSecond()).isPositive();
    assertThat(r.boilerpipePerCpuSecond()).isPositive();
    assertThat(PairedFork.Result.parse(r.line())).isEqualTo(r);
  }

  @Test
  void aJvmThatFailsSaysWhy(@TempDir Path dir) {
    assertThatThrownBy(() -> PairedFork.run(dir.resolve("missing"), 1))
        .hasMessageContaining("the paired-timing JVM failed").hasMessageContaining("missing");
  }
}
