package org.sitrep.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.time.TimePoint.Granularity;

class TimePointTest {
  @Test
  void readsAndWritesEveryGranularity() {
    for (String v : new String[] {"2024", "2024-Q3", "2024-06", "2024-W25", "2024-06-19"}) {
      assertThat(TimePoint.parse(v)).isNotNull().extracting(TimePoint::value).isEqualTo(v);
    }
    assertThat(TimePoint.parse("2024-06-19T23:30")).extracting(TimePoint::value).isEqualTo("2024-06-19");
    assertThat(TimePoint.parse("XXXX-06-21")).isNull();
    assertThat(TimePoint.parse("2024-02-31")).isNull();
  }

  @Test
  void shiftsKeepTheGranularity() {
    assertThat(TimePoint.parse("2023-07").plus(2, Granularity.MONTH).value()).isEqualTo("2023-09");
    assertThat(TimePoint.parse("1989-Q3").plus(-1, Granularity.YEAR).value()).isEqualTo("1988-Q3");
    assertThat(TimePoint.parse("2024-01-01").plus(-1, Granularity.DAY).value()).isEqualTo("2023-12-31");
  }
}
