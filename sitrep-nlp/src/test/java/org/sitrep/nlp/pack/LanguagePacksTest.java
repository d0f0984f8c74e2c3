package org.sitrep.nlp.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Annotations;
import org.sitrep.core.model.CleanDocument;
import org.sitrep.core.stage.StageContext;
import org.sitrep.core.stage.Warning;
import org.sitrep.nlp.NlpConfig;

/** Pack selection without loading models: nothing here reads an English or Chinese article. */
class LanguagePacksTest {
  private static CleanDocument doc(String language, String text) {
    return new CleanDocument("id", "test", null, null, null, List.of(), "2024-06-20", language,
        List.of(), null, text, List.of());
  }

  @Test
  void englishIsFoundByServiceLoaderAndNotLoadedUntilAnEnglishArticleArrives() {
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults());
    assertThat(packs.languages()).contains("en");
    assertThat(packs.loaded("en")).isFalse();
  }

  @Test
  void languageWithoutAPackGetsNoAnnotationsAndAWarningAndLoadsNothing() throws Exception {
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults());
    List<Warning> warnings = new ArrayList<>();
    AnnotatedDocument out = packs.process(
        doc("de", "Der Präsident sagte am Mittwoch, dass die Gespräche weitergehen."),
        new StageContext(Clock.systemUTC(), warnings::add));
    assertThat(out.annotations()).isEqualTo(Annotations.EMPTY);
    assertThat(warnings).extracting(Warning::toString).containsExactly("nlp:language no NLP models for 'de'");
    assertThat(packs.loaded("en")).isFalse();
  }

  @Test
  void twoPacksForOneLanguageFailAtConstruction() {
    assertThatThrownBy(() -> new LanguagePacks(NlpConfig.defaults(),
        List.of(new EnglishPack.Provider(), new EnglishPack.Provider())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two language packs for 'en'");
  }

  @Test
  void unknownLanguageIsAClearError() {
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults(), List.of(new EnglishPack.Provider()));
    assertThatThrownBy(() -> packs.pack("xx")).hasMessageContaining("no language pack for 'xx'");
  }

  @Test
  void englishRecognizesEnglishProseOnly() {
    EnglishPack.Provider en = new EnglishPack.Provider();
    assertThat(en.recognizes("Russian President Vladimir Putin arrived in Pyongyang on Wednesday for"
        + " a state visit, the first in 24 years.")).isTrue();
    assertThat(en.recognizes("Der Präsident sagte am Mittwoch, dass die Gespräche weitergehen.")).isFalse();
    assertThat(en.recognizes("俄罗斯总统普京19日抵达平壤，开始对朝鲜进行国事访问。")).isFalse();
    assertThat(en.recognizes("Home | World")).isFalse();
  }

  @Test
  void anArticleInOneLanguageIsOneRun() {
    LanguagePacks packs = new LanguagePacks(NlpConfig.defaults(), List.of(new EnglishPack.Provider()));
    String text = "The summit began on Wednesday.\n\n来源：羊城晚报\n\nIt ended on Thursday.";
    // without a Chinese pack the Chinese line stays with the English article
    assertThat(packs.runs(text, "en")).containsExactly(new LanguagePacks.Run("en", 0, text.length()));
  }
}
