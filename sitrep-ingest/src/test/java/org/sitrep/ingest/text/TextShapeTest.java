package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextShapeTest {
  @Test
  void countsWhitespaceSeparatedWords() {
    assertThat(TextShape.words("")).isZero();
    assertThat(TextShape.words("  \t ")).isZero();
    assertThat(TextShape.words("Kim met Putin in Pyongyang.")).isEqualTo(5);
    assertThat(TextShape.words("  two\twords \n")).isEqualTo(2);
    assertThat(TextShape.words("non\u00A0breaking")).isEqualTo(1);
  }

  @Test
  void countsCjkRunsOneWordPerTwoCharacters() {
    assertThat(TextShape.words("中国共产党中央委员会")).isEqualTo(5);
    assertThat(TextShape.words("北京 2024年")).isEqualTo(1 + 1 + 1);
    assertThat(TextShape.words("한국 정부는")).isEqualTo(1 + 2);
    assertThat(TextShape.isCjk('a')).isFalse();
    assertThat(TextShape.isCjk('é')).isFalse();
    assertThat(TextShape.isCjk('\u1100')).isTrue();
    assertThat(TextShape.isCjk('カ')).isTrue();
  }

  /** The one-pass count equals splitting on "\\s+" after strip(), on random mixes of scripts and spaces. */
  @Test
  void sameCountAsSplittingOnWhitespace() {
    String alphabet = "ab Z. \t\n\u000B\f\r\u00A0\u2003\u001C中国한カé-";
    Random random = new Random(12);
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(TextShape.words(text)).as("'%s'", text).isEqualTo(bySplitting(text));
    }
  }

  private static int bySplitting(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    int words = 0;
    for (String token : Pattern.compile("\\s+").split(s)) {
      int cjk = (int) token.chars().filter(c -> TextShape.isCjk((char) c)).count();
      words += cjk > 0 ? Math.max(1, (cjk + 1) / 2) + (token.length() - cjk > 2 ? 1 : 0) : 1;
    }
    return words;
  }
}
