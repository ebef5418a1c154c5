package org.evalcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An axis's numbers: powers of ten found exactly, and tick labels in dollars. */
class AxisNumbersTest {
  @Test
  void powersOfTenAreFoundExactly() {
    assertThat(AxisNumbers.floorLog10(new BigDecimal("1000.00"))).isEqualTo(3);
    assertThat(AxisNumbers.ceilLog10(new BigDecimal("1000.00"))).isEqualTo(3);
    assertThat(AxisNumbers.floorLog10(new BigDecimal("999.99"))).isEqualTo(2);
    assertThat(AxisNumbers.ceilLog10(new BigDecimal("1000.01"))).isEqualTo(4);
    assertThat(AxisNumbers.floorLog10(new BigDecimal("0.05"))).isEqualTo(-2);
  }

  @Test
  void tickLabelsAreDollarsGroupedByThousands() {
    assertThat(AxisNumbers.label(new BigDecimal("1E+4"))).isEqualTo("$10,000");
    assertThat(AxisNumbers.label(new BigDecimal("0.050"))).isEqualTo("$0.05");
    assertThat(AxisNumbers.label(BigDecimal.ZERO)).isEqualTo("$0");
  }
}
