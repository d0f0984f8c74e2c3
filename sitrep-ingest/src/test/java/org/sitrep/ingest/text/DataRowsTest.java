package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataRowsTest {
  private final DataRows rows = new DataRows();

  @Test
  void resultsStandingsAndMarketLinesAreRows() {
    assertThat(rows.row("Plymouth 2 Preston 1")).isTrue();
    assertThat(rows.row("Bury 21 11 8 2 30 17 41")).isTrue();
    assertThat(rows.row("Hang Seng 18,028.52 -1.67%")).isTrue();
    assertThat(rows.row("S&P/ASX 200 7,796.40 +0.05%")).isTrue();
  }

  @Test
  void furnitureWithNumbersIsNoRow() {
    assertThat(rows.row("1 Late goal sends Fulham top")).isFalse();
    assertThat(rows.row("World (12)")).isFalse();
    assertThat(rows.row("June 21, 2024 10:30")).isFalse();
    assertThat(rows.row("Updated 3 hours ago")).isFalse();
    assertThat(rows.row("LONDON 1996-12-06")).isFalse();
    assertThat(rows.row("12 comments")).isFalse();
    assertThat(rows.row("He scored 2 goals in the second half.")).isFalse();
  }

  @Test
  void aRunNeedsThreeRowsAndNoMoreLabelsThanRows() {
    List<String> results = List.of("Results on Friday:", "", "Division two", "Plymouth 2 Preston 1", "",
        "Division three", "Swansea 1 Lincoln 2", "Bury 2 Wigan 2", "", "The league resumes on Boxing Day with a full programme.");
    assertThat(rows.mark(results)).containsExactly(true, false, true, true, false, true, true, true, false, false);
    List<String> menu = List.of("Home", "World", "Business 4", "Sport", "Culture", "Travel 2");
    assertThat(rows.mark(menu)).containsOnly(false);
  }
}
