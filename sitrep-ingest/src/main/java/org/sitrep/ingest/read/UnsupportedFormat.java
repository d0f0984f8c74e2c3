package org.sitrep.ingest.read;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/**
 * WARC archives and RSS/Atom feeds, recognised so that they fail with a clear reason rather than being
 * cleaned as text. Readers for them take this format's place in the list.
 */
public final class UnsupportedFormat implements InputFormat {
  @Override
  public String name() {
    return Failures.STAGE;
  }

  @Override
  public boolean accepts(Sniff sniff) {
    String lower = sniff.lower();
    if (lower.startsWith("warc/") || (sniff.gzip() && sniff.name().contains(".warc"))) {
      return true;
    }
    String xml = lower.startsWith("<?xml") ? lower.substring(lower.indexOf("?>") + 2).stripLeading() : lower;
    while (xml.startsWith("<!--") && xml.contains("-->")) {
      xml = xml.substring(xml.indexOf("-->") + 3).stripLeading();
    }
    return xml.startsWith("<rss") || xml.startsWith("<feed") || xml.startsWith("<rdf:rdf");
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits) {
    String kind = sniff.lower().startsWith("warc/") || sniff.gzip() ? "a WARC archive" : "an RSS/Atom feed";
    return Failures.one(file.toString(), Reason.MALFORMED,
        "WARC/feeds not supported yet (found " + kind + ")");
  }
}
