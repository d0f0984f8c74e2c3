package org.sitrep.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.charset.EncodingDetector;

/**
 * Tells text from binary and decodes text files: UTF-8 (with or without a byte-order mark, or UTF-16
 * with one), else the legacy encoding {@link EncodingDetector} finds (Shift_JIS, GB18030, windows-1251…),
 * else Windows-1252. Stateless.
 */
public final class TextDecoding {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * The text in {@code bytes}, or null when they are not text: a NUL byte, or more than 2% control
   * characters other than tab, line feed, carriage return and form feed.
   */
  public static @Nullable String decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      return text(new String(bytes, StandardCharsets.UTF_16));
    }
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: a legacy encoding, found by detection; binary data fails the control-character test.
      Charset detected = EncodingDetector.fits(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
          : EncodingDetector.detect(bytes, false);
      s = new String(bytes, detected != null ? detected : WINDOWS_1252);
    }
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return text(s);
  }

  private static @Nullable String text(String s) {
    long controls = s.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        || (c >= 0x7F && c < 0xA0) || c == 0xFFFD).count();
    return controls > Math.max(1, s.length() / 50) ? null : s;
  }
}
