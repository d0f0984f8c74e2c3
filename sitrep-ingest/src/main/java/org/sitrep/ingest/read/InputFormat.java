package org.sitrep.ingest.read;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * One kind of input file, recognised from its content. The reader asks each format in turn whether it
 * {@link #accepts} a file's first bytes and lets the first that does read it; a new kind of input (WARC,
 * feeds) is a new implementation placed in the list before the text fallback. Implementations are
 * stateless and thread-safe.
 */
public interface InputFormat {
  /** Stage name for failures ("input-reader") and a stable format name for logs. */
  String name();

  /** Whether this format recognises the file from its first bytes and name. */
  boolean accepts(Sniff sniff);

  /**
   * The pages in {@code file}, lazily. Never throws for bad content: each bad page or record is one
   * {@link ItemResult.Failed}. The caller closes the stream.
   */
  Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits);
}
