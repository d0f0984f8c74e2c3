package org.sitrep.ingest.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The character encoding of bytes that do not say theirs, or say it wrongly. Detection is ICU4J's
 * statistical {@link CharsetDetector} (byte-sequence validity and the n-gram profiles of each
 * encoding's languages) over the bytes with markup filtered out; its answer is mapped to the decoder
 * a browser would use for that label (WHATWG: ISO-8859-1 means windows-1252, GB2312 means GB18030,
 * Shift_JIS means windows-31j) and kept only when the bytes decode in it without errors to speak of.
 * A declared charset is checked by decoding: when too many byte sequences are invalid in it, the
 * declaration is wrong. Stateless and thread-safe (an ICU detector is made per call).
 */
public final class EncodingDetector {
  /** How many bytes detection reads: enough for any page's language statistics, bounded in time. */
  static final int SAMPLE = 128 * 1024;
  /** The lowest ICU confidence (0–100) taken for a guess. */
  private static final int MIN_CONFIDENCE = 10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EncodingDetector() {}

  /**
   * The most likely encoding of {@code bytes} other than UTF-8 and UTF-16/32 (those are told by
   * validity and byte-order marks before detection is needed), or null when no candidate fits.
   *
   * @param bytes the raw bytes; not null
   * @param markup whether the bytes are markup, whose tags say nothing about the encoding
   */
  public static @Nullable Charset detect(byte[] bytes, boolean markup) {
    Objects.requireNonNull(bytes, "bytes");
    byte[] sample = bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes;
    CharsetDetector icu = new CharsetDetector();
    icu.enableInputFilter(markup);
    icu.setText(sample);
    CharsetMatch[] matches = icu.detectAll();
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      String name = match.getName();
      if (name.startsWith("UTF-") || name.startsWith("IBM4")) {
        continue;
      }
      Charset cs = forLabel(name);
      if (cs != null && fits(sample, cs)) {
        return cs;
      }
    }
    return null;
  }

  /**
   * Whether {@code bytes} read as {@code charset} without more than a stray invalid sequence: fewer
   * than one in ten of the non-ASCII characters decoded is an error (a page is sometimes cut in the
   * middle of a character, or carries one pasted byte, but a wrong charset fails everywhere).
   */
  public static boolean fits(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    int[] counts = errors(bytes, charset);
    int errors = counts[0];
    int nonAscii = counts[1];
    return errors == 0 || errors * 10 < nonAscii;
  }

  /**
   * How {@code bytes} decode in {@code charset}: the number of invalid or unmappable sequences, then the
   * number of non-ASCII characters (errors included).
   */
  public static int[] errors(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return utf8Errors(bytes);
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    int errors = 0;
    int nonAscii = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      nonAscii += drain(out);
      if (r.isError()) {
        errors++;
        nonAscii++;
        in.position(Math.min(in.limit(), in.position() + r.length()));
      } else if (r.isUnderflow()) {
        break;
      }
    }
    decoder.flush(out);
    nonAscii += drain(out);
    return new int[] {errors, nonAscii};
  }

  /** {@link #errors} for UTF-8 by a walk over the bytes: most pages are UTF-8, and most of their bytes ASCII. */
  private static int[] utf8Errors(byte[] b) {
    int errors = 0;
    int nonAscii = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      nonAscii++;
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > b.length) {
        errors++;
        i++;
        continue;
      }
      int second = b[i + 1] & 0xFF;
      boolean ok = switch (c) {
        case 0xE0 -> second >= 0xA0 && second <= 0xBF;
        case 0xED -> second >= 0x80 && second <= 0x9F;
        case 0xF0 -> second >= 0x90 && second <= 0xBF;
        case 0xF4 -> second >= 0x80 && second <= 0x8F;
        default -> (second & 0xC0) == 0x80;
      };
      for (int k = 2; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        i += len;
      } else {
        errors++;
        i++;
      }
    }
    return new int[] {errors, nonAscii};
  }

  private static int drain(CharBuffer out) {
    out.flip();
    int nonAscii = 0;
    while (out.hasRemaining()) {
      if (out.get() >= 0x80) {
        nonAscii++;
      }
    }
    out.clear();
    return nonAscii;
  }

  /**
   * The decoder for a charset label as browsers pick it (WHATWG Encoding): Latin-1 and ASCII labels
   * mean windows-1252, GB2312 and GBK mean GB18030, Shift_JIS means windows-31j, EUC-KR means
   * windows-949, ISO-8859-9 means windows-1254; null when Java does not know the label.
   */
  public static @Nullable Charset forLabel(String label) {
    String n = label.trim();
    if (n.equalsIgnoreCase("utf8")) {
      n = "UTF-8";
    }
    Charset cs;
    try {
      cs = Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // an unknown label is treated as no declaration, as browsers do
      return null;
    }
    return browserDecoder(cs);
  }

  /** The decoder browsers use for {@code cs}'s label; see {@link #forLabel}. */
  public static Charset browserDecoder(Charset cs) {
    String name = cs.name().toUpperCase(Locale.ROOT);
    return switch (name) {
      case "ISO-8859-1", "US-ASCII" -> WINDOWS_1252;
      case "GB2312", "GBK", "X-EUC-CN" -> orSame("GB18030", cs);
      case "SHIFT_JIS", "X-SJIS" -> orSame("windows-31j", cs);
      case "EUC-KR" -> orSame("x-windows-949", cs);
      case "ISO-8859-9" -> orSame("windows-1254", cs);
      case "ISO-8859-11", "TIS-620" -> orSame("x-windows-874", cs);
      default -> cs;
    };
  }

  private static Charset orSame(String name, Charset fallback) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // a JDK without the extended charsets keeps the label's own decoder
      return fallback;
    }
  }

  /** Whether {@code bytes} are UTF-8 by validity: no invalid sequence at all, and some non-ASCII text. */
  public static boolean strictUtf8(byte[] bytes) {
    int[] counts = errors(bytes, StandardCharsets.UTF_8);
    return counts[0] == 0 && counts[1] > 0;
  }
}
