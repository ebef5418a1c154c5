package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostTest {

  @Test
  void multipliesTokensByRatesPerMillion() {
    // 1,000,000 input at $15 + 500,000 output at $60 = 15 + 30.
    assertThat(Cost.of(d("1000000"), d("500000"), Fixtures.rates("15", "60"))).isEqualByComparingTo("45");
  }

  @Test
  void isExactBelowTheCent() {
    // 1 input token at $0.075 per million: 0.000000075, not rounded away.
    assertThat(Cost.of(BigDecimal.ONE, BigDecimal.ZERO, Fixtures.rates("0.075", "0.30")))
        .isEqualByComparingTo("0.000000075");
  }

  @Test
  void handlesFractionalMeanTokens() {
    // 259.6 x 198 = 51,400.8 input at $15 = 771,012; 4,125.5 x 198 = 816,849 output at $60 =
    // 49,010,940; (771,012 + 49,010,940) / 1e6.
    BigDecimal input = d("259.6").multiply(d("198"));
    BigDecimal output = d("4125.5").multiply(d("198"));
    assertThat(Cost.of(input, output, Fixtures.rates("15", "60"))).isEqualByComparingTo("49.781952");
  }

  @Test
  void staysExactForATrillionTokens() {
    BigDecimal trillion = d("1000000000000");
    assertThat(Cost.of(trillion, trillion, Fixtures.rates("150", "600"))).isEqualByComparingTo("750000000");
  }

  @Test
  void roundsHalfUpToTheCentOnlyWhenAsked() {
    assertThat(Rounding.cents(d("0.005"))).isEqualByComparingTo("0.01");
    assertThat(Rounding.cents(d("0.0049999"))).isEqualByComparingTo("0.00");
    assertThat(Rounding.cents(d("2767.054"))).hasToString("2767.05");
    assertThat(Rounding.tokens(d("816754.5"))).hasToString("816755");
  }
}
