package org.sitrep.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of an HTML page the way a careful crawler does: byte-order mark first, then
 * the transport-level charset, then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the head, and finally a detection fallback (strict UTF-8, then common multi-byte East Asian
 * encodings, then windows-1252). Thread-safe and stateless.
 *
 * <p>NOTE: a declared single-byte charset is overridden by UTF-8 when the bytes are valid UTF-8
 * and contain multi-byte sequences, because mislabelled UTF-8 pages are far more common than
 * Latin-1 text that happens to form valid UTF-8.
 */
final class CharsetDetector {
  /** How many leading bytes are scanned for a meta declaration. */
  private static final int PRESCAN_BYTES = 64 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

  private static final List<Charset> EAST_ASIAN = candidates("GB18030", "EUC-KR", "Shift_JIS", "Big5", "EUC-JP");

  /** A decoded page and the charset that was used, with how it was chosen. */
  record Decoded(String text, Charset charset, String source) {}

  Decoded decode(byte[] body, @Nullable Charset declared) {
    Objects.requireNonNull(body, "body");
    Charset bom = bomCharset(body);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(body, skip, body.length - skip, bom), bom, "bom");
    }
    if (declared != null) {
      Charset chosen = preferUtf8(body, whatwg(declared));
      return new Decoded(new String(body, chosen), chosen, "declared");
    }
    Charset meta = metaCharset(body);
    if (meta != null) {
      Charset chosen = preferUtf8(body, meta);
      return new Decoded(new String(body, chosen), chosen, "meta");
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

  /** The charset named by the first meta declaration in the page head, if Java knows it. */
  static @Nullable Charset metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset cs = forName(m.group(1));
      if (cs != null) {
        return whatwg(cs);
      }
    }
    return null;
  }

  /** Detection without any declaration: strict UTF-8, then East Asian multi-byte, then windows-1252. */
  static Charset detect(byte[] body) {
    if (isStrict(body, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    int high = 0;
    for (byte b : body) {
      if ((b & 0x80) != 0) {
        high++;
      }
    }
    Charset best = null;
    double bestShare = 0;
    for (Charset cs : EAST_ASIAN) {
      String text = strict(body, cs);
      if (text == null) {
        continue;
      }
      int ideographic = 0;
      int nonAscii = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          continue;
        }
        nonAscii++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HANGUL
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || (c >= 0x3000 && c <= 0x303F)
            || (c >= 0xFF00 && c <= 0xFFEF)) {
          ideographic++;
        }
      }
      double share = nonAscii == 0 ? 0 : (double) ideographic / nonAscii;
      if (share > bestShare) {
        bestShare = share;
        best = cs;
      }
    }
    // Multi-byte text decodes to roughly one character per two high bytes; Latin-1 text with a few
    // accented letters rarely decodes strictly as a CJK encoding into mostly ideographs.
    if (best != null && bestShare > 0.9 && high >= 8) {
      return best;
    }
    return Charset.forName("windows-1252");
  }

  private static Charset preferUtf8(byte[] body, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8) || !isSingleByte(declared)) {
      return declared;
    }
    boolean multiByte = false;
    for (byte b : body) {
      if ((b & 0x80) != 0) {
        multiByte = true;
        break;
      }
    }
    return multiByte && isStrict(body, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : declared;
  }

  private static boolean isSingleByte(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("us-ascii") || n.startsWith("koi8");
  }

  /** WHATWG label mapping for the common cases: Latin-1 and ASCII labels mean windows-1252. */
  private static Charset whatwg(Charset cs) {
    String n = cs.name();
    if (n.equals("ISO-8859-1") || n.equals("US-ASCII")) {
      return Charset.forName("windows-1252");
    }
    if (n.equals("GB2312") || n.equals("GBK")) {
      return Charset.forName("GB18030");
    }
    if (n.equals("EUC-KR")) {
      Charset ms = forName("x-windows-949");
      return ms == null ? cs : ms;
    }
    return cs;
  }

  private static @Nullable Charset forName(String name) {
    String n = name.trim();
    if (n.equalsIgnoreCase("utf8")) {
      n = "UTF-8";
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // an unknown label is treated as no declaration, as browsers do
      return null;
    }
  }

  private static boolean isStrict(byte[] body, Charset cs) {
    return strict(body, cs) != null;
  }

  private static @Nullable String strict(byte[] body, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      // not valid in this charset: the caller tries the next candidate
      return null;
    }
  }

  private static List<Charset> candidates(String... names) {
    return java.util.Arrays.stream(names).map(CharsetDetector::forName).filter(Objects::nonNull).toList();
  }
}
