package org.sitrep.bench.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.ingest.ArticleCleaner;

/**
 * Reads the English news texts of the shared benchmarks, as the pipeline would see them: PolNeAR
 * articles (headline on the first line, the body after it), TempEval-3 documents (the {@code
 * TITLE} element and the {@code TEXT} element with its tags removed) and the trafilatura-eval pages
 * that the product's cleaner reads as English (headline and body from the cleaner).
 */
public final class BenchTexts {
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

  private BenchTexts() {}

  /** PolNeAR's articles of every split, in file-name order; at most {@code limit} when positive. */
  public static List<BenchText> polnear(Path dir, int limit) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String split : List.of("train", "dev", "test")) {
      files.addAll(list(dir.resolve(split).resolve("text"), ".txt"));
    }
    List<BenchText> out = new ArrayList<>();
    for (Path f : sample(files, limit)) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      int nl = raw.indexOf('\n');
      String title = nl < 0 ? raw.strip() : raw.substring(0, nl).strip();
      String body = nl < 0 ? "" : raw.substring(nl + 1).strip();
      if (!body.isEmpty()) {
        out.add(new BenchText("polnear", f.getFileName().toString(), title.isEmpty() ? null : title, body));
      }
    }
    return out;
  }

  /** TempEval-3's platinum test set and TBAQ-cleaned documents; at most {@code limit} when positive. */
  public static List<BenchText> tempeval(Path dir, int limit) throws IOException {
    List<Path> files = new ArrayList<>(list(dir.resolve("te3-platinum"), ".tml"));
    files.addAll(list(dir.resolve("TBAQ-cleaned").resolve("TimeBank"), ".tml"));
    files.addAll(list(dir.resolve("TBAQ-cleaned").resolve("AQUAINT"), ".tml"));
    List<BenchText> out = new ArrayList<>();
    for (Path f : sample(files, limit)) {
      String xml = Files.readString(f, StandardCharsets.UTF_8);
      Matcher text = TEXT.matcher(xml);
      if (!text.find()) {
        continue;
      }
      Matcher title = TITLE.matcher(xml);
      String t = title.find() ? plain(title.group(1)).strip() : null;
      String body = plain(text.group(1)).strip();
      if (!body.isEmpty()) {
        out.add(new BenchText("tempeval3", f.getFileName().toString(), t == null || t.isEmpty() ? null : t, body));
      }
    }
    return out;
  }

  /**
   * The trafilatura-eval pages the product's cleaner reads as English, headline and body as the
   * cleaner gives them; every page is cleaned and at most {@code limit} English ones, spread over
   * them, are kept when positive. Pages the cleaner rejects are reported to {@code skipped}.
   */
  public static List<BenchText> trafilatura(Path dir, int limit, Consumer<String> skipped) throws IOException {
    ArticleCleaner cleaner = new ArticleCleaner();
    List<BenchText> out = new ArrayList<>();
    for (Path f : list(dir.resolve("html"), ".gz")) {
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        html = in.readAllBytes();
      }
      String name = f.getFileName().toString();
      CleanDocument doc;
      try {
        doc = cleaner.process(new RawPage(name, null, ContentType.HTML, html, null, null, null, null),
            StageContext.defaults());
      } catch (StageException | RuntimeException e) {
        skipped.accept(name + ": " + e.getMessage());
        continue;
      }
      if ("en".equals(doc.language())) {
        out.add(new BenchText("trafilatura-eval", name, doc.title(), doc.text()));
      }
    }
    return sample(out, limit);
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
    }
  }

  /** Every item, or {@code limit} of them spread evenly over the list. */
  private static <T> List<T> sample(List<T> files, int limit) {
    if (limit <= 0 || files.size() <= limit) {
      return files;
    }
    List<T> out = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      out.add(files.get((int) ((long) i * files.size() / limit)));
    }
    return out;
  }

  /** XML content as text: tags removed, the five predefined entities decoded. */
  static String plain(String xml) {
    return xml.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }
}
