package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.ingest.read.HtmlFormat;
import org.sitrep.ingest.read.InputFormat;
import org.sitrep.ingest.read.PluginFormat;
import org.sitrep.ingest.read.JsonLinesFormat;
import org.sitrep.ingest.read.ReadLimits;
import org.sitrep.ingest.read.Sniff;
import org.sitrep.ingest.read.TextDumpFormat;
import org.sitrep.ingest.read.UnsupportedFormat;

/**
 * Turns a path (file or folder) into raw pages, detecting each file's kind from its content. A file
 * that cannot be read yields one {@link ItemResult.Failed} naming it; the stream goes on.
 *
 * <p>Formats are tried in order and the first that accepts a file's first bytes reads it; the text
 * dump format, last, takes whatever decodes as text. Thread-safe.
 */
public final class InputReader {
  private static final String STAGE = "input-reader";

  private final List<InputFormat> formats;
  private final ReadLimits limits;

  /**
   * The default formats and limits: formats other modules contribute (feeds, WARC) first, then WARC
   * and feeds recognised and refused when no such module is present, JSON Lines, HTML, text.
   */
  public InputReader() {
    this(defaultFormats(), ReadLimits.DEFAULT);
  }

  /** A reader over {@code formats}, tried in order; the last should accept anything. */
  public InputReader(List<InputFormat> formats, ReadLimits limits) {
    this.formats = List.copyOf(Objects.requireNonNull(formats, "formats"));
    this.limits = Objects.requireNonNull(limits, "limits");
    if (this.formats.isEmpty()) {
      throw new IllegalArgumentException("formats must not be empty");
    }
  }

  /** The formats a default reader tries, in order; a new format goes before the text fallback. */
  public static List<InputFormat> defaultFormats() {
    List<InputFormat> formats = new java.util.ArrayList<>(PluginFormat.discovered());
    formats.addAll(List.of(new UnsupportedFormat(), new JsonLinesFormat(), new HtmlFormat(), new TextDumpFormat()));
    return List.copyOf(formats);
  }

  /**
   * Every page found under {@code path}, lazily; folders are walked in name order, each real folder
   * and file once however many symbolic links lead to it (a link loop ends). Inside a folder,
   * hidden files and documentation ({@code README*}, {@code LICENSE*}, {@code *.md}) are skipped;
   * a file named directly is always read.
   */
  public Stream<ItemResult<RawPage>> read(Path path) {
    Objects.requireNonNull(path, "path");
    return read(path, new HashSet<>());
  }

  /**
   * One path of a walk; {@code walked} holds the real path of every folder and file entered so
   * far, so a symbolic link back into the tree (or two links to one place) is followed once.
   */
  private Stream<ItemResult<RawPage>> read(Path path, Set<Path> walked) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
      return failed(path, Reason.FETCH_FAILED, "no such file or directory");
    }
    if (!Files.exists(path)) {
      return failed(path, Reason.FETCH_FAILED, "broken symbolic link");
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      return failed(path, Reason.FETCH_FAILED, "cannot resolve path: " + reason(e));
    }
    if (!walked.add(real)) {
      return Stream.empty(); // reached again through a link: its pages were read the first time
    }
    if (Files.isDirectory(path)) {
      return folder(path, walked);
    }
    return file(path);
  }

  private Stream<ItemResult<RawPage>> folder(Path dir, Set<Path> walked) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.filter(p -> !skippedInFolder(p))
          .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
          .toList();
    } catch (IOException e) {
      return failed(dir, Reason.FETCH_FAILED, "cannot list folder: " + reason(e));
    }
    return children.stream().flatMap(child -> read(child, walked));
  }

  /**
   * Whether a folder walk passes over {@code p}: a hidden file or folder, or a documentation file
   * ({@code README*}, {@code LICENSE*}, {@code COPYING*}, {@code *.md}) that describes the inputs
   * rather than being one.
   */
  public static boolean skippedInFolder(Path p) {
    Path fileName = p.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString();
    if (name.startsWith(".")) {
      return true;
    }
    if (Files.isDirectory(p)) {
      return false;
    }
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    return upper.startsWith("README") || upper.startsWith("LICENSE") || upper.startsWith("LICENCE")
        || upper.startsWith("COPYING") || upper.endsWith(".MD") || upper.endsWith(".MARKDOWN");
  }

  private Stream<ItemResult<RawPage>> file(Path file) {
    if (!Files.isRegularFile(file)) {
      return failed(file, Reason.MALFORMED, "not a regular file");
    }
    long size;
    byte[] head;
    try {
      size = Files.size(file);
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(Sniff.SIZE);
      }
    } catch (IOException e) {
      return failed(file, Reason.FETCH_FAILED, "cannot read file: " + reason(e));
    }
    if (size == 0) {
      return failed(file, Reason.NO_CONTENT, "empty file (0 bytes)");
    }
    Sniff sniff = new Sniff(file, head, size);
    for (InputFormat format : formats) {
      if (format.accepts(sniff)) {
        boolean manyRecords = format instanceof JsonLinesFormat || format instanceof PluginFormat;
        if (!manyRecords && size > limits.maxPageBytes()) {
          return failed(file, Reason.TOO_LARGE,
              "page of " + size + " bytes exceeds the limit of " + limits.maxPageBytes() + " bytes");
        }
        return format.read(file, sniff, limits);
      }
    }
    return failed(file, Reason.MALFORMED, "no reader for this kind of file");
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Stream<ItemResult<RawPage>> failed(Path path, Reason reason, String message) {
    return Stream.of(new ItemResult.Failed<>(path.toString(), STAGE, reason, message));
  }
}
