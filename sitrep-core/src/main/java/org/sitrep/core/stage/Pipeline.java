package org.sitrep.core.stage;

import java.util.Objects;

/**
 * Stages composed with types, so the compiler checks the order: {@code Pipeline.from(a).then(b)}.
 *
 * @param <I> input of the first stage
 * @param <O> output of the last stage
 */
public final class Pipeline<I, O> implements Stage<I, O> {
  private final String name;
  private final Stage<I, O> body;

  private Pipeline(String name, Stage<I, O> body) {
    this.name = name;
    this.body = body;
  }

  public static <I, O> Pipeline<I, O> from(Stage<I, O> first) {
    Objects.requireNonNull(first, "first");
    return new Pipeline<>(first.name(), first);
  }

  public <P> Pipeline<I, P> then(Stage<O, P> next) {
    Objects.requireNonNull(next, "next");
    Stage<I, O> head = body;
    Stage<I, P> composed = new Stage<>() {
      @Override
      public String name() {
        return next.name();
      }

      @Override
      public P process(I input, StageContext ctx) throws StageException {
        return next.process(head.process(input, ctx), ctx);
      }
    };
    return new Pipeline<>(name + " > " + next.name(), composed);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public O process(I input, StageContext ctx) throws StageException {
    return body.process(input, ctx);
  }
}
