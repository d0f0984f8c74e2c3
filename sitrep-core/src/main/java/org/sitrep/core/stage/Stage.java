package org.sitrep.core.stage;

/**
 * One typed processing step. Implementations are thread-safe and stateless once built; they load
 * models at construction so a missing model fails at startup, not mid-batch.
 *
 * @param <I> input value
 * @param <O> output value
 */
public interface Stage<I, O> {
  /** Stable kebab-case name used in logs, errors and golden paths. */
  String name();

  /**
   * Processes one item.
   *
   * @throws StageException when this item cannot be processed; the batch goes on
   */
  O process(I input, StageContext ctx) throws StageException;
}
