package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A release trend read at a day, and fitted to levels, worked out by hand. */
class TrendTest {
  private static final Trend HALF = new Trend(new BigDecimal("0.5"), LocalDate.of(2025, 1, 1),
      LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), new BigDecimal("0.4"));

  @Test
  void theLevelIsTheRateTimesTheYearsFromTheCenter() {
    // 2025-07-02 is 182 days on: 0.5 x 182 / 365.25 = 0.249144.
    assertThat(HALF.level(LocalDate.of(2025, 7, 2))).isEqualByComparingTo("0.249144");
    assertThat(HALF.level(LocalDate.of(2025, 1, 1))).isEqualByComparingTo("0");
    // 2024-07-01 is 184 days before: -0.251882.
    assertThat(HALF.level(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("-0.251882");
  }

  @Test
  void aDayOutsideTheFittedSpanIsHeldAtItsEnd() {
    // 2026-01-01 is 365 days on: 0.5 x 365 / 365.25 = 0.499658, and so is any later day.
    assertThat(HALF.level(LocalDate.of(2030, 6, 1))).isEqualByComparingTo("0.499658");
    assertThat(HALF.heldDay(LocalDate.of(2030, 6, 1))).isEqualTo(LocalDate.of(2026, 1, 1));
    // 2024-01-01 is 366 days before (a leap year): -0.501027.
    assertThat(HALF.level(LocalDate.of(2020, 1, 1))).isEqualByComparingTo("-0.501027");
  }

  @Test
  void anUndatedModelMeetsTheSpreadOfReleaseDaysToo() {
    // sqrt(0.3^2 + (0.5 x 0.4)^2) = sqrt(0.09 + 0.04) = 0.361.
    assertThat(HALF.undatedSigma(new BigDecimal("0.3"))).isEqualByComparingTo("0.361");
  }

  @Test
  void aCenterOutsideItsSpanIsRefused() {
    assertThatThrownBy(() -> new Trend(BigDecimal.ONE, LocalDate.of(2027, 1, 1), LocalDate.of(2024, 1, 1),
        LocalDate.of(2026, 1, 1), BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not between");
  }

  private static List<double[]> levels(double... values) {
    List<double[]> out = new ArrayList<>();
    for (double v : values) {
      out.add(new double[] {v, 2});
    }
    return out;
  }

  private static List<LocalDate> yearly(int count) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(LocalDate.of(2015 + i, 7, 2));
    }
    return out;
  }

  @Test
  void theFittedSlopeIsTheLeastSquaresOneWhereItStandsOutOfTheNoise() {
    // Twenty runs a year apart (2015-07-02 to 2034-07-02, 365 or 366 days), levels rising 0.3 a
    // year with +0.05 on even and -0.05 on odd runs: the alternation's slope is sum((i - 9.5) x a_i)
    // / sum((i - 9.5)^2) = -0.5 / 665 = -0.00075, so 0.299 (the leap days shift it by 0.00001);
    // standard error ~0.002, so kept.
    double[] l = new double[20];
    for (int i = 0; i < 20; i++) {
      l[i] = 0.3 * i + (i % 2 == 0 ? 0.05 : -0.05);
    }
    Trend t = TrendFit.trend(levels(l), yearly(20));
    assertThat(t).isNotNull();
    assertThat(t.perYear()).isEqualByComparingTo("0.299");
    assertThat(t.first()).isEqualTo(LocalDate.of(2015, 7, 2));
    assertThat(t.last()).isEqualTo(LocalDate.of(2034, 7, 2));
    // The mean day, 2025-01-01, give or take the leap days; the sd of 0..19 years is sqrt(665 / 19) = 5.916.
    assertThat(t.center()).isBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2));
    assertThat(t.sdYears()).isEqualByComparingTo("5.916");
  }

  @Test
  void aSlopeWithinTwiceItsStandardErrorIsNoTrend() {
    // Levels +-1 alternating with a slight rise: the slope is far inside its error.
    double[] l = new double[20];
    for (int i = 0; i < 20; i++) {
      l[i] = (i % 2 == 0 ? 1 : -1) + 0.01 * i;
    }
    assertThat(TrendFit.trend(levels(l), yearly(20))).isNull();
  }

  @Test
  void fewerThanTwentyDatedRunsFitNoTrend() {
    double[] line = new double[20];
    for (int i = 0; i < 20; i++) {
      line[i] = i;
    }
    List<LocalDate> days = new ArrayList<>(yearly(20));
    days.set(3, null); // nineteen dated: a perfect line, but too few
    assertThat(TrendFit.trend(levels(line), days)).isNull();
    // Twenty: 1 a run, the runs 365.26 days apart on average: 365.25 / 365.26 = 0.99996.
    assertThat(TrendFit.trend(levels(line), yearly(20)).perYear()).isEqualByComparingTo("1.000");
  }
}
