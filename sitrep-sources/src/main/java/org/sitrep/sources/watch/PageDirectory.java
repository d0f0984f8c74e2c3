package org.sitrep.sources.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/**
 * A page sink that keeps each page as one JSON Lines file ({@code {url, html|text, published,
 * outlet, fetched, source}}, the input format {@code sitrep ingest} reads) in a folder, named by a
 * hash of the page's URL. Files are written to a temporary name and moved into place atomically, so
 * a crash never leaves a half-written page. Used by {@code sitrep watch --pages DIR} to crawl
 * without storing, and by tests. Thread-safe.
 */
public final class PageDirectory implements PageSink {
  /** The stage name used in failures. */
  public static final String STAGE = "page-directory";
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

  private final Path dir;
  private final ObjectMapper mapper = new ObjectMapper();

  public PageDirectory(Path dir) throws IOException {
    this.dir = Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
  }

  public Path dir() {
    return dir;
  }

  /** The file a page with this key (URL, else source) is stored in. */
  public Path fileFor(String key) {
    return dir.resolve(hash(key) + ".jsonl");
  }

  @Override
  public ItemResult<IngestOutcome> accept(RawPage page) {
    String key = page.url() != null ? page.url() : page.source();
    Path target = fileFor(key);
    if (Files.exists(target)) {
      return new ItemResult.Ok<>(page.source(), IngestOutcome.DUPLICATE);
    }
    ObjectNode record = mapper.createObjectNode();
    record.put("url", page.url());
    record.put(page.type() == ContentType.HTML ? "html" : "text", decode(page.body(), page.charset()));
    record.put("published", page.published());
    record.put("outlet", page.outlet());
    record.put("fetched", page.fetched() == null ? null : page.fetched().toString());
    record.put("source", page.source());
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, ".page-", ".tmp");
      Files.write(tmp, (mapper.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return new ItemResult.Ok<>(page.source(), IngestOutcome.ADDED);
    } catch (IOException e) {
      return new ItemResult.Failed<>(page.source(), STAGE, Reason.INTERNAL, "page-directory: cannot write "
          + target + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // A leftover temporary file is harmless: its name starts with a dot and is never read.
        }
      }
    }
  }

  /** Decodes page bytes: the declared charset, else a BOM, else a meta charset, else UTF-8. */
  static String decode(byte[] body, @Nullable Charset declared) {
    if (declared != null) {
      return new String(body, declared);
    }
    if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return new String(body, Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // An unknown label: fall through to UTF-8, which replaces undecodable bytes.
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
