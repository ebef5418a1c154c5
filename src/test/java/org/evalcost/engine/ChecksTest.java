package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The records' own checks, at zero. */
class ChecksTest {
  @Test
  void zeroIsNotPositiveButIsNotNegative() {
    assertThat(Checks.nonNegative("f", BigDecimal.ZERO)).isSameAs(BigDecimal.ZERO);
    assertThat(Checks.positive("f", BigDecimal.ONE)).isSameAs(BigDecimal.ONE);
    assertThat(Checks.positive("f", 1L)).isEqualTo(1L);
    assertThatThrownBy(() -> Checks.positive("f", BigDecimal.ZERO)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be greater than zero (was 0)");
    assertThatThrownBy(() -> Checks.positive("f", 0L)).hasMessageContaining("must be greater than zero (was 0)");
    assertThatThrownBy(() -> Checks.nonNegative("f", new BigDecimal("-0.1")))
        .hasMessageContaining("must not be negative (was -0.1)");
    assertThatThrownBy(() -> Checks.positive("f", (BigDecimal) null)).isInstanceOf(InvalidValueException.class);
  }
}
