package org.sitrep.corpus.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable short ids: a prefix and the first hex digits of a SHA-256 of a key. Thread-safe. */
public final class Ids {
  private Ids() {}

  /** {@code prefix + "-" + 12 hex digits} of SHA-256({@code key}). */
  public static String of(String prefix, String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return prefix + "-" + HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
