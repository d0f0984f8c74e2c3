package org.sitrep.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimeExpression;
import org.sitrep.nlp.parse.ParsedText;
import org.sitrep.nlp.testing.SharedParser;

class TimeNormalizerIT {
  private final TimeNormalizer normalizer = new TimeNormalizer();

  private List<TimeExpression> times(String text, String date) {
    ParsedText parsed = SharedParser.get().parse(text, date);
    List<TimeExpression> out = normalizer.normalize(parsed, date);
    for (TimeExpression t : out) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    return out;
  }

  @Test
  void bareWeekdaysFollowTheTenseOfTheirClause() {
    // Friday 21 June 2024: past tense points back, future tense forward.
    assertThat(times("Putin and Kim signed the treaty on Wednesday. They will meet again on Thursday.",
        "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Wednesday", "2024-06-19"), tuple("Thursday", "2024-06-27"));
  }

  @Test
  void aWeekdayInThePastOnTheArticleDayIsThatDay() {
    assertThat(times("The minister said Friday that talks had failed.", "2024-06-21"))
        .extracting(TimeExpression::value).containsExactly("2024-06-21");
  }

  @Test
  void relativeYearsAndMonthsAnchorToTheArticleDate() {
    assertThat(times("Russia launched a satellite last year. In February this year, the talks resumed. "
        + "Earlier this month, troops arrived.", "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("last year", "2023"), tuple("February this year", "2024-02"),
            tuple("this month", "2024-06"));
  }

  @Test
  void anaphoricExpressionsAnchorToTheDateMentionedJustBefore() {
    assertThat(times("In July 2023, Shoigu visited Pyongyang. Two months later, Kim travelled to Russia.",
        "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("July 2023", "2023-07"), tuple("Two months later", "2023-09"));
    assertThat(times("The summit was held on June 12. The day before, officials met in Seoul. "
        + "The next day, the leaders flew home.", "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("June 12", "2024-06-12"), tuple("The day before", "2024-06-11"),
            tuple("The next day", "2024-06-12"));
  }

  @Test
  void clockTimesCarryTheDate() {
    assertThat(times("The missile was fired at 11:30 pm on Tuesday.", "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("11:30 pm on Tuesday", "2024-06-18T23:30"));
  }

  @Test
  void withoutAnArticleDateRelativeValuesStayUnanchored() {
    ParsedText parsed = SharedParser.get().parse("The treaty was signed on June 21 and ratified in 2024.", null);
    assertThat(normalizer.normalize(parsed, null))
        .extracting(TimeExpression::value).containsExactly("XXXX-06-21", "2024");
  }

  @Test
  void agesAndOnceAreNotTimeExpressions() {
    assertThat(times("The 6-year-old boy said he was once there.", "2024-06-21")).isEmpty();
  }

  @Test
  void modifiersStayOutOfTheExtent() {
    assertThat(times("The talks lasted about three days.", "2024-06-21"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("three days", "P3D"));
  }

  @Test
  void prospectiveConstructionsPutAWeekdayAhead() {
    // Wednesday 19 June 2024
    assertThat(times("The summit followed a visit last September. Putin is due to travel on to Vietnam "
        + "on Thursday. Kim is set to visit Moscow on Monday. Lavrov is expected to arrive on Friday.",
        "2024-06-19"))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("last September", "2023-09"), tuple("Thursday", "2024-06-20"),
            tuple("Monday", "2024-06-24"), tuple("Friday", "2024-06-21"));
    assertThat(times("Putin was due to travel to Vietnam on Monday, officials said.", "2024-06-19"))
        .extracting(TimeExpression::value).containsExactly("2024-06-17");
  }

  private List<AnchoredTime> anchored(String text, String date) {
    List<AnchoredTime> out = normalizer.anchor(SharedParser.get().parse(text, date), date);
    for (AnchoredTime t : out) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(TimexValidator.problem(t.value())).as(t.text() + " = " + t.value()).isNull();
    }
    return out;
  }

  @Test
  void weekendsFollowTheirWordsAndTheTenseOfTheirClause() {
    // Wednesday 20 March 2013 is in ISO week 12.
    String wednesday = "2013-03-20";
    assertThat(anchored("Heavy snow is forecast for this weekend in the north.", wednesday))
        .extracting(AnchoredTime::value).containsExactly("2013-W12-WE");
    assertThat(anchored("Farmers cleared the roads over the weekend, the council said.", wednesday))
        .extracting(AnchoredTime::value).containsExactly("2013-W11-WE");
    assertThat(anchored("The choir sang in the cathedral this past weekend.", wednesday))
        .extracting(AnchoredTime::value).containsExactly("2013-W11-WE");
    assertThat(anchored("The fair opens this coming weekend and closes next weekend.", wednesday))
        .extracting(AnchoredTime::value).containsExactly("2013-W12-WE", "2013-W13-WE");
    // Saturday 23 March: "this weekend" is the one under way.
    assertThat(anchored("Thousands of runners are in the city this weekend.", "2013-03-23"))
        .extracting(AnchoredTime::value).containsExactly("2013-W12-WE");
  }

  @Test
  void onASundayThisWeekIsTheComingWeek() {
    // Sunday 17 March 2013 closes ISO week 11.
    assertThat(anchored("The committee will vote this week.", "2013-03-17"))
        .extracting(AnchoredTime::value).containsExactly("2013-W12");
    assertThat(anchored("The committee heard witnesses this week.", "2013-03-17"))
        .extracting(AnchoredTime::value).containsExactly("2013-W11");
    assertThat(anchored("The committee will vote this week.", "2013-03-20"))
        .extracting(AnchoredTime::value).containsExactly("2013-W12");
  }

  @Test
  void comparisonsAndUnanchoredShiftsAreDurations() {
    assertThat(anchored("The rains came about a month earlier than usual.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("a month", "DURATION", "P1M"));
    assertThat(anchored("The mill closed in 1987. Three days later, the workers marched. A few days later, "
        + "they went home.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("1987", "DATE", "1987"), tuple("Three days", "DURATION", "P3D"),
            tuple("A few days", "DURATION", "PXD"));
    assertThat(anchored("The talks lasted more than four hours Friday in a court in Haifa.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("four hours", "DURATION", "PT4H"), tuple("Friday", "DATE", "2013-03-15"));
    assertThat(anchored("Refugees lived in the camps for 2 1/2 years and may stay two more weeks.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("2 1/2 years", "DURATION", "P2Y6M"), tuple("two more weeks", "DURATION", "P2W"));
    assertThat(anchored("The bridge should be finished eight years from now.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("eight years", "DURATION", "P8Y"), tuple("now", "DATE", "PRESENT_REF"));
    assertThat(anchored("She won the city marathon, finishing in 2:58:41.", "2013-03-20"))
        .extracting(AnchoredTime::type, AnchoredTime::value).containsExactly(tuple("DURATION", "PT2H58M41S"));
  }

  @Test
  void pointsStayPoints() {
    assertThat(anchored("Several years ago, the river flooded the town.", "2013-03-20"))
        .extracting(AnchoredTime::type, AnchoredTime::value).containsExactly(tuple("DATE", "PAST_REF"));
    assertThat(anchored("Cases rose in January and peaked by the end of year.", "2013-03-20"))
        .extracting(AnchoredTime::type, AnchoredTime::value).contains(tuple("DATE", "2012"));
    assertThat(anchored("The agency cut its spending this fiscal year.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::value).containsExactly(tuple("this fiscal year", "2013"));
    assertThat(anchored("The league ran its 2009-2010 season and the 1957-58 one without a break.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::value)
        .containsExactly(tuple("2009", "2009"), tuple("2010", "2010"), tuple("1957", "1957"), tuple("58", "1958"));
  }

  @Test
  void utcTimesCarryZAndClockDigitsAreTimes() {
    // Wednesday 20 March 2013
    assertThat(anchored("Polling stations close at 18:00 GMT on Sunday.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("18:00 GMT on Sunday", "TIME", "2013-03-24T18:00Z"));
    assertThat(anchored("The blast was heard at 10:30 UTC near the port.", "2013-03-20"))
        .extracting(AnchoredTime::value).containsExactly("2013-03-20T10:30Z");
    assertThat(anchored("The rocket lifts off at 0800 GMT on Thursday.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::value)
        .containsExactly(tuple("0800 GMT on Thursday", "2013-03-21T08:00Z"));
    assertThat(anchored("Ferries sail again at 0600 local time.", "2013-03-20"))
        .extracting(AnchoredTime::value).containsExactly("2013-03-20T06:00");
    assertThat(anchored("The hearing opens at 9 a.m. EST on Friday.", "2013-03-20"))
        .extracting(AnchoredTime::value).containsExactly("2013-03-22T09:00");
  }

  @Test
  void everyValueIsATimex3Value() {
    assertThat(anchored("She walks the dog every morning and swims every Sunday.", "2013-03-20"))
        .extracting(AnchoredTime::text, AnchoredTime::type, AnchoredTime::value)
        .containsExactly(tuple("every morning", "SET", "XXXX-XX-XXTMO"), tuple("every Sunday", "SET", "XXXX-WXX-7"));
    // Values SUTime leaves outside TIMEX3 ("0800", operators, a bare XXXX) never come out.
    anchored("The day before the vote, the previous day's talks resumed at 0800. The deal, struck the "
        + "previous week and reviewed every other quarter, lasts more than four hours Friday, then 3:07:35, "
        + "in the weeks before the election and the days after it, early the next morning, at the time.",
        "2013-03-20");
    assertThat(anchored("Children aged 6 months and older and babies ages 9 months should be vaccinated.",
        "2013-03-20")).isEmpty();
  }

  @Test
  void theDayBeforeAnUndatedEventHasNoValue() {
    assertThat(anchored("The day before Raymond Roth was stopped by police, his son called.", "2013-03-20"))
        .isEmpty();
  }

  @Test
  void expressionsSutimeLeavesOutAreFound() {
    // Monday 25 October 1999
    assertThat(anchored("About 500 people attended a Sunday night vigil. Results are due in mid-November. "
        + "The group split in mid-1996. The Sunday Times reported it.", "1999-10-25"))
        .extracting(AnchoredTime::text, AnchoredTime::value)
        .containsExactly(tuple("Sunday night", "1999-10-24TNI"), tuple("mid-November", "1999-11"),
            tuple("mid-1996", "1996"));
  }

  @Test
  void namesAreNotTimes() {
    assertThat(anchored("Justice Sandra Day O'Connor wrote the opinion, the Sunday Times reported.", "2013-03-20"))
        .isEmpty();
  }
}
