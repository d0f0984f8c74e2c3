package org.sitrep.sources.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageException;

class SitemapReaderTest {
  static final String NEWS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example/world/a.html</loc>
          <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2024-06-19T08:30:00+02:00</news:publication_date><news:title>Talks resume</news:title></news:news></url>
        <url><loc>https://news.example/world/b.html</loc><lastmod>2024-06-18</lastmod></url>
      </urlset>
      """;

  private final SitemapReader reader = new SitemapReader();

  @Test
  void newsSitemapGivesDatesAndTitles() throws Exception {
    Sitemap map = reader.parse(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml", "https://news.example/sitemap-news.xml");
    assertThat(map).isInstanceOfSatisfying(Sitemap.UrlSet.class, set -> {
      assertThat(set.entries()).hasSize(2);
      SitemapEntry a = set.entries().get(0);
      assertThat(a.url()).isEqualTo("https://news.example/world/a.html");
      assertThat(a.title()).isEqualTo("Talks resume");
      assertThat(a.published()).isEqualTo("2024-06-19T08:30+02:00");
      assertThat(set.entries().get(1).published()).startsWith("2024-06-18");
    });
  }

  @Test
  void gzippedSitemapIsRecognisedFromItsBytes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(NEWS.getBytes(StandardCharsets.UTF_8));
    }
    Sitemap map = reader.parse(bytes.toByteArray(), "application/octet-stream", "https://news.example/sitemap.xml.gz");
    assertThat(((Sitemap.UrlSet) map).entries()).hasSize(2);
  }

  @Test
  void sitemapIndexListsChildrenNewestFirst() throws Exception {
    String index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example/sitemap-2024-05.xml</loc><lastmod>2024-05-31</lastmod></sitemap>
          <sitemap><loc>https://news.example/sitemap-2024-06.xml</loc><lastmod>2024-06-19</lastmod></sitemap>
        </sitemapindex>
        """;
    Sitemap map = reader.parse(index.getBytes(StandardCharsets.UTF_8), "text/xml", "https://news.example/sitemap.xml");
    assertThat(map).isInstanceOfSatisfying(Sitemap.Index.class, i -> assertThat(i.sitemaps())
        .containsExactly("https://news.example/sitemap-2024-06.xml", "https://news.example/sitemap-2024-05.xml"));
  }

  @Test
  void brokenSitemapIsAClearError() {
    assertThatThrownBy(() -> reader.parse("<html><body>no</body></html>".getBytes(StandardCharsets.UTF_8), "text/html",
        "https://news.example/sitemap.xml"))
        .isInstanceOf(StageException.class)
        .hasMessageContaining("https://news.example/sitemap.xml")
        .satisfies(e -> assertThat(((StageException) e).reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void truncatedGzipIsAClearError() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(NEWS.repeat(3).getBytes(StandardCharsets.UTF_8));
    }
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    try {
      Sitemap map = reader.parse(cut, null, "https://news.example/s.xml.gz");
      // A lenient parser may keep the entries before the cut; it must not invent any.
      assertThat(((Sitemap.UrlSet) map).entries().size()).isLessThanOrEqualTo(2);
    } catch (StageException e) {
      assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
      assertThat(e.getMessage()).contains("s.xml.gz");
    }
  }
}
