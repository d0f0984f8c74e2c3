package org.sitrep.server.brief;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a brief as PDF with openhtmltopdf (pure Java, no external program) from the XHTML of
 * {@link HtmlBriefWriter}. Uses DejaVu Sans when the system has it (wider character coverage), the
 * built-in Helvetica otherwise.
 */
public final class PdfBriefWriter {
  static {
    // openhtmltopdf logs every font load at INFO through java.util.logging; the CLI keeps stderr for
    // real problems, and rendering failures surface as exceptions anyway.
    XRLog.setLoggingEnabled(false);
  }

  private static final List<Path> FONT_DIRS = List.of(
      Path.of("/usr/share/fonts/truetype/dejavu"), Path.of("/usr/share/fonts/dejavu"));

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
    builder.withHtmlContent(html, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (RuntimeException e) {
      throw new IOException("brief: PDF rendering failed for story " + brief.story() + ": " + e.getMessage(), e);
    }
  }
}
