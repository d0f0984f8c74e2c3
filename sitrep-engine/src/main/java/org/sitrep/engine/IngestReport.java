package org.sitrep.engine;

import java.util.List;
import org.sitrep.core.stage.ItemResult;

/** What one ingest did. */
public record IngestReport(int added, int duplicates, List<ItemResult.Failed<?>> failures) {
  public IngestReport {
    failures = List.copyOf(failures);
  }
}
