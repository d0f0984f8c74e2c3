package org.sitrep.corpus.outlet;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.corpus.Outlet;

/** Outlets with country and kind: curated facts, a user file, inference for the rest. */
public final class OutletRegistry {
  private OutletRegistry() {}

  /** The curated registry, extended by {@code userFile} when given. */
  public static OutletRegistry load(@Nullable Path userFile) throws IOException {
    throw new UnsupportedOperationException("OutletRegistry: to be written (issue 4)");
  }

  /**
   * The outlet of an article from its outlet name and URL (and text signals); unknown outlets get
   * an inferred country or none.
   */
  public Outlet resolve(@Nullable String outletName, @Nullable String url, String text) {
    throw new UnsupportedOperationException("OutletRegistry: to be written (issue 4)");
  }
}
