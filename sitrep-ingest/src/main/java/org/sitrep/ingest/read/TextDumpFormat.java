package org.sitrep.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/** A plain-text dump of a page: the fallback for any file that decodes as text. */
public final class TextDumpFormat implements InputFormat {
  @Override
  public String name() {
    return Failures.STAGE;
  }

  @Override
  public boolean accepts(Sniff sniff) {
    return true;
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Failures.one(source, Reason.FETCH_FAILED, "cannot read file: " + e.getMessage());
    }
    String text = TextDecoding.decode(bytes);
    if (text == null) {
      return Failures.one(source, Reason.MALFORMED,
          "binary file, expected a text dump, HTML page or JSON Lines (found NUL or control bytes)");
    }
    if (text.isBlank()) {
      return Failures.one(source, Reason.NO_CONTENT, "no text in file (only whitespace)");
    }
    return Stream.of(new ItemResult.Ok<>(source, new RawPage(source, null, ContentType.TEXT,
        text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null, null, null)));
  }
}
