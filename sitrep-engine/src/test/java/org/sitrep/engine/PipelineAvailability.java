package org.sitrep.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.model.ContentType;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.StageException;
import org.sitrep.corpus.CorpusAnalyzer;
import org.sitrep.corpus.outlet.OutletRegistry;
import org.sitrep.ingest.ArticleCleaner;
import org.sitrep.ingest.InputReader;
import org.sitrep.nlp.entity.EntityExtractor;
import org.sitrep.nlp.parse.ParsedText;

/**
 * Whether the stages the whole-pipeline tests need are built: input reading, cleaning, the outlet
 * registry, the corpus analysis and (for NLP tests) entity extraction. Tests that need them are
 * skipped, saying which one is missing, while a stage still throws UnsupportedOperationException;
 * they run by themselves once it is built.
 */
final class PipelineAvailability {
  private PipelineAvailability() {}

  /** The first missing stage's message, or empty when all are there. */
  static Optional<String> missing(boolean nlp) {
    try {
      new CorpusAnalyzer(OutletRegistry.load(null)).analyze(List.of());
      Path probe = Files.createTempFile("sitrep-probe", ".txt");
      try {
        Files.writeString(probe, "Probe headline\n\nA probe sentence for the reader.", StandardCharsets.UTF_8);
        try (var pages = new InputReader().read(probe)) {
          pages.count();
        }
      } finally {
        Files.deleteIfExists(probe);
      }
      try {
        new ArticleCleaner().process(new RawPage("probe", null, ContentType.TEXT,
            "Probe headline\n\nA probe sentence.".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
            null, null, null), StageContext.defaults());
      } catch (StageException e) {
        // the cleaner is built: refusing a tiny page is its right
      }
      if (nlp) {
        new EntityExtractor().extract(new ParsedText("", null, List.of(), List.of()));
      }
      return Optional.empty();
    } catch (UnsupportedOperationException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    } catch (Exception e) {
      return Optional.of("probe failed: " + e);
    }
  }
}
