package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LevelPosteriorTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void measurementsPullTheLevelByTheirPrecision() {
    // prior sd 0.5: precision 4. A: ln(200 / 100) - 0 = 0.693147 at shape 0.5 (precision 4);
    // B: ln(100 / 100) - 0.1 = -0.1 at shape 1 (precision 1). Mean (4 x 0.693147 - 0.1) / 9 = 0.296954, sd 1/3.
    LevelPosterior p = new LevelPosterior(d("0.5"));
    p.add(d("200"), d("100"), BigDecimal.ZERO, d("0.5"));
    p.add(d("100"), d("100"), d("0.1"), d("1"));
    assertThat(p.level()).isEqualByComparingTo("0.296954");
    assertThat(p.sigma()).isEqualByComparingTo("0.333333");
  }

  @Test
  void withoutMeasurementsItIsThePrior() {
    LevelPosterior p = new LevelPosterior(d("0.4"));
    assertThat(p.level()).isEqualByComparingTo("0");
    assertThat(p.sigma()).isEqualByComparingTo("0.4");
  }

  @Test
  void aPriorWithoutSpreadIsRefused() {
    assertThatThrownBy(() -> new LevelPosterior(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
