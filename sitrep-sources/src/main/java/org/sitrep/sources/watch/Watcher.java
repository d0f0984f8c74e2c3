package org.sitrep.sources.watch;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.IngestOutcome;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;
import org.sitrep.core.stage.StageException;
import org.sitrep.sources.feed.FeedItem;
import org.sitrep.sources.feed.FeedReader;
import org.sitrep.sources.feed.ParsedFeed;
import org.sitrep.sources.fetch.FetchResult;
import org.sitrep.sources.fetch.HttpFetcher;
import org.sitrep.sources.fetch.Validators;
import org.sitrep.sources.internal.LimitedInput;
import org.sitrep.sources.sitemap.Sitemap;
import org.sitrep.sources.sitemap.SitemapEntry;
import org.sitrep.sources.sitemap.SitemapReader;

/**
 * Polls feeds and sitemaps and hands their new articles to a {@link PageSink}.
 *
 * <p>A poll fetches the source with a conditional GET, reads its entries, drops those already
 * seen (across sources and runs, see {@link WatchState}), and for each new one either takes the
 * feed's own full text or fetches the linked page politely through the {@link HttpFetcher}. Pages
 * of different hosts are fetched concurrently, and up to eight sources are polled at once. Each poll and each page is logged as one line. An
 * article is marked seen once the sink has committed it ({@link PageSink#flush()} after the poll),
 * or once it failed for good (4xx, robots.txt, not HTML, not an article); failures a later poll may
 * cure (5xx, timeouts, store errors) are retried then. A {@link #stop()} lets the pages in flight
 * finish, skips the rest and still commits.
 *
 * <p>Not thread-safe itself: one thread drives {@link #pollAll()} or {@link #run()}; {@link
 * #stop()} may be called from any thread.
 */
public final class Watcher {
  private static final int SITEMAP_CHILDREN = 5;
  private static final int PARALLEL_PAGES = 16;
  private static final int PARALLEL_POLLS = 8;

  private final List<SourceSpec> sources;
  private final WatchState state;
  private final HttpFetcher fetcher;
  private final PageSink sink;
  private final Consumer<String> log;
  private final Clock clock;
  private final FeedReader feeds = new FeedReader();
  private final SitemapReader sitemaps = new SitemapReader();
  private final Object wake = new Object();
  private volatile boolean stopped;

  /**
   * @param log receives one line per poll and per page; must be thread-safe
   */
  public Watcher(List<SourceSpec> sources, WatchState state, HttpFetcher fetcher, PageSink sink,
      Consumer<String> log, Clock clock) {
    this.sources = List.copyOf(sources);
    this.state = Objects.requireNonNull(state, "state");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
    state.register(this.sources);
  }

  /**
   * What one poll did.
   *
   * @param source the source's name
   * @param ok whether the source itself could be fetched and read (200 or 304)
   * @param notModified whether the server answered 304
   * @param items entries listed
   * @param fresh entries not seen before (at most the source's max-items)
   * @param added articles the sink stored
   * @param duplicates articles the sink already had
   * @param skipped entries left aside (robots.txt, not HTML, no link)
   * @param failed entries that failed to fetch or store
   */
  public record PollReport(String source, boolean ok, boolean notModified, int items, int fresh, int added,
      int duplicates, int skipped, int failed) {}

  /** Polls every source once, now, whatever its interval (several sources at once). */
  public List<PollReport> pollAll() {
    return pollMany(sources);
  }

  private List<PollReport> pollMany(List<SourceSpec> specs) {
    Semaphore slots = new Semaphore(PARALLEL_POLLS);
    List<PollReport> reports = new ArrayList<>();
    try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sitrep-watch-poll-", 0).factory())) {
      List<Future<PollReport>> futures = new ArrayList<>();
      for (SourceSpec spec : specs) {
        futures.add(pool.submit(() -> {
          slots.acquire();
          try {
            return stopped ? null : poll(spec);
          } finally {
            slots.release();
          }
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          PollReport report = futures.get(i).get();
          if (report != null) {
            reports.add(report);
          }
        } catch (ExecutionException e) {
          log.accept("poll \"" + specs.get(i).name() + "\" -> failed: internal error: " + e.getCause());
          reports.add(new PollReport(specs.get(i).name(), false, false, 0, 0, 0, 0, 0, 0));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop();
          break;
        }
      }
    }
    return reports;
  }

  /** Polls each source when its interval has passed since its last poll (as persisted), until {@link #stop()}. */
  public void run() {
    while (!stopped) {
      Instant now = clock.instant();
      pollMany(sources.stream().filter(spec -> !due(spec).isAfter(now)).toList());
      if (stopped) {
        return;
      }
      Instant next = null;
      for (SourceSpec spec : sources) {
        Instant due = due(spec);
        next = next == null || due.isBefore(next) ? due : next;
      }
      if (next == null) {
        return;
      }
      long waitMs = Duration.between(clock.instant(), next).toMillis();
      if (waitMs > 0) {
        log.accept("idle until " + next + " (" + (waitMs / 1000) + " s)");
        synchronized (wake) {
          try {
            if (!stopped) {
              wake.wait(waitMs);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** Ends {@link #run()} after the current poll. */
  public void stop() {
    stopped = true;
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  private Instant due(SourceSpec spec) {
    Instant last = state.status(spec).lastPoll();
    return last == null ? Instant.EPOCH : last.plus(spec.interval());
  }

  /** One poll of one source. */
  public PollReport poll(SourceSpec spec) {
    long started = System.nanoTime();
    SourceStatus status = state.status(spec);
    String label = spec.kind().label() + " \"" + spec.name() + "\"";
    FetchResult result = fetcher.fetch(spec.url(), new Validators(status.etag(), status.lastModified()));
    Instant now = clock.instant();
    switch (result) {
      case FetchResult.NotModified nm -> {
        log.accept("poll " + label + " " + spec.url() + " -> not modified (304)");
        save(new SourceStatus(status.name(), status.kind(), status.url(), status.outlet(), status.country(),
            status.etag(), status.lastModified(), now, now, "not modified", null, status.polls() + 1,
            status.errors(), status.articles(), status.failedPages()));
        return new PollReport(spec.name(), true, true, 0, 0, 0, 0, 0, 0);
      }
      case FetchResult.Failed f -> {
        return pollFailed(spec, status, label, f.message() + " [" + reasonName(f.reason()) + "]", now);
      }
      case FetchResult.Fetched fetched -> {
        List<Candidate> candidates;
        int listed;
        try {
          List<Candidate> all = entries(spec, fetched);
          listed = all.size();
          candidates = fresh(all, spec.maxItems());
        } catch (StageException e) {
          return pollFailed(spec, status, label, e.getMessage() + " [" + reasonName(e.reason()) + "]", now);
        }
        log.accept("poll " + label + " " + spec.url() + " -> 200 (" + LimitedInput.describeSize(fetched.body().length)
            + "), " + listed + " entries, " + candidates.size() + " new");
        Tally tally = handle(spec, candidates);
        boolean committed = commitSeen(label, tally);
        String summary = tally.added + " added, " + tally.duplicates + " duplicates, " + tally.skipped + " skipped, "
            + tally.failed + " failed";
        log.accept("poll " + label + " done: " + summary + " in "
            + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9));
        // without a commit the old validators stay, so the next poll reads the listing again
        Validators kept = committed ? fetched.validators() : new Validators(status.etag(), status.lastModified());
        save(new SourceStatus(status.name(), status.kind(), status.url(), status.outlet(), status.country(),
            kept.etag(), kept.lastModified(), now, now,
            listed + " entries, " + candidates.size() + " new: " + summary, null, status.polls() + 1,
            status.errors(), status.articles() + tally.added.get(), status.failedPages() + tally.failed.get()));
        return new PollReport(spec.name(), true, false, listed, candidates.size(), tally.added.get(),
            tally.duplicates.get(), tally.skipped.get(), tally.failed.get());
      }
    }
  }

  private PollReport pollFailed(SourceSpec spec, SourceStatus status, String label, String message, Instant now) {
    log.accept("poll " + label + " " + spec.url() + " -> failed: " + message + " (failed polls: " + (status.errors() + 1) + ")");
    save(new SourceStatus(status.name(), status.kind(), status.url(), status.outlet(), status.country(),
        status.etag(), status.lastModified(), now, status.lastSuccess(), "failed", message, status.polls() + 1,
        status.errors() + 1, status.articles(), status.failedPages()));
    return new PollReport(spec.name(), false, false, 0, 0, 0, 0, 0, 0);
  }

  private void save(SourceStatus status) {
    try {
      state.update(status);
    } catch (IOException e) {
      log.accept("state: cannot save the watch state: " + e.getMessage());
    }
  }

  /** A new entry to handle: its URL and what the listing said about it. */
  private record Candidate(String key, @Nullable String url, @Nullable String published, @Nullable FeedItem item,
      @Nullable String listedAt, @Nullable String channelOutlet) {}

  /** The outlet of a candidate's page: the source's, else the feed channel's name (else the host decides). */
  private static @Nullable String outletOf(SourceSpec spec, Candidate c) {
    return spec.outlet() != null ? spec.outlet() : c.channelOutlet();
  }

  private List<Candidate> entries(SourceSpec spec, FetchResult.Fetched fetched) throws StageException {
    String where = fetched.finalUri().toString();
    if (spec.kind() == SourceSpec.Kind.FEED) {
      ParsedFeed feed = feeds.parse(fetched.body(), where);
      List<Candidate> list = new ArrayList<>();
      String channelOutlet = FeedReader.outletName(feed.title());
      for (FeedItem item : feed.items()) {
        String url = item.link() == null ? null : resolve(fetched.finalUri(), item.link());
        String key = url != null ? url : item.key();
        if (key != null) {
          list.add(new Candidate(key, url, item.published(), item, where, channelOutlet));
        }
      }
      return list;
    }
    Sitemap map = sitemaps.parse(fetched.body(), fetched.contentType(), where);
    List<SitemapEntry> entries = new ArrayList<>();
    if (map instanceof Sitemap.Index index) {
      int taken = 0;
      for (String child : index.sitemaps()) {
        if (taken++ >= SITEMAP_CHILDREN) {
          break;
        }
        FetchResult sub = fetcher.fetch(URI.create(child), Validators.NONE);
        if (sub instanceof FetchResult.Fetched f) {
          try {
            if (sitemaps.parse(f.body(), f.contentType(), child) instanceof Sitemap.UrlSet set) {
              entries.addAll(set.entries());
            }
          } catch (StageException e) {
            log.accept("sitemap [" + spec.name() + "] " + child + " -> failed: " + e.getMessage());
          }
        } else if (sub instanceof FetchResult.Failed failed) {
          log.accept("sitemap [" + spec.name() + "] " + child + " -> failed: " + failed.message());
        }
      }
    } else if (map instanceof Sitemap.UrlSet set) {
      entries.addAll(set.entries());
    }
    List<SitemapEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((SitemapEntry e) -> e.published() == null ? "" : e.published()).reversed());
    return sorted.stream().map(e -> new Candidate(e.url(), e.url(), e.published(), null, where, null)).toList();
  }

  private List<Candidate> fresh(List<Candidate> all, int max) {
    Map<String, Candidate> unique = new LinkedHashMap<>();
    for (Candidate c : all) {
      if (!state.seen(c.key()) && !unique.containsKey(WatchState.normalise(c.key()))) {
        unique.put(WatchState.normalise(c.key()), c);
        if (unique.size() >= max) {
          break;
        }
      }
    }
    return List.copyOf(unique.values());
  }

  private static final class Tally {
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    /** Keys of pages the sink stored (or had), marked seen once the sink has flushed. */
    final List<String> stored = new ArrayList<>();
  }

  private Tally handle(SourceSpec spec, List<Candidate> candidates) {
    Tally tally = new Tally();
    Semaphore slots = new Semaphore(PARALLEL_PAGES);
    try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sitrep-watch-page-", 0).factory())) {
      List<Future<?>> futures = new ArrayList<>();
      for (Candidate c : candidates) {
        if (stopped) {
          break;
        }
        futures.add(pool.submit(() -> {
          slots.acquireUninterruptibly();
          try {
            if (!stopped) { // a stop skips the pages not started yet; they stay unseen for the next run
              handleOne(spec, c, tally);
            }
          } finally {
            slots.release();
          }
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          tally.failed.incrementAndGet();
          Candidate c = candidates.get(i);
          log.accept("page [" + spec.name() + "] " + (c.url() != null ? c.url() : c.key())
              + " -> failed: internal error: " + e.getCause() + "; retried next poll");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop();
          break;
        }
      }
    }
    return tally;
  }

  private void handleOne(SourceSpec spec, Candidate c, Tally tally) {
    String name = c.url() != null ? c.url() : c.key();
    FeedItem item = c.item();
    RawPage page;
    String how;
    if (item != null && item.fullText()) {
      page = FeedReader.page(new FeedItem(c.url(), item.guid(), item.title(), item.published(), item.authors(),
          item.content(), item.contentChars(), true), name, outletOf(spec, c));
      page = new RawPage(page.source(), page.url(), page.type(), page.body(), page.charset(), page.published(),
          page.outlet(), clock.instant());
      how = "from feed content (" + item.contentChars() + " chars)";
    } else if (c.url() == null) {
      tally.skipped.incrementAndGet();
      log.accept("page [" + spec.name() + "] " + name + " -> skipped: the entry has no link and no full text");
      markSeen(c.key());
      return;
    } else {
      URI uri;
      try {
        uri = URI.create(c.url());
      } catch (IllegalArgumentException e) {
        tally.failed.incrementAndGet();
        log.accept("page [" + spec.name() + "] " + name + " -> failed: not a valid URL [malformed]");
        markSeen(c.key());
        return;
      }
      FetchResult result = fetcher.fetch(uri, Validators.NONE);
      if (result instanceof FetchResult.Failed f) {
        boolean robots = f.message().startsWith("disallowed by robots.txt");
        (robots ? tally.skipped : tally.failed).incrementAndGet();
        log.accept("page [" + spec.name() + "] " + name + " -> " + (robots ? "skipped: " : "failed: ") + f.message() + " ["
            + reasonName(f.reason()) + "]" + (f.retryLater() ? "; retried next poll" : ""));
        if (!f.retryLater()) {
          markSeen(c.key());
        }
        return;
      }
      if (!(result instanceof FetchResult.Fetched fetched)) {
        tally.skipped.incrementAndGet();
        log.accept("page [" + spec.name() + "] " + name + " -> skipped: not modified");
        return;
      }
      ContentType type = contentType(fetched.contentType());
      if (type == null) {
        tally.skipped.incrementAndGet();
        log.accept("page [" + spec.name() + "] " + name + " -> skipped: not a web page (" + fetched.contentType() + ")");
        markSeen(c.key());
        return;
      }
      page = new RawPage(fetched.finalUri().toString(), fetched.finalUri().toString(), type, fetched.body(),
          fetched.charset(), c.published(), outletOf(spec, c), fetched.fetchedAt());
      how = "fetched 200 (" + LimitedInput.describeSize(fetched.body().length) + ")"
          + (fetched.finalUri().equals(uri) ? "" : " via redirect to " + fetched.finalUri());
    }
    ItemResult<IngestOutcome> stored;
    try {
      stored = sink.accept(page);
    } catch (RuntimeException e) {
      stored = new ItemResult.Failed<>(page.source(), "sink", Reason.INTERNAL, e.toString());
    }
    switch (stored) {
      case ItemResult.Ok<IngestOutcome> ok -> {
        (ok.value() == IngestOutcome.ADDED ? tally.added : tally.duplicates).incrementAndGet();
        log.accept("page [" + spec.name() + "] " + name + " -> " + how + ", " + (ok.value() == IngestOutcome.ADDED ? "added" : "duplicate"));
        synchronized (tally.stored) {
          tally.stored.add(c.key());
          if (!page.source().equals(c.key())) {
            tally.stored.add(page.source());
          }
        }
      }
      case ItemResult.Failed<IngestOutcome> f -> {
        tally.failed.incrementAndGet();
        boolean retry = f.reason() == Reason.INTERNAL;
        log.accept("page [" + spec.name() + "] " + name + " -> " + how + ", not stored: " + f.message() + " [" + f.stage() + ", "
            + reasonName(f.reason()) + "]" + (retry ? "; retried next poll" : ""));
        if (!retry) {
          markSeen(c.key());
        }
      }
    }
  }

  /**
   * Marks the stored pages of a poll as seen once the sink has made them durable: an article is
   * seen only when committed, so a crash or a failed flush leaves it to the next poll (which the
   * sink answers with a duplicate when it was stored after all), never lost.
   *
   * @return false when the sink could not commit
   */
  private boolean commitSeen(String label, Tally tally) {
    List<String> keys;
    synchronized (tally.stored) {
      keys = List.copyOf(tally.stored);
    }
    if (keys.isEmpty()) {
      return true;
    }
    if (tally.added.get() > 0) {
      try {
        sink.flush();
      } catch (IOException | RuntimeException e) {
        log.accept("poll " + label + " -> the store could not commit: " + e.getMessage() + "; " + tally.added
            + " pages are fetched again next poll");
        return false;
      }
    }
    for (String key : keys) {
      markSeen(key);
    }
    return true;
  }

  private void markSeen(String key) {
    try {
      state.markSeen(key);
    } catch (IOException e) {
      log.accept("state: cannot record " + key + " as seen: " + e.getMessage());
    }
  }

  private static @Nullable ContentType contentType(@Nullable String header) {
    if (header == null) {
      return ContentType.HTML;
    }
    String base = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml") || base.isEmpty()) {
      return ContentType.HTML;
    }
    if (base.equals("text/plain")) {
      return ContentType.TEXT;
    }
    return null;
  }

  private static String resolve(URI base, String link) {
    try {
      return base.resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link.strip();
    }
  }

  private static String reasonName(Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT);
  }
}
