package org.sitrep.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Quantity;
import org.sitrep.nlp.testing.SharedParser;

class QuantityExtractorIT {
  private final QuantityExtractor extractor = new QuantityExtractor();

  private List<Quantity> figures(String text) {
    List<Quantity> out = extractor.extract(SharedParser.get().parse(text, "2024-06-21"));
    for (Quantity q : out) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return out;
  }

  @Test
  void approximateFiguresWithUnitNouns() {
    assertThat(figures("Approximately 15,000 troops and 6,700 containers were sent, along with an "
        + "8,700-ton submarine and 18 high-level exchanges."))
        .extracting(Quantity::text, Quantity::value, Quantity::unit, Quantity::approximate)
        .containsExactly(
            tuple("Approximately 15,000 troops", 15000.0, "troops", true),
            tuple("6,700 containers", 6700.0, "containers", false),
            tuple("an 8,700-ton submarine", 8700.0, "ton", false),
            tuple("18 high-level exchanges", 18.0, "exchanges", false));
  }

  @Test
  void approximationWords() {
    assertThat(figures("More than 10,000 people fled, nearly 300 were hurt, up to 50 ships sailed "
        + "and some 2,000 soldiers stayed."))
        .extracting(Quantity::value, Quantity::approximate)
        .containsExactly(tuple(10000.0, true), tuple(300.0, true), tuple(50.0, true), tuple(2000.0, true));
  }

  @Test
  void moneyPercentagesAndNumberWordsAreNormalised() {
    assertThat(figures("The deal is worth $1.5 billion, up 40 percent, and two million residents "
        + "received three warships."))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactly(tuple(1.5e9, "USD"), tuple(40.0, "percent"), tuple(2.0e6, "residents"),
            tuple(3.0, "warships"));
  }

  @Test
  void datesYearsTimesOrdinalsAndPhoneNumbersAreNotFigures() {
    assertThat(figures("On June 21, 2024, at 11:30 pm, the first ship left; call 555-1234 in 2025.")).isEmpty();
  }
}
