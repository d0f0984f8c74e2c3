package org.sitrep.sources.feed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.ingest.read.spi.InputFormat;

/** Feeds (RSS 0.9x/2.0, RSS 1.0, Atom) as an input format, recognised by their root element. */
public final class FeedFormat implements InputFormat {
  private final FeedReader reader = new FeedReader();

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public boolean accepts(byte[] head, Path path) {
    return looksLikeFeed(head);
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path path) {
    return reader.pages(path);
  }

  /**
   * Whether the bytes start (after a BOM, the XML declaration, comments and processing
   * instructions) with an {@code rss}, {@code feed} or {@code rdf:RDF} root element.
   */
  public static boolean looksLikeFeed(byte[] head) {
    String text = decodeHead(head);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else if (text.startsWith("<!", i)) {
        int end = declarationEnd(text, i + 2);
        if (end < 0) {
          return false;
        }
        i = end + 1;
      } else if (c == '<') {
        String tag = text.substring(i + 1, Math.min(n, i + 40)).toLowerCase(Locale.ROOT);
        return tag.startsWith("rss") && isNameEnd(tag, 3)
            || tag.startsWith("feed") && isNameEnd(tag, 4)
            || tag.startsWith("rdf:rdf") && isNameEnd(tag, 7)
            || tag.matches("(?s)^[a-z0-9_]+:(feed|rss)[\\s>/].*");
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * The index of the {@code >} that closes a declaration such as {@code <!DOCTYPE rss [ <!ENTITY
   * x "a > b"> ]>}: quoted strings and the bracketed internal subset (with its own declarations
   * and comments) are skipped. -1 when it does not end within the text.
   */
  static int declarationEnd(String text, int from) {
    boolean subset = false;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (subset && text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
      } else if (c == '[' && !subset) {
        subset = true;
      } else if (c == ']' && subset) {
        subset = false;
      } else if (c == '>' && !subset) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameEnd(String tag, int at) {
    return tag.length() <= at || !Character.isLetterOrDigit(tag.charAt(at)) && tag.charAt(at) != ':';
  }

  private static String decodeHead(byte[] head) {
    if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
      return new String(head, StandardCharsets.UTF_16BE);
    }
    if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
      return new String(head, StandardCharsets.UTF_16LE);
    }
    if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
      return new String(head, 3, head.length - 3, StandardCharsets.ISO_8859_1);
    }
    return new String(head, StandardCharsets.ISO_8859_1);
  }
}
