package org.sitrep.ingest.repair;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€™" back to "’", "Ã©" to "é"). A
 * run is replaced only when its Windows-1252 bytes form one valid UTF-8 character, so ordinary
 * accented text is left alone. Thread-safe.
 */
public final class MojibakeRepair {
  /** What Windows-1252 shows for bytes 0x80 to 0x9F, in byte order; undefined bytes stay C1 controls. */
  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  private static final String LOST_QUOTE = "\u00E2\u20AC\uFFFD";
  /** "â€" followed by nothing that can complete it. */
  private static final java.util.regex.Pattern LOST_BYTE = java.util.regex.Pattern.compile(
      "\u00E2\u20AC(?![\u0080-\u00BF" + CP1252_HIGH + "])");

  /** {@code text} with mojibake runs decoded; {@code counter} (may be null) runs once per repair. */
  public String repair(String text, @org.jspecify.annotations.Nullable Runnable counter) {
    if (!hasLeadRange(text)) {
      return text;
    }
    if (text.contains(LOST_QUOTE) || LOST_BYTE.matcher(text).find()) {
      // Byte 0x9D is undefined in Windows-1252: decoders turn it into U+FFFD or drop it. After "â€" it
      // was almost always the closing quote "”" (E2 80 9D).
      text = LOST_BYTE.matcher(text.replace(LOST_QUOTE, "\u201D")).replaceAll("\u201D");
      if (counter != null) {
        counter.run();
      }
    }
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    boolean changed = false;
    for (int i = 0; i < text.length(); i++) {
      char lead = text.charAt(i);
      int needed = lead >= '\u00C2' && lead <= '\u00DF' ? 1
          : lead >= '\u00E0' && lead <= '\u00EF' ? 2
          : lead >= '\u00F0' && lead <= '\u00F4' ? 3 : 0;
      if (needed == 0 || i + needed >= text.length()) {
        continue;
      }
      String decoded = decode(text.substring(i, i + needed + 1));
      if (decoded == null) {
        continue;
      }
      sb.append(text, last, i).append(decoded);
      last = i + needed + 1;
      i = last - 1;
      changed = true;
      if (counter != null) {
        counter.run();
      }
    }
    if (!changed) {
      return text;
    }
    return sb.append(text, last, text.length()).toString();
  }

  private static boolean hasLeadRange(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable String decode(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      int b = toByte(run.charAt(i));
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      String s = chars.toString();
      return s.codePointCount(0, s.length()) == 1 ? s : null;
    } catch (CharacterCodingException e) {
      // Not a UTF-8 sequence: the run is genuine text.
      return null;
    }
  }

  private static int toByte(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int index = CP1252_HIGH.indexOf(c);
    return index >= 0 ? 0x80 + index : -1;
  }
}
