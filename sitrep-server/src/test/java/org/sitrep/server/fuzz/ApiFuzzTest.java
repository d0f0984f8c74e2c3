package org.sitrep.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API fuzz test: in the normal test run it replays its seeds (under {@code
 * src/test/resources/org/sitrep/server/fuzz/ApiFuzzTestInputs/}) and every input a campaign found
 * to fail (under {@code src/test/resources/regression/api/}); {@code scripts/fuzz api} runs a
 * real campaign.
 */
class ApiFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void apiParameters(byte[] data) {
    ApiHarness.request(data);
  }

  static Stream<Path> regressions() throws IOException, URISyntaxException {
    Path dir = Path.of(ApiFuzzTest.class.getResource("/regression/api").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void regression(Path input) throws IOException {
    ApiHarness.request(Files.readAllBytes(input));
  }
}
