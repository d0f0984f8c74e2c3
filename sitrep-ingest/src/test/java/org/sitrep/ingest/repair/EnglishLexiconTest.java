package org.sitrep.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishLexiconTest {
  private final EnglishLexicon lexicon = EnglishLexicon.shared();

  @Test
  void knowsAmericanAndBritishSpellings() {
    assertThat(lexicon.contains("organized")).isTrue();
    assertThat(lexicon.contains("organised")).isTrue();
    assertThat(lexicon.contains("defence")).isTrue();
    assertThat(lexicon.contains("regrettable")).isTrue();
  }

  @Test
  void acceptsSentenceCaseAndCapitalsOfLowerCaseWords() {
    assertThat(lexicon.contains("Permanent")).isTrue();
    assertThat(lexicon.contains("PERMANENT")).isTrue();
    assertThat(lexicon.containsExactly("Permanent")).isFalse();
    assertThat(lexicon.containsExactly("Seoul")).isTrue();
    assertThat(lexicon.contains("seoul")).isFalse();
  }

  @Test
  void rejectsFragments() {
    assertThat(lexicon.contains("regrettab")).isFalse();
    assertThat(lexicon.contains("permane")).isFalse();
    assertThat(lexicon.contains("operatio")).isFalse();
    assertThat(lexicon.frequency("xqzv")).isEqualTo(-1);
  }

  @Test
  void ranksCommonWordsAboveRareOnes() {
    assertThat(lexicon.frequency("already")).isGreaterThan(lexicon.frequency("hadal"));
  }
}
