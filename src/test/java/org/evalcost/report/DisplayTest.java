package org.evalcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How figures read for people: rates, signed changes and grouped counts. */
class DisplayTest {
  private static Optional<BigDecimal> d(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void aRateShowsCentsAndNoFewerPlacesThanItHas() {
    assertThat(Display.dollarsPerMillion(new BigDecimal("15"))).isEqualTo("$15.00");
    assertThat(Display.dollarsPerMillion(new BigDecimal("2.5"))).isEqualTo("$2.50");
    assertThat(Display.dollarsPerMillion(new BigDecimal("0.075"))).isEqualTo("$0.075");
    assertThat(Display.dollarsPerMillion(new BigDecimal("1.250000"))).isEqualTo("$1.25");
    assertThat(Display.dollarsPerMillion(null)).isEqualTo("-");
  }

  @Test
  void aChangeIsSignedOnlyWhenItIsOne() {
    assertThat(Display.signedMoney(d("1234.5"))).isEqualTo("+1,234.50");
    assertThat(Display.signedMoney(d("-80"))).isEqualTo("-80.00");
    assertThat(Display.signedMoney(d("0.001"))).isEqualTo("0.00");
    assertThat(Display.signedMoney(Optional.empty())).isEmpty();
    assertThat(Display.signedPercent(d("5"), d("10"))).startsWith("+");
    assertThat(Display.signedPercent(d("0"), d("10"))).doesNotStartWith("+").doesNotStartWith("-");
    assertThat(Display.signedPercent(d("-5"), d("10"))).startsWith("-");
    assertThat(Display.signedPercent(d("5"), Optional.empty())).isEmpty();
  }

  @Test
  void countsAreGroupedByThreesKeepingTheSign() {
    assertThat(Display.count(12032)).isEqualTo("12,032");
    assertThat(Display.count(999)).isEqualTo("999");
    assertThat(Display.group("-1234567")).isEqualTo("-1,234,567");
  }
}
