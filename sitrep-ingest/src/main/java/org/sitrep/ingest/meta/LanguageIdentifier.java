package org.sitrep.ingest.meta;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of an article body, by Lingua over all its 75 languages in low-accuracy mode (trigram
 * models only). The detector is a heavy object: one is built per process, on first use, and shared;
 * it is thread-safe.
 */
public final class LanguageIdentifier {
  /** Lingua reads enough from the first few thousand characters; the rest only costs time. */
  private static final int SAMPLE = 3000;

  private final LanguageDetector detector;

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  private static final class Shared {
    static final LanguageIdentifier INSTANCE = new LanguageIdentifier(
        LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build());
  }

  /** The process-wide identifier (built on first call). */
  public static LanguageIdentifier shared() {
    return Shared.INSTANCE;
  }

  /** ISO 639-1 code of {@code text}'s language, or null when it cannot be told. */
  public @Nullable String identify(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (sample.isBlank()) {
      return null;
    }
    Language language = detector.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }
}
