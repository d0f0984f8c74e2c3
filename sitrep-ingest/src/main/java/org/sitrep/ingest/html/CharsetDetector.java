package org.sitrep.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.charset.EncodingDetector;

/**
 * Decodes the bytes of an HTML page the way a careful crawler does: byte-order mark first, then
 * the transport-level charset, then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the head, and finally detection ({@link EncodingDetector}: strict UTF-8, then ICU4J's statistical
 * detector). Thread-safe and stateless.
 *
 * <p>A declaration is checked against the bytes, never trusted blindly: valid UTF-8 with multi-byte
 * sequences is read as UTF-8 whatever the label says (mislabelled UTF-8 pages are far more common than
 * legacy text that happens to form valid UTF-8), and bytes that do not decode in the declared charset
 * (windows-1252 or Shift_JIS bytes labelled UTF-8) are detected instead.
 */
final class CharsetDetector {
  /** How many leading bytes are scanned for a meta declaration. */
  private static final int PRESCAN_BYTES = 64 * 1024;
  /** How many non-ASCII characters make valid UTF-8 a surer sign than a multi-byte label. */
  private static final int UTF8_EVIDENCE = 8;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * A decoded page and the charset that was used, with how it was chosen: {@code bom},
   * {@code declared}, {@code meta}, {@code detected}, or {@code detected-over-declared} /
   * {@code detected-over-meta} when the bytes contradicted the label.
   */
  record Decoded(String text, Charset charset, String source) {}

  /**
   * What the page says of its charset, in the order a browser reads it: a byte-order mark ({@code bom}),
   * the transport's charset ({@code declared}), a meta declaration ({@code meta}); a null charset when it
   * says nothing ({@code none}).
   */
  record Label(@Nullable Charset charset, String source) {
    /**
     * Whether the page is UTF-8 if its bytes are valid UTF-8: it says it is UTF-8 (not by a byte-order mark)
     * or names no charset. {@link #decode} reads such a page as UTF-8 when it decodes without a replacement
     * character.
     */
    boolean utf8IfValid() {
      return charset == null || (charset.equals(StandardCharsets.UTF_8) && !source.equals("bom"));
    }
  }

  /** The page's own word on its charset ({@link Label}), read once for both ways of decoding it. */
  static Label label(byte[] body, @Nullable Charset declared) {
    Objects.requireNonNull(body, "body");
    Charset bom = bomCharset(body);
    if (bom != null) {
      return new Label(bom, "bom");
    }
    Charset label = declared == null ? null : EncodingDetector.browserDecoder(declared);
    if (label != null) {
      return new Label(label, "declared");
    }
    label = metaCharset(body);
    return label != null ? new Label(label, "meta") : new Label(null, "none");
  }

  Decoded decode(byte[] body, @Nullable Charset declared) {
    return decodeAs(body, label(body, declared));
  }

  /** Decodes {@code body} as its {@link #label} says, checked against the bytes. */
  Decoded decodeAs(byte[] body, Label given) {
    Objects.requireNonNull(body, "body");
    Charset label = given.charset();
    String source = given.source();
    if (source.equals("bom")) {
      int skip = label.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(body, skip, body.length - skip, label), label, "bom");
    }
    if (label != null && label.equals(StandardCharsets.UTF_8)) {
      // the common case in one pass: UTF-8 that decodes without a replacement character is what it says
      String text = new String(body, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, label, source);
      }
    }
    if (label != null) {
      Charset checked = checked(body, label);
      if (checked != null) {
        return new Decoded(new String(body, checked), checked, source);
      }
      Charset detected = detect(body);
      return new Decoded(new String(body, detected), detected, "detected-over-" + source);
    }
    Charset detected = detect(body);
    return new Decoded(new String(body, detected), detected, "detected");
  }

  static @Nullable Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * The charset named by the first meta declaration in the page head, if Java knows it. The pattern is
   * tried only where a {@code <meta} tag starts (the only places it can match), so a head without
   * one costs a byte scan instead of a case-insensitive match attempt at every position.
   */
  static @Nullable Charset metaCharset(byte[] body) {
    int n = Math.min(body.length, PRESCAN_BYTES);
    int i = metaTag(body, 0, n);
    while (i >= 0) {
      // a match cannot run past the tag's first '>': the pattern is matched on the tag alone
      int end = i + 5;
      while (end < n && body[end] != '>') {
        end++;
      }
      Matcher m = META_CHARSET.matcher(new String(body, i, Math.min(end + 1, n) - i, StandardCharsets.ISO_8859_1));
      int next = i + 1;
      if (m.lookingAt()) {
        Charset cs = EncodingDetector.forLabel(m.group(1));
        if (cs != null) {
          return cs;
        }
        next = i + m.end();
      }
      i = metaTag(body, next, n);
    }
    return null;
  }

  /** The index of the next {@code <meta} (any letter case) in {@code b[from, to)}, or -1. */
  private static int metaTag(byte[] b, int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      if (b[i] == '<' && (b[i + 1] | 0x20) == 'm' && (b[i + 2] | 0x20) == 'e' && (b[i + 3] | 0x20) == 't'
          && (b[i + 4] | 0x20) == 'a') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Detection without a usable declaration: ASCII or (nearly) valid UTF-8 is UTF-8, anything else
   * ICU's guess, else windows-1252.
   */
  static Charset detect(byte[] body) {
    if (!hasNonAscii(body) || EncodingDetector.fits(body, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    Charset guess = EncodingDetector.detect(body, true);
    return guess != null ? guess : WINDOWS_1252;
  }

  /**
   * The declared charset when the bytes agree with it; UTF-8 instead when the bytes are valid UTF-8
   * with enough non-ASCII text; null when the bytes contradict the declaration.
   */
  private static @Nullable Charset checked(byte[] body, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return EncodingDetector.fits(body, declared) ? declared : null;
    }
    int[] utf8 = errorsInUtf8(body);
    if (utf8[0] == 0 && utf8[1] > 0 && (isSingleByte(declared) || utf8[1] >= UTF8_EVIDENCE)) {
      return StandardCharsets.UTF_8;
    }
    return EncodingDetector.fits(body, declared) ? declared : null;
  }

  private static int[] errorsInUtf8(byte[] body) {
    if (!hasNonAscii(body)) {
      return new int[] {0, 0};
    }
    return EncodingDetector.errors(body, StandardCharsets.UTF_8);
  }

  private static boolean hasNonAscii(byte[] body) {
    for (byte b : body) {
      if ((b & 0x80) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSingleByte(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("us-ascii") || n.startsWith("koi8");
  }
}
