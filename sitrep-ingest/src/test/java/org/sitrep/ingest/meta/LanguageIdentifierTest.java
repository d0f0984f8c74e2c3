package org.sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private static final String ENGLISH = "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a"
      + " pact on Wednesday that commits each side to help the other in case of an attack, the state media of both"
      + " countries reported after talks in Pyongyang that lasted for several hours.";
  private static final String GERMAN = "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die"
      + " betroffenen Regionen um weitere vier Wochen zu verlängern. Die Opposition kritisierte die Entscheidung"
      + " als zu spät und forderte ein schnelleres Handeln der Ministerien.";
  private static final String FRENCH = "Le président a annoncé mercredi soir une série de mesures destinées à"
      + " soutenir les entreprises touchées par la crise, lors d'une allocution télévisée suivie par plusieurs"
      + " millions de téléspectateurs dans tout le pays.";
  private static final String SPANISH = "El Gobierno aprobó este martes un paquete de medidas para contener la"
      + " subida de los precios de la energía, que según los analistas tendrá un efecto limitado sobre la"
      + " inflación durante los próximos meses del año.";
  private static final String POLISH = "Rząd przyjął we wtorek projekt ustawy, który ma ograniczyć wzrost cen"
      + " energii dla gospodarstw domowych. Według ekspertów skutki tej decyzji będą widoczne dopiero w przyszłym"
      + " roku, gdy wygasną obecne umowy.";
  private static final String RUSSIAN = "Президент России Владимир Путин прибыл в Пхеньян с государственным"
      + " визитом, в ходе которого стороны подписали договор о всеобъемлющем стратегическом партнёрстве между"
      + " двумя странами.";
  private static final String CHINESE = "中国共产党中央委员会谨向大会表示热烈的祝贺，向致公党的各级组织和广大党员致以亲切的问候。"
      + "在过去的五年里，致公党坚持以邓小平理论为指导，认真履行参政党职能。";
  private static final String GREEK = "Ο πρωθυπουργός ανακοίνωσε την Τετάρτη νέα μέτρα στήριξης για τις"
      + " επιχειρήσεις που επλήγησαν από την κρίση, σε τηλεοπτικό διάγγελμα προς τους πολίτες.";
  private static final String KOREAN = "윤석열 대통령은 수요일 국무회의에서 북한과 러시아의 군사 협력이 한반도 평화를 위협한다고"
      + " 말했다. 정부는 대응 방안을 검토하고 있다.";

  private static LanguageIdentifier identifier;
  private static LanguageDetector full;

  @BeforeAll
  static void load() {
    identifier = LanguageIdentifier.shared();
    full = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
  }

  @Test
  void tellsCommonNewsLanguages() {
    assertThat(identifier.identify(ENGLISH)).isEqualTo("en");
    assertThat(identifier.identify(GERMAN)).isEqualTo("de");
    assertThat(identifier.identify(FRENCH)).isEqualTo("fr");
    assertThat(identifier.identify(SPANISH)).isEqualTo("es");
    assertThat(identifier.identify(POLISH)).isEqualTo("pl");
    assertThat(identifier.identify(RUSSIAN)).isEqualTo("ru");
  }

  @Test
  void scriptsWithoutTrigramModelsGoToLinguasScriptRules() {
    assertThat(identifier.identify(CHINESE)).isEqualTo("zh");
    assertThat(identifier.identify(GREEK)).isEqualTo("el");
    assertThat(identifier.identify(KOREAN)).isEqualTo("ko");
    // An English story quoting one Greek word is still English... decided by the full detector.
    assertThat(identifier.identify(ENGLISH + " The word was δημοκρατία.")).isEqualTo(code(full.detectLanguageOf(
        ENGLISH + " The word was δημοκρατία.")));
  }

  @Test
  void agreesWithTheFullDetectorOnCloseAndShortTexts() {
    List<String> texts = List.of(
        "Presiden Joko Widodo mengatakan pemerintah akan terus mendukung pembangunan infrastruktur di daerah.",
        "Perdana Menteri berkata kerajaan akan terus menyokong pembangunan infrastruktur di kawasan luar bandar.",
        "De regering heeft dinsdag besloten om de steunmaatregelen voor bedrijven met vier weken te verlengen.",
        "Regeringen beslutade på tisdagen att förlänga stödet till företagen med ytterligare fyra veckor.",
        "Regjeringen besluttet tirsdag å forlenge støtten til bedriftene med ytterligere fire uker.",
        "O governo decidiu nesta terça-feira prorrogar por mais quatro semanas o apoio às empresas.",
        "Il governo ha deciso martedì di prorogare di altre quattro settimane gli aiuti alle imprese.",
        "Peace talks", "Kim said", ENGLISH.substring(0, 60));
    for (String text : texts) {
      assertThat(identifier.identify(text)).as(text).isEqualTo(code(full.detectLanguageOf(text)));
    }
  }

  @Test
  void nothingToTellIsNull() {
    assertThat(identifier.identify("   ")).isNull();
    assertThat(identifier.identify("12 345 -- 67")).isNull();
  }

  @Test
  void shortlistRanksTheLanguageFirstWithAClearLead() {
    TrigramShortlist shortlist = TrigramShortlist.load();
    TrigramShortlist.Ranking ranking = shortlist.rank(GERMAN, 3);
    assertThat(ranking.languages()).hasSize(3);
    assertThat(ranking.languages().getFirst()).isEqualTo(Language.GERMAN);
    assertThat(ranking.lead()).isGreaterThan(0.3);
    assertThat(ranking.trigrams()).isGreaterThan(100);
    assertThat(shortlist.covers(RUSSIAN)).isTrue();
    assertThat(shortlist.covers(CHINESE)).isFalse();
    assertThat(shortlist.rank("12 345 ...", 3).languages()).isEmpty();
  }

  private static String code(Language language) {
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }
}
