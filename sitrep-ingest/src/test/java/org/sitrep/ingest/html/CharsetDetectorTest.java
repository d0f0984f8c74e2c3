package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private final CharsetDetector detector = new CharsetDetector();

  private static byte[] page(String charsetDecl, String body, Charset encoding) {
    return ("<html><head>" + charsetDecl + "<title>t</title></head><body><p>" + body + "</p></body></html>")
        .getBytes(encoding);
  }

  @Test
  void windows1252DeclaredAsLatin1InHttpEquiv() {
    byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        "Bürgermeisterin sagt „Grüße“ – 5 €", Charset.forName("windows-1252"));
    CharsetDetector.Decoded d = detector.decode(bytes, null);
    assertThat(d.charset().name()).isEqualTo("windows-1252");
    assertThat(d.source()).isEqualTo("meta");
    assertThat(d.text()).contains("Bürgermeisterin sagt „Grüße“ – 5 €");
  }

  @Test
  void gbkDeclaredInMetaCharset() {
    byte[] bytes = page("<meta charset=\"gbk\">", "发表时间:2024-06-18 23:30 沿海城市启动防汛应急响应", Charset.forName("GBK"));
    CharsetDetector.Decoded d = detector.decode(bytes, null);
    assertThat(d.text()).contains("发表时间:2024-06-18 23:30 沿海城市启动防汛应急响应");
  }

  @Test
  void eucKrDeclaredInHttpEquiv() {
    byte[] bytes = page("<meta http-equiv=\"content-type\" content=\"text/html;charset=EUC-KR\">",
        "서울시, 폭염 대비 무더위 쉼터 확대 운영", Charset.forName("EUC-KR"));
    assertThat(detector.decode(bytes, null).text()).contains("서울시, 폭염 대비 무더위 쉼터 확대 운영");
  }

  @Test
  void metaCharsetIsReadWhereverTheWordComesInTheTag() {
    byte[] bytes = ("<meta name=\"charset-note\" content=\"text/html; charset=windows-1251\"><meta charset=\"utf-8\">"
        + "<p>Привет</p>").getBytes(Charset.forName("windows-1251"));
    assertThat(CharsetDetector.metaCharset(bytes)).isEqualTo(Charset.forName("windows-1251"));
    byte[] unclosed = "<meta charset=iso-8859-2".getBytes(StandardCharsets.US_ASCII);
    assertThat(CharsetDetector.metaCharset(unclosed)).isEqualTo(Charset.forName("ISO-8859-2"));
    byte[] none = "<meta name=\"x\" content=\"a>charset=gbk\"><p>x</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(CharsetDetector.metaCharset(none)).isNull();
  }

  @Test
  void byteOrderMarkWinsOverMeta() {
    byte[] body = page("<meta charset=\"windows-1252\">", "naïve café", StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    CharsetDetector.Decoded d = detector.decode(bytes, null);
    assertThat(d.source()).isEqualTo("bom");
    assertThat(d.text()).startsWith("<html>").contains("naïve café");
  }

  @Test
  void declaredCharsetIsUsedBeforeMeta() {
    byte[] bytes = page("<meta charset=\"utf-8\">", "Łódź i Kraków", Charset.forName("ISO-8859-2"));
    CharsetDetector.Decoded d = detector.decode(bytes, Charset.forName("ISO-8859-2"));
    assertThat(d.text()).contains("Łódź i Kraków");
  }

  @Test
  void mislabelledUtf8IsReadAsUtf8() {
    byte[] bytes = page("<meta charset=\"iso-8859-1\">", "Straße und Größe", StandardCharsets.UTF_8);
    assertThat(detector.decode(bytes, null).text()).contains("Straße und Größe");
  }

  @Test
  void undeclaredPagesAreDetected() {
    assertThat(detector.decode(page("", "déjà vu über alles", StandardCharsets.UTF_8), null).text())
        .contains("déjà vu über alles");
    assertThat(detector.decode(page("", "déjà vu über alles", Charset.forName("windows-1252")), null).text())
        .contains("déjà vu über alles");
    String chinese = "受强降雨影响，沿海多个城市于周二晚间启动防汛四级应急响应。气象部门预计，未来三天内局部地区降雨量将超过二百毫米。";
    assertThat(detector.decode(page("", chinese, Charset.forName("GB18030")), null).text()).contains(chinese);
  }

  @Test
  void unknownCharsetLabelFallsBackToDetection() {
    byte[] bytes = page("<meta charset=\"x-no-such-charset\">", "Grüße", StandardCharsets.UTF_8);
    assertThat(detector.decode(bytes, null).text()).contains("Grüße");
  }

  @Test
  void aDeclarationTheBytesContradictIsOverruled() {
    byte[] bytes = page("<meta charset=\"utf-8\">", "Café … Zürich", Charset.forName("windows-1252"));
    CharsetDetector.Decoded meta = detector.decode(bytes, null);
    assertThat(meta.text()).contains("Café … Zürich");
    assertThat(meta.source()).isEqualTo("detected-over-meta");
    CharsetDetector.Decoded transport = detector.decode(bytes, StandardCharsets.UTF_8);
    assertThat(transport.text()).contains("Café … Zürich");
    assertThat(transport.source()).isEqualTo("detected-over-declared");
  }

  @Test
  void aStrayInvalidByteDoesNotOverruleUtf8() {
    String text = "Die Bürgermeisterin der Stadt Zürich sagte am Dienstag, die Gebühren für Cafés würden nicht erhöht. "
        + "Über die Höhe der Mieten entscheide der Gemeinderat im Frühjahr, so die Behörde.";
    byte[] good = page("<meta charset=\"utf-8\">", text, StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xE9;
    CharsetDetector.Decoded d = detector.decode(bytes, null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).contains(text);
  }

  @Test
  void undeclaredLegacyEncodingsAreDetected() {
    String japanese = "東京都は十八日、記録的な猛暑に備えて、都内の公共施設など約五百か所を開放すると発表した。"
        + "シェルターは図書館や区役所のロビーなどに設けられ、誰でも無料で利用できる。";
    assertThat(detector.decode(page("", japanese, Charset.forName("Shift_JIS")), null).text()).contains(japanese);
    String russian = "Правительство объявило во вторник о новых мерах поддержки малого бизнеса в регионах страны, "
        + "пострадавших от наводнений этой весной.";
    assertThat(detector.decode(page("", russian, Charset.forName("windows-1251")), null).text()).contains(russian);
  }
}
