package org.sitrep.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
  private final MojibakeRepair repair = new MojibakeRepair();

  @Test
  void decodesUtf8ReadAsWindows1252() {
    assertThat(repair.repair("Putinâ€™s visit", null)).isEqualTo("Putin’s visit");
    assertThat(repair.repair("â€œquick and effectiveâ€\u009d", null)).isEqualTo("“quick and effective”");
    assertThat(repair.repair("CafÃ© in SÃ£o Paulo", null)).isEqualTo("Café in São Paulo");
  }

  @Test
  void roundTripsAnyTextMangledThroughWindows1252() {
    String original = "Seoul’s “alliance” — 15,000 troops… Zürich, São Tomé, naïve";
    String mangled = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertThat(mangled).isNotEqualTo(original);
    assertThat(repair.repair(mangled, null)).isEqualTo(original);
  }

  @Test
  void restoresAClosingQuoteWhoseLastByteWasLost() {
    assertThat(repair.repair("â€œWe cannot wait,â€ one owner said", null)).isEqualTo("“We cannot wait,” one owner said");
  }

  @Test
  void leavesGenuineAccentedTextAlone() {
    for (String text : new String[] {"Café, crème brûlée, São Paulo", "Åland and Ørsted", "naïve façade",
        "Ã la carte", "Straße", "Ça va? Ébène"}) {
      assertThat(repair.repair(text, null)).as(text).isEqualTo(text);
    }
  }
}
