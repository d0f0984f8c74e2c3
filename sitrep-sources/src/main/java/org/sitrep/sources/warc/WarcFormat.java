package org.sitrep.sources.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.ingest.read.spi.InputFormat;

/** WARC archives, plain or gzip-compressed, as an input format, recognised by the "WARC/" magic. */
public final class WarcFormat implements InputFormat {
  private final WarcReader reader = new WarcReader();

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public boolean accepts(byte[] head, Path path) {
    return looksLikeWarc(head);
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path path) {
    return reader.read(path);
  }

  /** Whether the bytes begin a WARC file, or a gzip stream whose first bytes begin one. */
  public static boolean looksLikeWarc(byte[] head) {
    if (startsWithWarc(head)) {
      return true;
    }
    if (head.length < 2 || head[0] != (byte) 0x1f || head[1] != (byte) 0x8b) {
      return false;
    }
    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return startsWithWarc(gz.readNBytes(5));
    } catch (IOException e) {
      // A head too short to inflate five bytes, or not gzip after all: not a WARC we recognise.
      return false;
    }
  }

  private static boolean startsWithWarc(byte[] bytes) {
    return bytes.length >= 5 && Arrays.equals(Arrays.copyOf(bytes, 5), "WARC/".getBytes(StandardCharsets.US_ASCII));
  }
}
