package org.sitrep.bench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkJobLauncherTest {
  @Test
  void aLocalMasterTellsItsCores() {
    assertThat(SparkBenchCommand.localCores("local[1]")).isEqualTo(1);
    assertThat(SparkBenchCommand.localCores("local[2]")).isEqualTo(2);
    assertThat(SparkBenchCommand.localCores("local[4,3]")).isEqualTo(4);
    assertThat(SparkBenchCommand.localCores("local[*]")).isZero();
    assertThat(SparkBenchCommand.localCores("spark://host:7077")).isZero();
  }

  @Test
  void aJobIsConfinedToTheFirstCpus() throws IOException {
    List<String> one = SparkJobLauncher.pinning(1);
    assertThat(one.get(0)).endsWith("taskset");
    assertThat(one.subList(1, 3)).containsExactly("-c", "0");
    if (Runtime.getRuntime().availableProcessors() >= 2) {
      assertThat(SparkJobLauncher.pinning(2).subList(1, 3)).containsExactly("-c", "0-1");
    }
  }

  @Test
  void moreCpusThanTheMachineHasIsRefused() {
    int more = Runtime.getRuntime().availableProcessors() + 1;
    assertThatThrownBy(() -> SparkJobLauncher.pinning(more)).isInstanceOf(IOException.class)
        .hasMessageContaining(more + " CPUs");
  }

  @Test
  void aConfinedJvmRunsOnOneCpu(@TempDir Path dir) throws Exception {
    // the prefix really confines what it runs: a JVM under it sees one processor
    Path src = dir.resolve("Cpus.java");
    Files.writeString(src, "class Cpus { public static void main(String[] a) {"
        + " System.out.print(Runtime.getRuntime().availableProcessors()); } }");
    List<String> cmd = new java.util.ArrayList<>(SparkJobLauncher.pinning(1));
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(src.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).isZero();
    assertThat(printed).isEqualTo("1");
  }
}
