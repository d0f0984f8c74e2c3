package org.sitrep.ingest.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The first bytes of a file, for content detection.
 *
 * @param file the file
 * @param head its first bytes (up to {@link #SIZE})
 * @param size the file's length in bytes
 */
public record Sniff(Path file, byte[] head, long size) {
  /** How many bytes detection looks at. */
  public static final int SIZE = 4096;

  public Sniff {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(head, "head");
  }

  /** The head decoded leniently as UTF-8, without a byte-order mark and leading whitespace. */
  public String text() {
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.stripLeading();
  }

  /** The head in lower case, for case-insensitive signatures. */
  public String lower() {
    return text().toLowerCase(Locale.ROOT);
  }

  /** The file's name in lower case. */
  public String name() {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the head starts with the gzip magic number. */
  public boolean gzip() {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** Whether the head holds a NUL byte, the surest sign of a binary file. */
  public boolean hasNul() {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
