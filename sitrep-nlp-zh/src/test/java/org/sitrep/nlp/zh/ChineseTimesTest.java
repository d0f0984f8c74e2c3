package org.sitrep.nlp.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimeExpression;

class ChineseTimesTest {
  private static final LocalDate PUB = LocalDate.of(2024, 6, 21); // a Friday

  private static List<String> values(String text, LocalDate pub) {
    return new ChineseTimes().find(text, pub).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  @Test
  void datesAndDaysAnchorToPublication() {
    assertThat(values("普京19日抵达平壤，6月19日签署条约，2023年9月13日曾会晤。", PUB))
        .containsExactly("19日=2024-06-19", "6月19日=2024-06-19", "2023年9月13日=2023-09-13");
  }

  @Test
  void aBareDayStillToComeIsLastMonths() {
    assertThat(values("30日", PUB)).containsExactly("30日=2024-05-30");
  }

  @Test
  void relativeYearsMonthsAndDays() {
    assertThat(values("去年8月至今年2月，昨天，前天，明天，去年", PUB)).containsExactly(
        "去年8月=2023-08", "今年2月=2024-02", "昨天=2024-06-20", "前天=2024-06-19",
        "明天=2024-06-22", "去年=2023");
  }

  @Test
  void weekdays() {
    assertThat(values("上周三", PUB)).containsExactly("上周三=2024-06-12");
    assertThat(values("本周三", PUB)).containsExactly("本周三=2024-06-19");
    assertThat(values("下周一", PUB)).containsExactly("下周一=2024-06-24");
    // a bare weekday after publication's own is last week's
    assertThat(values("周六", PUB)).containsExactly("周六=2024-06-15");
    assertThat(values("星期三", PUB)).containsExactly("星期三=2024-06-19");
  }

  @Test
  void thatDayIsTheLastDateNamed() {
    assertThat(values("普京18日抵达，金正恩当天迎接。", PUB))
        .containsExactly("18日=2024-06-18", "当天=2024-06-18");
    assertThat(values("当天", PUB)).containsExactly("当天=2024-06-21");
  }

  @Test
  void chineseNumeralsAndMonthNearestPublication() {
    assertThat(values("十二月二十九日", PUB)).containsExactly("十二月二十九日=2023-12-29");
  }

  @Test
  void withoutPublicationRelativeTimesAreLeftOutAndMonthDayStaysUnanchored() {
    List<TimeExpression> t = new ChineseTimes().find("6月19日，昨天，19日", null);
    assertThat(t).extracting(TimeExpression::value).containsExactly("XXXX-06-19");
  }

  @Test
  void durationsAndCountsAreNoTimes() {
    assertThat(values("时隔24年，3个月，两国", PUB)).isEmpty();
  }
}
