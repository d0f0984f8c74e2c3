package org.sitrep.server.fuzz;

/** Entry point for a standalone Jazzer campaign on the HTTP API's parameters ({@code scripts/fuzz api}). */
public final class ApiFuzzTarget {
  private ApiFuzzTarget() {}

  public static void fuzzerTestOneInput(byte[] data) {
    ApiHarness.request(data);
  }
}
