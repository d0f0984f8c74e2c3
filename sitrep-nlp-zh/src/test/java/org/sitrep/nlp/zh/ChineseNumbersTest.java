package org.sitrep.nlp.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {
  @Test
  void digitsAndNumerals() {
    assertThat(ChineseNumbers.parse("6700")).isEqualTo(6700.0);
    assertThat(ChineseNumbers.parse("１.５")).isEqualTo(1.5);
    assertThat(ChineseNumbers.parse("十九")).isEqualTo(19.0);
    assertThat(ChineseNumbers.parse("一千五百")).isEqualTo(1500.0);
    assertThat(ChineseNumbers.parse("两万")).isEqualTo(20000.0);
    assertThat(ChineseNumbers.parse("三十万零五")).isEqualTo(300005.0);
    assertThat(ChineseNumbers.parse("1.2.3")).isNull();
    assertThat(ChineseNumbers.parse("几")).isNull();
  }
}
