package org.evalcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The axis arithmetic, by hand: round ticks, the log threshold, exact powers of ten. */
class ScaleTest {
  private static List<BigDecimal> usd(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void linearAxisEndsOnARoundFigureInStepsOfOneTwoOrFive() {
    Scale scale = Scale.linear(new BigDecimal("2767.06"), 100, 600);
    assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("0", "1000", "2000", "3000");
    assertThat(scale.at(new BigDecimal("1500"))).isEqualByComparingTo("400.00");
    assertThat(scale.at(new BigDecimal("2767.06"))).isEqualByComparingTo("653.41");
    assertThat(Scale.linear(new BigDecimal("0.48"), 0, 100).ticks()).extracting(BigDecimal::toPlainString)
        .containsExactly("0", "0.1", "0.2", "0.3", "0.4", "0.5");
  }

  @Test
  void logIsChosenFromTenfoldSpreadOfThePointsNotTheRanges() {
    assertThat(Scale.choose(usd("100", "999.99"), usd("1", "5000"), 0, 100).log()).isFalse();
    assertThat(Scale.choose(usd("100", "1000"), usd(), 0, 100).log()).isTrue();
    assertThat(Scale.choose(usd("100"), usd(), 0, 100).log()).isFalse();
    assertThat(Scale.choose(usd("0", "100"), usd(), 0, 100).log()).as("a free model is no spread").isFalse();
    assertThat(Scale.choose(usd("100", "3000"), usd(), 0, 100).describe("total"))
        .isEqualTo("Logarithmic scale: the largest total is 30.0\u00d7 the smallest, too wide a spread for a linear axis.");
  }

  @Test
  void logAxisRunsFromDecadeToDecadeWithFinerTicksOverFewDecades() {
    Scale scale = Scale.logarithmic(new BigDecimal("81.41"), new BigDecimal("2767.05"), 0, 300);
    assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("10", "100", "1000", "10000");
    assertThat(scale.at(new BigDecimal("100"))).isEqualByComparingTo("100.00");
    assertThat(scale.at(new BigDecimal("1000"))).isEqualByComparingTo("200.00");
    assertThat(scale.at(new BigDecimal("5"))).as("clamped").isEqualByComparingTo("0.00");
    assertThat(Scale.logarithmic(new BigDecimal("0.5"), new BigDecimal("5000"), 0, 400).ticks()).hasSize(6);
    assertThat(Scale.logarithmic(new BigDecimal("12.75"), new BigDecimal("53.07"), 0, 420).ticks())
        .extracting(BigDecimal::toPlainString).containsExactly("10", "20", "50", "100");
  }

  @Test
  void markupInNamesIsEscapedAndControlCharactersReplaced() {
    assertThat(Xml.escape("<b a=\"1\">Tom & Jerry's</b>\u0007"))
        .isEqualTo("&lt;b a=&quot;1&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;\uFFFD");
    assertThat(new Xml().element("text", "a<b", "x", "1", "skipped", null).toString())
        .isEqualTo("<text x=\"1\">a&lt;b</text>\n");
    assertThatThrownBy(() -> new Xml().empty("rect", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
