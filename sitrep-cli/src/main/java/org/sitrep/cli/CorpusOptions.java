package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every corpus command shares: the store folder and the output format. */
public final class CorpusOptions {
  /** How a corpus command prints. */
  public enum Format {
    TABLE,
    JSON;

    /** Reads {@code table} or {@code json}, any case. */
    static final class Converter implements CommandLine.ITypeConverter<Format> {
      @Override
      public Format convert(String value) {
        try {
          return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.TypeConversionException("expected table or json, got '" + value + "'");
        }
      }
    }
  }

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "sitrep-data",
      description = "Corpus store folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("sitrep-data");

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Format.Converter.class,
      description = "table (default, readable) or json (one JSON value, as in the contract).")
  Format format = Format.TABLE;

  boolean json() {
    return format == Format.JSON;
  }
}
