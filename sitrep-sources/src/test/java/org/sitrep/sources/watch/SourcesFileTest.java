package org.sitrep.sources.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
  @TempDir Path dir;

  @Test
  void readsSourcesAndDefaults() throws Exception {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(file, """
        defaults:
          interval: 20m
          per-host-delay: 2s
          max-page-size: 5MB
          user-agent: "examplebot/1.0"
        sources:
          - name: Example World
            feed: https://example.com/world/rss.xml
            outlet: Example News
            country: gb
            interval: 5m
          - sitemap: https://example.org/news-sitemap.xml
            max-items: 20
        """);
    SourcesFile sources = SourcesFile.load(file);
    assertThat(sources.sources()).hasSize(2);
    SourceSpec world = sources.sources().get(0);
    assertThat(world.kind()).isEqualTo(SourceSpec.Kind.FEED);
    assertThat(world.country()).isEqualTo("GB");
    assertThat(world.interval()).isEqualTo(Duration.ofMinutes(5));
    SourceSpec map = sources.sources().get(1);
    assertThat(map.name()).isEqualTo("https://example.org/news-sitemap.xml");
    assertThat(map.kind()).isEqualTo(SourceSpec.Kind.SITEMAP);
    assertThat(map.interval()).isEqualTo(Duration.ofMinutes(20));
    assertThat(map.maxItems()).isEqualTo(20);
    assertThat(sources.policy().perHostDelay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(sources.policy().maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(sources.policy().userAgent()).isEqualTo("examplebot/1.0");
  }

  @Test
  void reportsEveryProblemAtOnce() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, """
        defaults:
          interval: soon
        sources:
          - name: A
            feed: ftp://example.com/rss
          - name: B
            feed: https://example.com/b
            sitemap: https://example.com/s
          - name: C
            country: Britain
            feed: https://example.com/c
            colour: blue
          - name: A
            feed: https://example.com/a2
        """);
    assertThatThrownBy(() -> SourcesFile.load(file))
        .isInstanceOf(SourcesFile.InvalidException.class)
        .hasMessageContaining("interval")
        .hasMessageContaining("expected an http(s) URL")
        .hasMessageContaining("either 'feed' or 'sitemap'")
        .hasMessageContaining("ISO 3166-1")
        .hasMessageContaining("unknown key 'colour'")
        .satisfies(e -> assertThat(((SourcesFile.InvalidException) e).problems()).hasSizeGreaterThanOrEqualTo(5));
  }

  /** Issue 14, defect 11: a line break in an outlet name corrupted DATA/outlets.txt. */
  @Test
  void namesAndOutletsMustBeOneLine() throws Exception {
    Path file = dir.resolve("names.yaml");
    Files.writeString(file, """
        sources:
          - name: World
            feed: https://news.example/rss
            outlet: "Example\\nNews | GB | wire | evil.example |"
          - name: "Two\\u2028lines"
            feed: https://news.example/rss2
          - name: Pipes
            feed: https://news.example/rss3
            outlet: "A | B"
        """);
    assertThatThrownBy(() -> SourcesFile.load(file)).isInstanceOf(SourcesFile.InvalidException.class)
        .hasMessageContaining("source 1 (World): outlet must be one line")
        .hasMessageContaining("source 2 (Two")
        .hasMessageContaining("source 3 (Pipes): outlet must not contain '|'");
  }

  @Test
  void brokenYamlNamesTheLine() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "sources:\n  - name: [unclosed\n");
    assertThatThrownBy(() -> SourcesFile.load(file)).isInstanceOf(SourcesFile.InvalidException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void durations() {
    assertThat(SourcesFile.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(SourcesFile.parseDuration("PT15M")).isEqualTo(Duration.ofMinutes(15));
    assertThat(SourcesFile.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> SourcesFile.parseDuration("soon")).isInstanceOf(IllegalArgumentException.class);
  }
}
