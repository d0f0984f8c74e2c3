package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineReaderTest {
  private final DatelineReader reader = new DatelineReader();

  @Test
  void readsPlaceDateAndAgency() {
    DatelineReader.Found found = reader.read("Seoul, Dec 29 (NationPress) South Korea's Defence Minister said");
    assertThat(found).isNotNull();
    assertThat(found.place()).isEqualTo("Seoul");
    assertThat(found.date().value()).isEqualTo("XXXX-12-29");
    assertThat(found.agency()).isEqualTo("NationPress");
    assertThat("Seoul, Dec 29 (NationPress) South Korea's".substring(found.end())).startsWith("South Korea");
  }

  @Test
  void readsWireDatelines() {
    assertThat(reader.read("SEOUL, June 19 (Reuters) - North Korea said").place()).isEqualTo("Seoul");
    assertThat(reader.read("WASHINGTON (AP) — The Senate voted").agency()).isEqualTo("AP");
    assertThat(reader.read("BEIJING, June 19 /Xinhua/ -- China said").agency()).isEqualTo("Xinhua");
    assertThat(reader.read("NEW DELHI — India's government said").place()).isEqualTo("New Delhi");
    assertThat(reader.read("Moscow, June 19, 2024 (TASS) Russia and").date().value()).isEqualTo("2024-06-19");
  }

  @Test
  void ignoresSentencesThatOnlyLookLikeDatelines() {
    assertThat(reader.read("On December 22, South Korea's Foreign Minister said")).isNull();
    assertThat(reader.read("Russian President Vladimir Putin and North Korean leader met")).isNull();
    assertThat(reader.read("Since June 19 the talks have stalled")).isNull();
    assertThat(reader.read("Meanwhile, the Global Times evaluated")).isNull();
    assertThat(reader.read("In July 2023, South Korean President Yoon paid a visit")).isNull();
  }

  @Test
  void readsAPlaceInCapitalsWithANumericDate() {
    DatelineReader.Found found = reader.read("LONDON 1996-12-06");
    assertThat(found).isNotNull();
    assertThat(found.place()).isEqualTo("London");
    assertThat(found.date().value()).isEqualTo("1996-12-06");
    assertThat(reader.read("AL-AIN, United Arab Emirates 1996-12-06 Japan began the defence").place()).isEqualTo("Al-Ain");
  }

  @Test
  void aSectionLabelOverACapitalsHeadlineIsNoDateline() {
    assertThat(reader.read("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .")).isNull();
    assertThat(reader.read("Soccer")).isNull();
    assertThat(reader.read("WASHINGTON — The Senate voted on Tuesday").place()).isEqualTo("Washington");
  }
}
