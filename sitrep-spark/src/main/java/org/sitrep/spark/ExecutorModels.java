package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.corpus.reprint.ReprintDetector;
import org.sitrep.engine.PageStages;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.nlp.pack.LanguagePacks;

/**
 * The heavy parts of the stages, built once per executor JVM and shared by all its tasks (they are
 * thread-safe): the cleaner (Lingua's language models), the language packs (each language's CoreNLP
 * models, loaded when the first article in that language arrives) and the outlet registry. A task asks for them by the job's
 * settings; nothing heavy is ever captured in a closure or sent over the wire.
 */
final class ExecutorModels {
  private static final Map<String, PageStages> STAGES = new ConcurrentHashMap<>();
  private static final ReprintDetector REPRINTS = new ReprintDetector();
  private static volatile @Nullable LanguagePacks nlp;
  private static volatile @Nullable ArticleCleaner cleaner;

  private ExecutorModels() {}

  /** The page stages for a job with NLP on or off and the user outlets (file content, empty for none). */
  static PageStages stages(boolean withNlp, String outlets) {
    return STAGES.computeIfAbsent((withNlp ? "nlp\n" : "plain\n") + outlets, k -> {
      OutletRegistry registry = registry(outlets);
      return new PageStages(cleaner(), withNlp ? ExecutorModels::nlp : null, () -> registry);
    });
  }

  /** The reprint detector whose signatures the job's LSH compares. */
  static ReprintDetector reprints() {
    return REPRINTS;
  }

  private static ArticleCleaner cleaner() {
    ArticleCleaner c = cleaner;
    if (c == null) {
      synchronized (ExecutorModels.class) {
        c = cleaner;
        if (c == null) {
          c = new ArticleCleaner();
          cleaner = c;
        }
      }
    }
    return c;
  }

  private static LanguagePacks nlp() {
    LanguagePacks n = nlp;
    if (n == null) {
      synchronized (ExecutorModels.class) {
        n = nlp;
        if (n == null) {
          n = new LanguagePacks(NlpConfig.defaults());
          nlp = n;
        }
      }
    }
    return n;
  }

  private static OutletRegistry registry(String outlets) {
    try {
      if (outlets.isEmpty()) {
        return OutletRegistry.load(null);
      }
      Path file = Files.createTempFile("sitrep-outlets", ".txt");
      try {
        Files.writeString(file, outlets, StandardCharsets.UTF_8);
        return OutletRegistry.load(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("outlet registry: cannot load the job's outlets file", e);
    }
  }
}
