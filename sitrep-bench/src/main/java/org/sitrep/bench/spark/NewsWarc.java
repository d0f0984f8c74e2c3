package org.sitrep.bench.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.bench.store.SyntheticNews;
import org.sitrep.core.model.Article;

/**
 * A crawl-like WARC of generated news pages, written with jwarc: each page is an article of
 * {@link SyntheticNews} (4 to 8 paragraphs of varied sentences about ministers, organisations and
 * countries) in a site template with navigation, byline, a "most read" box and a footer; about one
 * page in eight is a wire copy of an earlier page reprinted by another outlet under a dateline and a
 * credit; every tenth page is followed by a 404 and an image, as a crawl has them. Deterministic.
 */
public final class NewsWarc {
  private NewsWarc() {}

  /** What was written: the article pages and how many of them are reprints. */
  public record Written(int pages, int reprints, long bytes) {}

  public static Written write(Path file, int pages, long seed) throws IOException {
    SyntheticNews news = new SyntheticNews(seed);
    Random random = new Random(seed ^ 0x5eedL);
    List<Article> originals = new ArrayList<>();
    Instant date = Instant.parse("2024-06-19T08:00:00Z");
    int reprints = 0;
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        Article a;
        String outlet;
        String credit = null;
        if (originals.size() > 10 && random.nextInt(8) == 0) {
          Article original = originals.get(random.nextInt(originals.size()));
          do {
            outlet = SyntheticNews.OUTLETS.get(random.nextInt(SyntheticNews.OUTLETS.size())).name();
          } while (outlet.equals(original.outlet()));
          credit = original.outlet();
          a = original;
          reprints++;
        } else {
          a = news.article(i);
          outlet = a.outlet();
          originals.add(a);
        }
        String slug = outlet.toLowerCase(Locale.ROOT).replace(' ', '-');
        String url = "https://www." + slug + ".example/" + a.published() + "/" + a.id() + (credit == null ? "" : "-wire") + ".html";
        w.write(response(url, "text/html; charset=utf-8", html(a, outlet, credit, random).getBytes(StandardCharsets.UTF_8),
            date.plusSeconds(i)));
        if (i % 10 == 9) {
          w.write(response(url.replace(".html", "-gone.html"), 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8), date.plusSeconds(i)));
          byte[] image = new byte[1024 + random.nextInt(2048)];
          random.nextBytes(image);
          w.write(response(url.replace(".html", ".jpg"), 200, "image/jpeg", image, date.plusSeconds(i)));
        }
      }
    }
    return new Written(pages, reprints, Files.size(file));
  }

  private static WarcResponse response(String url, String type, byte[] body, Instant date) throws IOException {
    return response(url, 200, type, body, date);
  }

  private static WarcResponse response(String url, int status, String type, byte[] body, Instant date) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(date)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(MediaType.parse(type), body).build())
        .build();
  }

  private static String html(Article a, String outlet, String credit, Random random) {
    StringBuilder b = new StringBuilder(8_000);
    String title = esc(a.title());
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | ")
        .append(esc(outlet)).append("</title><meta property=\"og:site_name\" content=\"").append(esc(outlet))
        .append("\"><meta property=\"article:published_time\" content=\"").append(a.published()).append("T08:00:00Z\">")
        .append("</head><body><header><a class=\"logo\" href=\"/\">").append(esc(outlet)).append("</a><nav><a href=\"/\">Home</a>")
        .append(" <a href=\"/world\">World</a> <a href=\"/business\">Business</a> <a href=\"/opinion\">Opinion</a>")
        .append(" <a href=\"/sport\">Sport</a> <a href=\"/subscribe\">Subscribe</a></nav></header><main><article><h1>")
        .append(title).append("</h1><p class=\"byline\">By ").append(credit == null ? "Staff reporter" : "Wire staff")
        .append(" &middot; <time datetime=\"").append(a.published()).append("\">").append(a.published()).append("</time></p>");
    String[] paragraphs = a.text().split("\n\n");
    for (int p = 0; p < paragraphs.length; p++) {
      String text = esc(paragraphs[p]);
      if (p == 0 && credit != null) {
        text = "(" + esc(credit) + ") - " + text;
      }
      b.append("<p>").append(text).append("</p>");
    }
    if (credit != null) {
      b.append("<p class=\"credit\">Source: ").append(esc(credit)).append("</p>");
    }
    b.append("</article><aside><h2>Most read</h2><ul>");
    for (int k = 0; k < 5; k++) {
      b.append("<li><a href=\"/story/").append(random.nextInt(100_000)).append("\">Story number ")
          .append(random.nextInt(1000)).append(" of the day</a></li>");
    }
    b.append("</ul></aside></main><footer><p>&copy; 2024 ").append(esc(outlet))
        .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>");
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
