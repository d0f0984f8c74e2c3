package org.sitrep.ingest.read.spi;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * One kind of input file that holds pages (a feed, a WARC archive), found with {@link
 * java.util.ServiceLoader} and keyed by {@link #name()}. The input reader offers each file's first
 * bytes to every format and reads the file with the first that accepts it.
 *
 * <p>Implementations are stateless and thread-safe. {@link #read} is lazy: it must not load a whole
 * large file into memory, and it never throws for bad content: a record that cannot be read becomes
 * one {@link ItemResult.Failed} naming the file and the position, and the stream ends or goes on.
 */
public interface InputFormat {
  /** Stable kebab-case name ({@code "feed"}, {@code "warc"}), used in logs and errors. */
  String name();

  /**
   * Whether this format reads the file, judged from its first bytes (at least the first 4 KiB, or
   * the whole file when shorter) and, as a hint only, its path.
   */
  boolean accepts(byte[] head, Path path);

  /** The pages in the file, lazily; close the stream to release the file. */
  Stream<ItemResult<RawPage>> read(Path path);
}
