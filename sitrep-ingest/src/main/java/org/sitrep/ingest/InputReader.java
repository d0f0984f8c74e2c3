package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * Turns a path (file or folder) into raw pages, detecting each file's kind from its content. A file
 * that cannot be read yields one {@link ItemResult.Failed} naming it; the stream goes on.
 */
public final class InputReader {
  /** Every page found under {@code path}, lazily; folders are walked in name order. */
  public Stream<ItemResult<RawPage>> read(Path path) {
    throw new UnsupportedOperationException("InputReader: to be written (issue 2)");
  }
}
