package org.sitrep.server.brief;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sourced brief of one story, ready to render. Every statement cites at least one footnote; every
 * footnote names outlet, date and the source sentence.
 *
 * @param overview one line of counts (articles, outlets, countries, dates)
 */
public record Brief(String story, String title, String overview, List<Section> sections, List<Footnote> footnotes) {
  public Brief {
    sections = List.copyOf(sections);
    footnotes = List.copyOf(footnotes);
  }

  /**
   * A part of the brief. Top-level sections hold statements or subsections (one per country).
   *
   * @param note a line of explanation under the heading, or null
   */
  public record Section(String heading, @Nullable String note, List<Statement> statements, List<Section> subsections) {
    public Section {
      statements = List.copyOf(statements);
      subsections = List.copyOf(subsections);
    }
  }

  /**
   * One statement.
   *
   * @param lead a short bold lead (a date, a speaker), or null
   * @param notes footnote numbers, at least one
   */
  public record Statement(@Nullable String lead, String text, List<Integer> notes) {
    public Statement {
      notes = List.copyOf(notes);
      if (notes.isEmpty()) {
        throw new IllegalArgumentException("brief statement without a source: " + text);
      }
    }
  }

  /**
   * Where a statement comes from.
   *
   * @param start start of the cited span in the article text
   * @param sentence the whole sentence around the span
   */
  public record Footnote(
      int number, String article, @Nullable String outlet, @Nullable String country, @Nullable String published,
      @Nullable String title, int start, int end, String sentence) {}
}
