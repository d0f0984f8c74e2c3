package org.sitrep.sources.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads streams to the end under a byte cap, so a huge input fails cleanly instead of filling memory. */
public final class LimitedInput {
  private LimitedInput() {}

  /** Thrown when a stream holds more bytes than allowed. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long limit;

    public TooLargeException(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  /**
   * All bytes of {@code in}, or {@link TooLargeException} as soon as more than {@code max} bytes
   * have been read (the rest is never read).
   */
  public static byte[] readAll(InputStream in, long max) throws IOException {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0, got " + max);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > max) {
        throw new TooLargeException(max);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Up to {@code max} first bytes of {@code in} (fewer when the stream is shorter). */
  public static byte[] readHead(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }

  /** A short human-readable size: "12.3 MB". */
  public static String describeSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
