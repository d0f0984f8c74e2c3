package org.sitrep.ingest.text;

import java.util.List;

/**
 * A text dump split around its article.
 *
 * @param header lines above the story (site name, title, byline, date), in order, boilerplate included
 * @param body the story's paragraphs, in order
 * @param dropped furniture removed from inside the story (credits, interruptions), for metadata
 * @param trailer lines below the story (author box, credits, comment forms, article lists)
 */
public record DumpLayout(List<String> header, List<String> body, List<String> dropped, List<String> trailer) {
  public DumpLayout {
    header = List.copyOf(header);
    body = List.copyOf(body);
    dropped = List.copyOf(dropped);
    trailer = List.copyOf(trailer);
  }
}
