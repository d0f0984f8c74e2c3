package org.sitrep.ingest.read;

/**
 * Bounds on what the reader accepts.
 *
 * @param maxPageBytes the largest page (file, or JSON Lines record) read; larger ones fail TOO_LARGE
 */
public record ReadLimits(long maxPageBytes) {
  /** 50 MB per page: far above any news page, small enough to keep a batch's memory bounded. */
  public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024);

  public ReadLimits {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
    }
  }
}
