package org.sitrep.sources.warc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.sources.internal.LimitedInput;

/**
 * Streams the HTML captures of a WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl's
 * CC-NEWS publishes them) record by record with jwarc: only one record is in memory at a time.
 *
 * <p>Each {@code response} record holding an HTTP 200 with an HTML payload becomes one page: the
 * target URI as URL, the HTTP charset, the WARC-Date as fetch time and as fallback publication date.
 * Other records are skipped. A payload above the byte cap is one {@link ItemResult.Failed} and the
 * stream goes on; a truncated gzip member or a malformed record is one Failed naming the offset and
 * the stream ends there, cleanly. Thread-safe (each call reads its own file).
 */
public final class WarcReader {
  /** The stage name used in failures. */
  public static final String STAGE = "warc-reader";
  /** Default cap on one page's payload. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 32L * 1024 * 1024;

  private final long maxPageBytes;

  public WarcReader() {
    this(DEFAULT_MAX_PAGE_BYTES);
  }

  public WarcReader(long maxPageBytes) {
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be >= 1, got " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
  }

  /** The pages of the WARC file at {@code path}, lazily; close the stream to close the file. */
  public Stream<ItemResult<RawPage>> read(Path path) {
    Objects.requireNonNull(path, "path");
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ);
    } catch (IOException e) {
      return Stream.of(new ItemResult.Failed<>(path.toString(), STAGE, Reason.FETCH_FAILED,
          "warc-reader: cannot open " + path + ": " + e.getMessage()));
    }
    RecordSpliterator spliterator = new RecordSpliterator(channel, path.toString());
    return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
  }

  /**
   * The pages of a WARC stream, lazily; {@code source} names it in page sources ({@code
   * source#offset}) and errors. Closing the returned stream closes {@code in}.
   */
  public Stream<ItemResult<RawPage>> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    RecordSpliterator spliterator = new RecordSpliterator(Channels.newChannel(in), source);
    return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
  }

  private final class RecordSpliterator extends Spliterators.AbstractSpliterator<ItemResult<RawPage>> {
    private final ReadableByteChannel in;
    private final String source;
    private org.netpreserve.jwarc.@Nullable WarcReader reader;
    private boolean done;

    RecordSpliterator(ReadableByteChannel in, String source) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.in = in;
      this.source = source;
    }

    @Override
    public boolean tryAdvance(Consumer<? super ItemResult<RawPage>> action) {
      while (!done) {
        long offset = 0;
        WarcRecord record;
        try {
          if (reader == null) {
            // NOTE: jwarc's lenient mode loops forever on some damaged headers (a negative
            // Content-Length after a mangled field name, found by fuzzing), so headers are parsed
            // strictly: a damaged record ends the stream with one clear failure.
            reader = new org.netpreserve.jwarc.WarcReader(in);
          }
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            done = true;
            close();
            return false;
          }
          record = next.get();
          // NOTE: jwarc's position() is the start of the record next() last returned; read
          // before next() it named the record before this one
          offset = reader.position();
        } catch (IOException | RuntimeException e) {
          done = true;
          offset = reader == null ? 0 : reader.position();
          close();
          action.accept(new ItemResult.Failed<>(source + "#" + offset, STAGE, Reason.MALFORMED,
              "warc-reader: " + source + " is damaged at byte " + offset + " (" + describe(e)
                  + "); the records before it were read"));
          return true;
        }
        String recordSource = source + "#" + offset;
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        try {
          ItemResult<RawPage> page = page(response, recordSource);
          if (page != null) {
            action.accept(page);
            return true;
          }
        } catch (IOException | RuntimeException e) {
          done = true;
          close();
          action.accept(new ItemResult.Failed<>(recordSource, STAGE, Reason.MALFORMED,
              "warc-reader: record at byte " + offset + " of " + source + " cannot be read (" + describe(e)
                  + "); the records before it were read"));
          return true;
        }
      }
      return false;
    }

    private @Nullable ItemResult<RawPage> page(WarcResponse response, String recordSource) throws IOException {
      MediaType type = response.contentType();
      if (!"application".equals(type.type()) || !"http".equals(type.subtype())) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return null;
      }
      MediaType payloadType = http.contentType();
      String base = payloadType.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return null;
      }
      String target = response.target();
      byte[] body;
      try (InputStream stream = http.bodyDecoded().stream()) {
        body = LimitedInput.readAll(stream, maxPageBytes);
      } catch (LimitedInput.TooLargeException e) {
        return new ItemResult.Failed<>(recordSource, STAGE, Reason.TOO_LARGE, "warc-reader: page " + target
            + " is larger than the cap of " + LimitedInput.describeSize(maxPageBytes) + "; skipped");
      }
      Instant date = response.date();
      return new ItemResult.Ok<>(recordSource, new RawPage(recordSource, target, ContentType.HTML, body,
          charset(payloadType), date.toString(), null, date));
    }

    void close() {
      try {
        if (reader != null) {
          reader.close();
        }
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("warc-reader: cannot close " + source, e);
      }
    }
  }

  private static @Nullable Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // An unknown charset label is content, not a failure: the extractor sniffs the charset itself.
      return null;
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String kind = e instanceof java.io.EOFException ? "unexpected end of file"
        : e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message.strip();
  }
}
