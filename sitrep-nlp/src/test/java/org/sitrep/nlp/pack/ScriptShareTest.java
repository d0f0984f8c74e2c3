package org.sitrep.nlp.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptShareTest {
  private static final java.util.function.IntPredicate HAN = ScriptShare.script(Character.UnicodeScript.HAN);
  private static final java.util.function.IntPredicate KANA = ScriptShare.script(Character.UnicodeScript.HIRAGANA);

  @Test
  void mostOfTheLettersAndAtLeastAFewInTheScript() {
    assertThat(ScriptShare.mostly("普京抵达平壤 (Putin)", HAN, cp -> false, 4)).isTrue();
    assertThat(ScriptShare.mostly("普京 arrives in Pyongyang", HAN, cp -> false, 4)).isFalse();
    assertThat(ScriptShare.mostly("普京到", HAN, cp -> false, 4)).isFalse();
    assertThat(ScriptShare.mostly("", HAN, cp -> false, 1)).isFalse();
  }

  @Test
  void oneExcludedLetterRulesTheParagraphOut() {
    assertThat(ScriptShare.mostly("東京で会談した首脳", HAN, KANA, 4)).isFalse();
    assertThat(ScriptShare.mostly("东京会谈首脑", HAN, KANA, 4)).isTrue();
  }
}
