package org.sitrep.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Stage<String, Integer> length() {
    return new Stage<>() {
      @Override
      public String name() {
        return "length";
      }

      @Override
      public Integer process(String input, StageContext ctx) throws StageException {
        if (input.isEmpty()) {
          throw new StageException(Reason.NO_CONTENT, "empty input");
        }
        return input.length();
      }
    };
  }

  private static Stage<Integer, String> stars() {
    return new Stage<>() {
      @Override
      public String name() {
        return "stars";
      }

      @Override
      public String process(Integer input, StageContext ctx) {
        return "*".repeat(input);
      }
    };
  }

  @Test
  void composesStagesInOrderAndNamesTheChain() throws StageException {
    Pipeline<String, String> p = Pipeline.from(length()).then(stars());
    assertThat(p.process("abc", StageContext.defaults())).isEqualTo("***");
    assertThat(p.name()).isEqualTo("length > stars");
  }

  @Test
  void aFailingStageStopsTheItemWithItsReason() {
    Pipeline<String, String> p = Pipeline.from(length()).then(stars());
    assertThatThrownBy(() -> p.process("", StageContext.defaults()))
        .isInstanceOf(StageException.class)
        .satisfies(e -> assertThat(((StageException) e).reason()).isEqualTo(Reason.NO_CONTENT));
  }

  @Test
  void failedItemsDescribeThemselvesOnOneLine() {
    var f = new ItemResult.Failed<String>("a.html", "article-cleaner", Reason.NO_CONTENT, "no article text found");
    assertThat(f.describe()).isEqualTo("a.html: no article text found [article-cleaner, no_content]");
  }
}
