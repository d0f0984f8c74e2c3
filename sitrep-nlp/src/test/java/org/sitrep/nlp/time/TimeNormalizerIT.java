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
        .extracting(TimeExpression::value).contains("2024-06-18");
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
}
