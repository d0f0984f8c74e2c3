package org.sitrep.server.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * Renders a brief as PDF with openhtmltopdf (pure Java, no external program) from the XHTML of
 * {@link HtmlBriefWriter}. Uses DejaVu Sans when the system has it (wider character coverage), the
 * built-in Helvetica otherwise; Chinese, Japanese and Korean characters, which neither has, are
 * drawn with Droid Sans Fallback, shipped with Sitrep (Apache License 2.0; see
 * {@code web/fonts/DroidSansFallback-NOTICE.txt}; the web UI serves the same file) and embedded as a subset of the glyphs used.
 */
public final class PdfBriefWriter {
  static {
    // openhtmltopdf logs every font load at INFO through java.util.logging; the CLI keeps stderr for
    // real problems, and rendering failures surface as exceptions anyway.
    XRLog.setLoggingEnabled(false);
  }

  /** The CJK font's family name, as {@link HtmlBriefWriter}'s style sheet names it. */
  static final String CJK_FAMILY = "Droid Sans Fallback";

  private static final String CJK_FONT = "/web/fonts/DroidSansFallback.ttf";

  private static final List<Path> FONT_DIRS = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"));

  private static InputStream cjkFont() {
    InputStream in = PdfBriefWriter.class.getResourceAsStream(CJK_FONT);
    if (in == null) {
      throw new IllegalStateException("brief: the font " + CJK_FONT + " is missing from the class path"
          + " (sitrep-server's resources, web/fonts); rebuild Sitrep");
    }
    return in;
  }

  /** Writes the brief as PDF to {@code out} (not closed). */
  public void write(Brief brief, OutputStream out) throws IOException {
    String html = new HtmlBriefWriter(null).write(brief);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    for (Path dir : FONT_DIRS) {
      Path regular = dir.resolve("DejaVuSans.ttf");
      Path bold = dir.resolve("DejaVuSans-Bold.ttf");
      if (Files.isReadable(regular)) {
        builder.useFont(regular.toFile(), "DejaVu Sans");
        if (Files.isReadable(bold)) {
          builder.useFont(bold.toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        break;
      }
    }
    builder.useFont(PdfBriefWriter::cjkFont, CJK_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL));
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (RuntimeException e) {
      throw new IOException("brief: PDF rendering failed for story " + brief.story() + ": " + e.getMessage(), e);
    }
  }
}
