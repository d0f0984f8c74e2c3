package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder dates = new DateFinder();

  @Test
  void readsNumericDatesWithTimes() {
    assertThat(dates.first("发表时间:2024-06-18 23:30").value()).isEqualTo("2024-06-18T23:30");
    assertThat(dates.first("Updated 2024/6/9").value()).isEqualTo("2024-06-09");
    assertThat(dates.first("2024年6月18日").value()).isEqualTo("2024-06-18");
  }

  @Test
  void readsWrittenDates() {
    assertThat(dates.first("Published: June 21, 2024").value()).isEqualTo("2024-06-21");
    assertThat(dates.first("21 June 2024 10:30 pm").value()).isEqualTo("2024-06-21T22:30");
    assertThat(dates.first("Jun. 5, 2024 at 9:05 AM").value()).isEqualTo("2024-06-05T09:05");
  }

  @Test
  void keepsADateWithoutYearPartialUntilAnchored() {
    DateMention dec29 = dates.first("Seoul, Dec 29 (NationPress)");
    assertThat(dec29.value()).isEqualTo("XXXX-12-29");
    assertThat(dec29.iso()).isNull();
    assertThat(dec29.completedFrom(LocalDate.parse("2025-12-30")).iso()).isEqualTo("2025-12-29");
    // A late-December dateline on an early-January page belongs to the previous year.
    assertThat(dec29.completedFrom(LocalDate.parse("2026-01-02")).iso()).isEqualTo("2025-12-29");
  }

  @Test
  void ignoresNumbersThatAreNotDates() {
    assertThat(dates.findAll("15,000 troops and an 8,700-ton submarine in 24 years")).isEmpty();
    assertThat(dates.findAll("May I say")).isEmpty();
  }
}
