package org.sitrep.core.stage;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a stage may use besides its input: a clock and a sink for warnings. No global state.
 *
 * @param clock the clock (tests fix it)
 * @param warnings receives non-fatal warnings
 */
public record StageContext(Clock clock, Consumer<Warning> warnings) {
  public StageContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(warnings, "warnings");
  }

  /** A context on the system clock that drops warnings. */
  public static StageContext defaults() {
    return new StageContext(Clock.systemUTC(), w -> {});
  }
}
