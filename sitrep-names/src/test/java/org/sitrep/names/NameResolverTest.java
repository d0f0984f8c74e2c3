package org.sitrep.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EntityType;

class NameResolverTest {
  private static NameResolver names;

  @BeforeAll
  static void load() {
    names = NameResolver.load();
  }

  @Test
  void putinInThreeScriptsIsOnePerson() {
    Identity zh = names.resolve("普京", EntityType.PERSON);
    Identity ru = names.resolve("Путин", EntityType.PERSON);
    Identity ruFull = names.resolve("Владимир Путин", EntityType.PERSON);
    assertThat(zh).isNotNull();
    assertThat(zh.canonical()).isEqualTo("Vladimir Putin");
    assertThat(zh.resource()).isEqualTo("CC-CEDICT");
    assertThat(ru).isNotNull();
    assertThat(ru.canonical()).isEqualTo("Vladimir Putin");
    assertThat(ru.resource()).contains("ICU Russian-Latin/BGN");
    assertThat(ruFull.canonical()).isEqualTo("Vladimir Putin");
  }

  @Test
  void countriesFromCldr() {
    Identity kp = names.resolve("朝鲜", EntityType.COUNTRY);
    assertThat(kp.canonical()).isEqualTo("North Korea");
    assertThat(kp.resource()).isEqualTo("CLDR");
    assertThat(names.resolve("韩国", null).canonical()).isEqualTo("South Korea");
    assertThat(names.resolve("美國", null).canonical()).isEqualTo("United States");
    assertThat(names.resolve("Россия", null).canonical()).isEqualTo("Russia");
    assertThat(names.resolve("북한", null).canonical()).isEqualTo("North Korea");
  }

  @Test
  void dictionaryNamesPlacesAndOrganisations() {
    assertThat(names.resolve("金正恩", EntityType.PERSON).canonical()).isEqualTo("Kim Jong-un");
    assertThat(names.resolve("拉夫罗夫", EntityType.PERSON).canonical()).isEqualTo("Sergey Lavrov");
    assertThat(names.resolve("平壤", EntityType.LOCATION).canonical()).isEqualTo("Pyongyang");
    Identity kcna = names.resolve("朝中社", EntityType.ORGANIZATION);
    assertThat(kcna.canonical()).isEqualTo("Korean Central News Agency");
    assertThat(kcna.evidence()).contains("abbreviation");
    assertThat(names.resolve("新华社", EntityType.ORGANIZATION).canonical())
        .isEqualTo("Xinhua News Agency");
  }

  @Test
  void oneCharacterCountryAbbreviations() {
    assertThat(names.countryAbbreviation("俄").canonical()).isEqualTo("Russia");
    assertThat(names.countryAbbreviation("朝").canonical()).isEqualTo("North Korea");
    assertThat(names.countryAbbreviation("美").canonical()).isEqualTo("United States");
    assertThat(names.countryAbbreviation("日").canonical()).isEqualTo("Japan");
    assertThat(names.countryAbbreviation("说")).isNull();
  }

  @Test
  void typeContradictionIsNoMerge() {
    assertThat(names.resolve("普京", EntityType.LOCATION)).isNull();
  }

  @Test
  void chinesePersonOutsideTheDictionaryIsReadInPinyin() {
    Identity mao = names.resolve("毛宁", EntityType.PERSON);
    assertThat(mao.canonical()).isEqualTo("Mao Ning");
    assertThat(mao.resource()).isEqualTo("ICU Han-Latin");
    assertThat(names.resolve("毛宁", EntityType.ORGANIZATION)).isNull();
  }

  @Test
  void hangulPersonMatchesTheDictionarysKorean() {
    Identity kim = names.resolve("김정은", EntityType.PERSON);
    assertThat(kim.canonical()).isEqualTo("Kim Jong-un");
  }

  @Test
  void sharedSurnameOfKnownPeopleIsNoMerge() {
    // CC-CEDICT knows several people surnamed Kim; a bare surname names none of them
    assertThat(names.resolve("Ким", EntityType.PERSON)).isNull();
  }
}
