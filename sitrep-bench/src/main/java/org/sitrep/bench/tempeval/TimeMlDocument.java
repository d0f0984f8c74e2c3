package org.sitrep.bench.tempeval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML 1.2.1 document reduced to what TempEval-3 Task A gives a system and scores: the plain
 * text of {@code <TEXT>} (tags removed, entities decoded), the creation date, and the gold TIMEX3s
 * inside {@code <TEXT>}.
 */
public record TimeMlDocument(String id, String creationDate, String text, List<TimexSpan> gold) {
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  public TimeMlDocument {
    gold = List.copyOf(gold);
  }

  /** Reads one {@code .tml} file; fails with a message naming the file if it has no DCT or TEXT. */
  public static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    Matcher dct = DCT.matcher(xml);
    if (!dct.find()) {
      throw new IOException(file + ": expected a <DCT><TIMEX3 ...> element, found none");
    }
    String dctValue = attr(dct.group(1), "value");
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IOException(file + ": expected a <TEXT> element, found none");
    }
    return parseText(name, dctValue.length() >= 10 ? dctValue.substring(0, 10) : dctValue,
        xml.substring(open + "<TEXT>".length(), close));
  }

  /** Strips the tags of a {@code <TEXT>} body, recording the gold TIMEX3 spans in the plain text. */
  static TimeMlDocument parseText(String id, String creationDate, String body) {
    StringBuilder text = new StringBuilder(body.length());
    List<TimexSpan> gold = new ArrayList<>();
    int openStart = -1;
    String openType = "";
    String openValue = "";
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int gt = body.indexOf('>', i);
        if (gt < 0) {
          break;
        }
        String tag = body.substring(i + 1, gt);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openType = attr(tag, "type");
          openValue = attr(tag, "value");
        } else if (tag.startsWith("/TIMEX3") && openStart >= 0) {
          gold.add(new TimexSpan(openStart, text.length(), openType, openValue));
          openStart = -1;
        }
        i = gt + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String entity = semi < 0 ? "" : body.substring(i + 1, semi);
        String decoded = switch (entity) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          default -> null;
        };
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = semi + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMlDocument(id, creationDate, text.toString(), gold);
  }

  private static String attr(String tag, String name) {
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }
}
