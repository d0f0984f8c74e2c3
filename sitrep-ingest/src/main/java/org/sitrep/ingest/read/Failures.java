package org.sitrep.ingest.read;

import java.util.stream.Stream;
import org.sitrep.core.model.RawPage;
import org.sitrep.core.stage.ItemResult;
import org.sitrep.core.stage.Reason;

/** Failed items of the reading stage, with the stage's one name. */
final class Failures {
  static final String STAGE = "input-reader";

  private Failures() {}

  static ItemResult<RawPage> failed(String source, Reason reason, String message) {
    return new ItemResult.Failed<>(source, STAGE, reason, message);
  }

  static Stream<ItemResult<RawPage>> one(String source, Reason reason, String message) {
    return Stream.of(failed(source, reason, message));
  }
}
