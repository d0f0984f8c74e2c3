package org.sitrep.server.brief;

import org.jspecify.annotations.Nullable;

/**
 * Renders a brief as a standalone XHTML page (well-formed, so the PDF renderer reads it too), with
 * numbered footnotes. With a link base, each footnote links to the article view that highlights the
 * cited sentence.
 */
public final class HtmlBriefWriter {
  private static final String STYLE = """
      body { font-family: 'Sitrep CJK', 'DejaVu Sans', 'Droid Sans Fallback', Helvetica, Arial, 'Noto Sans CJK SC',
        'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif;
        color: #1d2733; max-width: 46em;
        margin: 2em auto; line-height: 1.45; font-size: 11pt; padding: 0 1em; }
      h1 { font-size: 20pt; margin-bottom: 0.2em; }
      h2 { font-size: 14pt; border-bottom: 1px solid #c8d0da; padding-bottom: 2px; margin-top: 1.4em; }
      h3 { font-size: 12pt; margin-bottom: 0.3em; }
      .overview { color: #55626f; font-style: italic; }
      .note { color: #55626f; font-style: italic; }
      ul { padding-left: 1.2em; }
      li { margin: 0.25em 0; }
      sup a { text-decoration: none; color: #1f5fa8; }
      ol.sources { font-size: 9pt; color: #33404d; padding-left: 2em; }
      ol.sources li { margin: 0.35em 0; }
      .lead { font-weight: bold; }
      """;

  private final @Nullable String linkBase;

  /**
   * @param linkBase prefix of article-view links (e.g. {@code "/"} for the web UI), or null for
   *     none
   */
  public HtmlBriefWriter(@Nullable String linkBase) {
    this.linkBase = linkBase;
  }

  /**
   * Where the brief is served beside the web UI, the UI's CJK font for Chinese, Japanese and Korean
   * characters on a machine without one (fetched by the browser only for a page that has them).
   */
  private static String cjkFontFace(String base) {
    return "@font-face { font-family: 'Sitrep CJK'; src: url('" + base + "fonts/DroidSansFallback.ttf')"
        + " format('truetype'); font-weight: 100 900; unicode-range: " + CJK_RANGES + "; font-display: swap; }\n";
  }

  /** The Unicode ranges of the CJK font face (the same in the web UI's style sheet). */
  static final String CJK_RANGES = "U+1100-11FF, U+2E80-33FF, U+3400-4DBF, U+4E00-9FFF, U+A960-A97F,"
      + " U+AC00-D7FF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF";

  /** The brief as an XHTML document. */
  public String write(Brief brief) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>").append(esc("Brief: " + brief.title())).append("</title>\n")
        .append("<style>\n").append(linkBase == null ? "" : cjkFontFace(linkBase)).append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(brief.title())).append("</h1>\n");
    b.append("<p class=\"overview\">Story ").append(esc(brief.story())).append(": ").append(esc(brief.overview()))
        .append("</p>\n");
    for (Brief.Section s : brief.sections()) {
      section(b, s, 2);
    }
    b.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (Brief.Footnote f : brief.footnotes()) {
      b.append("<li id=\"fn").append(f.number()).append("\">");
      String text = esc(MarkdownBriefWriter.citation(f));
      if (linkBase != null) {
        b.append("<a href=\"").append(esc(linkBase + "#/article/" + f.article() + "?start=" + f.start()
            + "&end=" + f.end())).append("\">").append(text).append("</a>");
      } else {
        b.append(text);
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void section(StringBuilder b, Brief.Section s, int level) {
    b.append("<h").append(level).append('>').append(esc(s.heading())).append("</h").append(level).append(">\n");
    if (s.note() != null) {
      b.append("<p class=\"note\">").append(esc(s.note())).append("</p>\n");
    }
    if (!s.statements().isEmpty()) {
      b.append("<ul>\n");
      for (Brief.Statement st : s.statements()) {
        b.append("<li>");
        if (st.lead() != null) {
          b.append("<span class=\"lead\">").append(esc(st.lead())).append(":</span> ");
        }
        b.append(esc(st.text()));
        b.append("<sup>");
        for (int i = 0; i < st.notes().size(); i++) {
          int n = st.notes().get(i);
          b.append(i == 0 ? "" : ",").append("<a href=\"#fn").append(n).append("\">").append(n).append("</a>");
        }
        b.append("</sup>");
        b.append("</li>\n");
      }
      b.append("</ul>\n");
    }
    for (Brief.Section sub : s.subsections()) {
      section(b, sub, level + 1);
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
