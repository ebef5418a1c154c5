package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test of a class's median against every class's, worked out by hand. */
class ClassFitTest {
  private static BigDecimal e(double power) {
    return BigDecimal.valueOf(Math.exp(power));
  }

  @Test
  void aMedianDiffersBeyondTwiceItsStandardError() {
    // ln values 0, 1, 2: sd 1, so twice the median's standard error is 2 x 1.2533 / sqrt(3) = 1.447.
    List<BigDecimal> values = List.of(e(0), e(1), e(2));
    assertThat(Summary.medianDiffers(values, e(1), e(0))).isFalse(); // 1 away
    assertThat(Summary.medianDiffers(values, e(1), e(-0.4))).isFalse(); // 1.4 away
    assertThat(Summary.medianDiffers(values, e(1), e(-0.5))).isTrue(); // 1.5 away
    assertThat(Summary.medianDiffers(values, e(1), e(2.5))).isTrue(); // 1.5 away, above
  }

  @Test
  void withNoScatterAnyDifferenceCounts() {
    List<BigDecimal> same = List.of(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
    assertThat(Summary.medianDiffers(same, BigDecimal.TEN, new BigDecimal("10.01"))).isTrue();
    assertThat(Summary.medianDiffers(same, BigDecimal.TEN, BigDecimal.TEN)).isFalse();
  }

  @Test
  void theSampleSdDividesByNMinusOne() {
    // 1, 2, 3, 4: squares about the mean 2.5 sum to 5; 5 / 3 = 1.6667, sqrt 1.2910.
    assertThat(Summary.sampleSd(new double[] {1, 2, 3, 4})).isCloseTo(1.2910, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Summary.sampleSd(new double[] {7})).isZero();
    assertThat(Summary.sampleSd(new double[] {})).isZero();
  }
}
