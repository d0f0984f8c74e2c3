package org.sitrep.server.brief;

import java.util.Locale;

/** The formats a brief renders to. */
public enum BriefFormat {
  MD("text/markdown; charset=utf-8", "md"),
  HTML("text/html; charset=utf-8", "html"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  BriefFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Parses "md", "markdown", "html" or "pdf" (any case). */
  public static BriefFormat parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> MD;
      case "html", "htm" -> HTML;
      case "pdf" -> PDF;
      default -> throw new IllegalArgumentException("brief format must be md, html or pdf, got '" + value + "'");
    };
  }
}
