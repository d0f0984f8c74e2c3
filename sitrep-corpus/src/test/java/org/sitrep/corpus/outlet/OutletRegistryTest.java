package org.sitrep.corpus.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.corpus.Outlet;
import org.sitrep.core.corpus.OutletKind;

class OutletRegistryTest {
  @TempDir Path dir;

  @Test
  void curatedOutletsResolveByNameVariantAndDomain() throws IOException {
    OutletRegistry r = OutletRegistry.load(null);
    Outlet ap = r.resolve("The Associated Press", null, "");
    assertThat(ap.name()).isEqualTo("AP");
    assertThat(ap.country()).isEqualTo("US");
    assertThat(ap.kind()).isEqualTo(OutletKind.WIRE);
    assertThat(ap.inferred()).isFalse();
    Outlet yonhap = r.resolve(null, "https://en.yna.co.kr/view/AEN20240619000351315", "");
    assertThat(yonhap.name()).isEqualTo("Yonhap");
    assertThat(yonhap.country()).isEqualTo("KR");
    assertThat(r.resolve("KCNA", null, "").kind()).isEqualTo(OutletKind.STATE_AFFILIATED);
    assertThat(r.resolve(null, "https://www.globaltimes.cn/page/202406/1.shtml", "").name()).isEqualTo("Global Times");
    assertThat(r.resolve("Korea Herald", null, "").name()).isEqualTo("Korea Herald");
    assertThat(r.resolve(null, "https://economictimes.indiatimes.com/news/x", "").name()).isEqualTo("Economic Times");
    assertThat(r.resolve("BBC News", null, "").kind()).isEqualTo(OutletKind.PUBLIC_BROADCASTER);
    assertThat(r.outlets()).extracting(Outlet::name)
        .contains("Reuters", "AFP", "TASS", "RIA Novosti", "Xinhua", "NHK", "The Hindu", "NationPress", "Al Jazeera");
  }

  @Test
  void userFileAddsAndOverridesOutlets() throws IOException {
    Path file = dir.resolve("outlets.txt");
    Files.writeString(file, """
        # my outlets
        Daily NK | KR | COMMERCIAL | dailynk.com | Daily North Korea
        Yonhap | KR | STATE_AFFILIATED | yna.co.kr | Yonhap News Agency
        """);
    OutletRegistry r = OutletRegistry.load(file);
    Outlet nk = r.resolve(null, "https://www.dailynk.com/english/x/", "");
    assertThat(nk.name()).isEqualTo("Daily NK");
    assertThat(nk.inferred()).isFalse();
    assertThat(r.resolve("Yonhap News Agency", null, "").kind()).isEqualTo(OutletKind.STATE_AFFILIATED);
  }

  @Test
  void badUserFileNamesLineAndProblem() throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "Foo | KR | NEWSPAPER | foo.kr | \n");
    assertThatThrownBy(() -> OutletRegistry.load(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.txt:1").hasMessageContaining("NEWSPAPER");
  }

  @Test
  void unknownOutletsGetCountryFromDomainOrText() throws IOException {
    OutletRegistry r = OutletRegistry.load(null);
    Outlet kr = r.resolve(null, "https://www.newsis.co.kr/view/?id=NISX2024", "");
    assertThat(kr.name()).isEqualTo("newsis.co.kr");
    assertThat(kr.country()).isEqualTo("KR");
    assertThat(kr.inferred()).isTrue();
    assertThat(kr.kind()).isEqualTo(OutletKind.UNKNOWN);
    assertThat(r.resolve("Deccan Herald", "https://www.deccanherald.in/world/x", "").country()).isEqualTo("IN");
    assertThat(r.resolve(null, "https://news.example.co.uk/a", "").country()).isEqualTo("GB");
    Outlet byText = r.resolve("Some Portal", "https://someportal.com/a", "Body text.\n\nCopyright 2024 Xinhua. All rights reserved.");
    assertThat(byText.country()).isEqualTo("CN");
    assertThat(byText.inferred()).isTrue();
    Outlet none = r.resolve("Blog", "https://blog.example.com/a", "No signals here.");
    assertThat(none.country()).isNull();
    assertThat(none.inferred()).isTrue();
  }

  @Test
  void anUnknownOutletNamingItsCountryGetsThatCountryInferred() throws Exception {
    OutletRegistry registry = OutletRegistry.load(null);
    var india = registry.resolve("Frontier India", null, "A story.");
    org.assertj.core.api.Assertions.assertThat(india.country()).isEqualTo("IN");
    org.assertj.core.api.Assertions.assertThat(india.inferred()).isTrue();
    org.assertj.core.api.Assertions.assertThat(OutletRegistry.countryOfName("Thailand Recorder")).isEqualTo("TH");
    org.assertj.core.api.Assertions.assertThat(OutletRegistry.countryOfName("Lingnan on the Cloud")).isNull();
    org.assertj.core.api.Assertions.assertThat(OutletRegistry.countryOfName("China India Review")).isNull();
  }
}
