package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which parenthesised words name a setting, and which setting a model's words pick first. */
class QualifiersTest {
  @Test
  void effortsAndReasoningOnOrOffNameSettingsDatesAndEditionsDoNot() {
    assertThat(Qualifiers.namesSetting("xhigh")).isTrue();
    assertThat(Qualifiers.namesSetting("high effort")).isTrue();
    assertThat(Qualifiers.namesSetting("max effort")).isTrue();
    assertThat(Qualifiers.namesSetting("non-reasoning")).isTrue();
    assertThat(Qualifiers.namesSetting("thinking")).isTrue();
    assertThat(Qualifiers.namesSetting("adaptive reasoning")).isTrue();
    assertThat(Qualifiers.namesSetting("nov '24")).isFalse();
    assertThat(Qualifiers.namesSetting("preview")).isFalse();
    assertThat(Qualifiers.namesSetting("effort")).isFalse();
    assertThat(Qualifiers.namesSetting(" effort")).isFalse();
    assertThat(Qualifiers.namesSetting("extra effort")).isFalse();
  }

  @Test
  void theFirstSettingIsThePreferredNameOfTheRightKindElseTheModelsOrder() {
    Model model = new Model("m", "acme", List.of(),
        List.of(new Setting("low", "reasoning-low"), new Setting("off", "non-reasoning"),
            new Setting("high", "reasoning-high")),
        "low", List.of(Fixtures.period("2024-01-01", "1", "2")), Fixtures.SOURCE);
    assertThat(Qualifiers.first(model, false, List.of("off", "high")).name()).isEqualTo("high"); // off is not reasoning
    assertThat(Qualifiers.first(model, false, List.of("thinking")).name()).isEqualTo("low");
    assertThat(Qualifiers.first(model, true, List.of("none")).name()).isEqualTo("off");
    Model plain = new Model("p", "acme", List.of(), List.of(new Setting(Setting.DEFAULT, "non-reasoning")),
        Setting.DEFAULT, List.of(Fixtures.period("2024-01-01", "1", "2")), Fixtures.SOURCE);
    assertThat(Qualifiers.first(plain, false, List.of("high"))).isNull();
  }
}
