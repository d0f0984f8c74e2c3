package org.sitrep.server.brief;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a brief as Markdown with footnotes ({@code [^n]}). Stateless. */
public final class MarkdownBriefWriter {
  /** The brief as Markdown text, ending with a newline. */
  public String write(Brief brief) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(escape(brief.title())).append("\n\n");
    b.append("*Story ").append(brief.story()).append(": ").append(escape(brief.overview())).append("*\n");
    for (Brief.Section section : brief.sections()) {
      section(b, section, 2);
    }
    b.append("\n## Sources\n\n");
    for (Brief.Footnote f : brief.footnotes()) {
      b.append("[^").append(f.number()).append("]: ").append(escape(citation(f))).append('\n');
    }
    return b.toString();
  }

  private static void section(StringBuilder b, Brief.Section section, int level) {
    b.append('\n').append("#".repeat(level)).append(' ').append(escape(section.heading())).append('\n');
    if (section.note() != null || !section.statements().isEmpty()) {
      b.append('\n');
    }
    if (section.note() != null) {
      b.append('*').append(escape(section.note())).append("*\n");
    }
    for (Brief.Statement s : section.statements()) {
      b.append("- ");
      if (s.lead() != null) {
        b.append("**").append(escape(s.lead())).append(":** ");
      }
      b.append(escape(s.text())).append(notes(s.notes())).append('\n');
    }
    for (Brief.Section sub : section.subsections()) {
      section(b, sub, level + 1);
    }
  }

  private static String notes(List<Integer> notes) {
    return notes.stream().map(n -> "[^" + n + "]").collect(Collectors.joining("", " ", ""));
  }

  /** "Outlet (KR), 2024-06-20, “Title”: “sentence” (article id, characters a–b)". */
  static String citation(Brief.Footnote f) {
    StringBuilder b = new StringBuilder();
    b.append(f.outlet() == null ? "Unknown outlet" : f.outlet());
    if (f.country() != null) {
      b.append(" (").append(f.country()).append(')');
    }
    String date = f.published() == null ? "undated" : f.published().length() > 10 ? f.published().substring(0, 10) : f.published();
    b.append(", ").append(date);
    if (f.title() != null) {
      b.append(", \u201c").append(f.title()).append('\u201d');
    }
    b.append(": \u201c").append(f.sentence().replace('\n', ' ')).append("\u201d (article ").append(f.article())
        .append(", characters ").append(f.start()).append('\u2013').append(f.end()).append(')');
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<' || c == '\\') {
        b.append('\\');
      }
      b.append(c == '\n' ? ' ' : c);
    }
    return b.toString();
  }
}
