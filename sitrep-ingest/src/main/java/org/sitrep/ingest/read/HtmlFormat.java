package org.sitrep.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/** An HTML page: a doctype or an html/head/body element near the top, or dense markup. */
public final class HtmlFormat implements InputFormat {
  private static final Pattern START = Pattern.compile(
      "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article)[\\s>/]",
      Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?(?:html|head|body|div|p|span|a|script|meta|title|article|br)\\b");

  @Override
  public String name() {
    return Failures.STAGE;
  }

  @Override
  public boolean accepts(Sniff sniff) {
    String lower = sniff.lower();
    return START.matcher(lower).find() || TAG.matcher(lower).results().count() >= 8;
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
