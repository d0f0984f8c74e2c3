package org.sitrep.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/**
 * An HTML page: a doctype or an html/head/body element near the top, or dense markup. When the first
 * bytes are inconclusive (a long script, styles or a server's warning printed before {@code <html>}),
 * the file is read further and accepted when it holds the structure of a page: an html or body
 * element among enough other markup.
 */
public final class HtmlFormat implements InputFormat {
  private static final Pattern START = Pattern.compile(
      "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article)[\\s>/]",
      Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?(?:html|head|body|div|p|span|a|script|meta|title|article|br)\\b");
  /** The elements that make a file a page wherever they appear: the root, the body, a doctype. */
  private static final Pattern STRUCTURE = Pattern.compile("<(?:!doctype\\s+html|html|body)[\\s>]");
  /** Any tag or comment in the first bytes, the sign that the file may be markup worth a deeper look. */
  private static final Pattern ANY_TAG = Pattern.compile("<(?:[a-z][a-z0-9]*[\\s>/]|!--)");
  /** How far a deeper look reads. */
  static final int DEEP = 512 * 1024;

  @Override
  public String name() {
    return Failures.STAGE;
  }

  @Override
  public boolean accepts(Sniff sniff) {
    String lower = sniff.lower();
    if (START.matcher(lower).find() || TAG.matcher(lower).results().count() >= 8) {
      return true;
    }
    if (sniff.size() <= sniff.head().length || sniff.hasNul() || !ANY_TAG.matcher(lower).find()) {
      return false;
    }
    String deep = deep(sniff.file());
    return STRUCTURE.matcher(deep).find() && TAG.matcher(deep).results().limit(16).count() >= 16;
  }

  /** The first {@link #DEEP} bytes in lower case, or "" when they cannot be read (the reader says why). */
  private static String deep(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(DEEP), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      // unreadable here means unreadable for every format: the text fallback reports the failure
      return "";
    }
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits) {
    try {
      byte[] body = Files.readAllBytes(file);
      return Stream.of(new ItemResult.Ok<>(file.toString(),
          new RawPage(file.toString(), null, ContentType.HTML, body, null, null, null, null)));
    } catch (IOException e) {
      return Failures.one(file.toString(), Reason.FETCH_FAILED, "cannot read file: " + e.getMessage());
    }
  }
}
