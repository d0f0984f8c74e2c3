package org.sitrep.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/**
 * JSON Lines of crawled pages, one record per line: {@code {"url", "html" or "text", "published",
 * "outlet"}}. Records are read lazily; a bad line is one failed item named {@code file.jsonl:LINE}.
 */
public final class JsonLinesFormat implements InputFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Marks a line skipped for its length (compared by identity). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String OVERSIZED = new String("<oversized>");

  @Override
  public String name() {
    return Failures.STAGE;
  }

  @Override
  public boolean accepts(Sniff sniff) {
    String text = sniff.text();
    if (!text.startsWith("{")) {
      return false;
    }
    int newline = text.indexOf('\n');
    String first = (newline < 0 ? text : text.substring(0, newline)).strip();
    // A pretty-printed JSON document opens with a lone brace; JSON Lines puts a whole object on the line.
    return first.length() > 1 && (newline < 0 || first.endsWith("}"));
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Failures.one(file.toString(), Reason.FETCH_FAILED, "cannot read file: " + e.getMessage());
    }
    return records(file.toString(), reader, limits);
  }

  /**
   * The records of JSON Lines text read from {@code in}, lazily, each named {@code source:LINE};
   * closing the stream closes {@code in}. What {@link #read} does for a file, for any reader.
   */
  public Stream<ItemResult<RawPage>> records(String source, java.io.Reader in, ReadLimits limits) {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Iterator<ItemResult<RawPage>> records = new Records(source, reader, limits);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException("closing " + source, e);
          }
        });
  }

  private static final class Records implements Iterator<ItemResult<RawPage>> {
    private final String file;
    private final BufferedReader reader;
    private final ReadLimits limits;
    private int lineNumber;
    private long skipped;
    private @Nullable ItemResult<RawPage> next;
    private boolean done;

    Records(String file, BufferedReader reader, ReadLimits limits) {
      this.file = file;
      this.reader = reader;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        String line;
        try {
          line = boundedLine();
        } catch (IOException e) {
          done = true;
          next = Failures.failed(file + ":" + (lineNumber + 1), Reason.FETCH_FAILED,
              "cannot read on: " + e.getMessage());
          break;
        }
        if (line == null) {
          done = true;
          break;
        }
        lineNumber++;
        if (line == OVERSIZED) {
          next = Failures.failed(file + ":" + lineNumber, Reason.TOO_LARGE, "record of " + skipped
              + " characters exceeds the limit of " + limits.maxPageBytes());
        } else if (!line.isBlank()) {
          next = record(line);
        }
      }
      return next != null;
    }

    /**
     * The next line without its terminator, null at the end; a line longer than the page limit
     * is skipped to its end without being held in memory and answered as {@link #OVERSIZED}
     * (its length in {@link #skipped}), so one huge line cannot exhaust the heap.
     */
    private @Nullable String boundedLine() throws IOException {
      StringBuilder line = new StringBuilder();
      long length = 0;
      boolean any = false;
      int c;
      while ((c = reader.read()) >= 0) {
        any = true;
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
          break;
        }
        length++;
        if (length <= limits.maxPageBytes()) {
          line.append((char) c);
        }
      }
      if (!any) {
        return null;
      }
      if (length > limits.maxPageBytes()) {
        skipped = length;
        return OVERSIZED;
      }
      return line.toString();
    }

    @Override
    public ItemResult<RawPage> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ItemResult<RawPage> out = next;
      next = null;
      return out;
    }

    private ItemResult<RawPage> record(String line) {
      String source = file + ":" + lineNumber;
      if (line.length() > limits.maxPageBytes()) {
        return Failures.failed(source, Reason.TOO_LARGE,
            "record of " + line.length() + " characters exceeds the limit of " + limits.maxPageBytes());
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        return Failures.failed(source, Reason.MALFORMED,
            "bad JSON record: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return Failures.failed(source, Reason.MALFORMED,
            "expected a JSON object {url, html|text, published, outlet}, found " + (node == null ? "nothing" : node.getNodeType()));
      }
      String html = string(node, "html");
      String text = string(node, "text");
      String url = string(node, "url");
      String published = string(node, "published");
      String outlet = string(node, "outlet");
      if ((html == null || html.isBlank()) && (text == null || text.isBlank())) {
        return Failures.failed(source, Reason.NO_CONTENT, "record has neither \"html\" nor \"text\"");
      }
      boolean isHtml = html != null && !html.isBlank();
      String body = isHtml ? html : text;
      String name = url != null ? source + " (" + url + ")" : source;
      return new ItemResult.Ok<>(name, new RawPage(source, url, isHtml ? ContentType.HTML : ContentType.TEXT,
          body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, published, outlet, null));
    }

    private static @Nullable String string(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }
  }
}
