package org.sitrep.core.stage;

/** A non-fatal problem met by a stage on one item. */
public record Warning(String stage, String code, String detail) {
  @Override
  public String toString() {
    return stage + ":" + code + " " + detail;
  }
}
