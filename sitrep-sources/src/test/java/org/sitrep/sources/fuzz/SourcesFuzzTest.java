package org.sitrep.sources.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests. In the normal test run they replay their seed inputs (regression mode, under
 * {@code src/test/resources/org/sitrep/sources/fuzz/SourcesFuzzTestInputs/}); {@code scripts/fuzz}
 * runs a real campaign. Every crash found is added to {@code src/test/resources/regression/}, which
 * {@link RegressionCorpusTest} replays.
 */
class SourcesFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void feedReader(byte[] data) {
    InputHarness.feed(data);
  }

  @FuzzTest(maxDuration = "60s")
  void warcReader(byte[] data) {
    InputHarness.warc(data);
  }

  @FuzzTest(maxDuration = "60s")
  void sitemapReader(byte[] data) {
    InputHarness.sitemap(data);
  }

  @FuzzTest(maxDuration = "60s")
  void htmlExtractor(byte[] data) {
    InputHarness.html(data);
  }

  @FuzzTest(maxDuration = "60s")
  void articleCleaner(byte[] data) {
    InputHarness.extractor(data);
  }

  @FuzzTest(maxDuration = "60s")
  void jsonLinesReader(byte[] data) {
    InputHarness.jsonLines(data);
  }
}
