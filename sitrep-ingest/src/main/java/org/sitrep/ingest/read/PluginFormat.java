package org.sitrep.ingest.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;

/**
 * A format contributed by another module through {@link org.sitrep.ingest.read.spi.InputFormat}
 * (feeds, WARC archives), found with {@link ServiceLoader}. Such files hold many pages, so the
 * per-page size limit applies to each record, not to the file.
 */
public final class PluginFormat implements InputFormat {
  private final org.sitrep.ingest.read.spi.InputFormat plugin;

  PluginFormat(org.sitrep.ingest.read.spi.InputFormat plugin) {
    this.plugin = plugin;
  }

  /** Every format on the class path, in the service loader's order. */
  public static List<InputFormat> discovered() {
    List<InputFormat> out = new ArrayList<>();
    for (var plugin : ServiceLoader.load(org.sitrep.ingest.read.spi.InputFormat.class)) {
      out.add(new PluginFormat(plugin));
    }
    return out;
  }

  @Override
  public String name() {
    return plugin.name();
  }

  @Override
  public boolean accepts(Sniff sniff) {
    return plugin.accepts(sniff.head(), sniff.file());
  }

  @Override
  public Stream<ItemResult<RawPage>> read(Path file, Sniff sniff, ReadLimits limits) {
    return plugin.read(file);
  }
}
