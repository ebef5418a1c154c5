package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static final BigDecimal EIGHTY = new BigDecimal("0.8");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private static Spread own(String sigma) {
    return new Spread(BigDecimal.ZERO, new BigDecimal(sigma), BigDecimal.ZERO, false);
  }

  private static Spread shared(String sigma) {
    return new Spread(new BigDecimal(sigma), BigDecimal.ZERO, BigDecimal.ZERO, false);
  }

  @Test
  void normalQuantiles() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959964, within(1e-6));
    assertThat(Normal.quantile(0.9)).isCloseTo(1.281552, within(1e-6));
    assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-12));
    assertThat(Normal.quantile(0.01)).isCloseTo(-2.326348, within(1e-6));
  }

  @Test
  void aLognormalLineMatchesItsAnalyticQuantiles() {
    // ln m ~ N(0, 0.5^2): the 10th and 90th percentiles are exp(-/+ 1.2816 x 0.5) = 0.527, 1.898.
    // With 10,000 draws a 10th/90th percentile's standard error is about 0.017 in ln m: 3 of them.
    Simulation.Result r = Simulation.run(List.of(own("0.5")), List.of(BigDecimal.ONE), List.of(BigDecimal.ONE), EIGHTY);
    assertThat(StrictMath.log(r.lineLow().get(0).doubleValue())).isCloseTo(-1.281552 * 0.5, within(0.05));
    assertThat(StrictMath.log(r.lineHigh().get(0).doubleValue())).isCloseTo(1.281552 * 0.5, within(0.05));
  }

  @Test
  void sameSeedSameBytes() {
    List<Spread> spreads = List.of(own("0.3"), shared("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF);
    assertThat(Simulation.run(spreads, w, w, EIGHTY)).isEqualTo(Simulation.run(spreads, w, w, EIGHTY));
  }

  @Test
  void aKeptResultIsOnlyReturnedForTheSameInputs() {
    List<BigDecimal> w = List.of(HALF, HALF);
    List<Spread> spreads = List.of(own("0.31"), shared("0.52"));
    Simulation.Result first = Simulation.run(spreads, w, w, EIGHTY);
    assertThat(Simulation.run(List.of(own("0.31"), shared("0.52")), List.of(HALF, HALF), w, EIGHTY)).isSameAs(first);
    // Each input changed on its own gives another result, never the kept one.
    List<Spread> pinned = List.of(new Spread(BigDecimal.ZERO, new BigDecimal("0.31"), BigDecimal.ZERO, true),
        shared("0.52"));
    assertThat(Simulation.run(pinned, w, w, EIGHTY)).isNotSameAs(first);
    assertThat(Simulation.run(List.of(own("0.32"), shared("0.52")), w, w, EIGHTY)).isNotEqualTo(first);
    List<BigDecimal> other = List.of(new BigDecimal("0.4"), new BigDecimal("0.6"));
    assertThat(Simulation.run(spreads, other, w, EIGHTY)).isNotEqualTo(first);
    assertThat(Simulation.run(spreads, w, other, EIGHTY)).isNotSameAs(first);
    assertThat(Simulation.run(spreads, w, w, new BigDecimal("0.9"))).isNotEqualTo(first);
  }

  @Test
  void independentLinesGiveATotalNarrowerThanTheirRangesAdded() {
    List<Spread> spreads = List.of(own("0.5"), own("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF);
    Simulation.Result r = Simulation.run(spreads, w, w, EIGHTY);
    double added = 0.5 * (r.lineHigh().get(0).doubleValue() + r.lineHigh().get(1).doubleValue());
    assertThat(r.totalHigh().doubleValue()).isLessThan(added - 0.1);
  }

  @Test
  void sharedVerbosityMovesEveryLineTogether() {
    // Perfectly correlated lines: the total's quantiles are the weighted lines' quantiles.
    List<Spread> spreads = List.of(shared("0.5"), shared("0.5"));
    List<BigDecimal> w = List.of(new BigDecimal("0.25"), new BigDecimal("0.75"));
    Simulation.Result r = Simulation.run(spreads, w, w, EIGHTY);
    assertThat(r.totalHigh().doubleValue()).isCloseTo(r.lineHigh().get(0).doubleValue(), within(1e-5));
    assertThat(r.totalLow().doubleValue()).isCloseTo(r.lineLow().get(1).doubleValue(), within(1e-5));
  }

  @Test
  void pinnedLinesKeepTheirCalibratedTotal() {
    Spread pinned = new Spread(BigDecimal.ZERO, new BigDecimal("0.6"), BigDecimal.ZERO, true);
    List<BigDecimal> w = List.of(new BigDecimal("0.4"), new BigDecimal("0.6"));
    Simulation.Result r = Simulation.run(List.of(pinned, pinned), w, w, EIGHTY);
    assertThat(r.totalLow().doubleValue()).isCloseTo(1, within(1e-9));
    assertThat(r.totalHigh().doubleValue()).isCloseTo(1, within(1e-9));
    assertThat(r.lineHigh().get(0).doubleValue()).isGreaterThan(1.2);
  }

  @Test
  void aWiderIntervalIsWider() {
    List<Spread> spreads = List.of(own("0.4"));
    List<BigDecimal> w = List.of(BigDecimal.ONE);
    Simulation.Result eighty = Simulation.run(spreads, w, w, EIGHTY);
    Simulation.Result ninetyFive = Simulation.run(spreads, w, w, new BigDecimal("0.95"));
    assertThat(ninetyFive.totalLow()).isLessThan(eighty.totalLow());
    assertThat(ninetyFive.totalHigh()).isGreaterThan(eighty.totalHigh());
  }

  @Test
  void quantilesBySelectionEqualThoseOfTheSortedValues() {
    java.util.Random random = new java.util.Random(7);
    for (int n : new int[] {1, 2, 3, 10, 1001}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(50);
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (double p : new double[] {0, 0.1, 0.5, 0.9, 1}) {
        double position = p * (n - 1);
        int below = (int) Math.floor(position);
        double expected = sorted[below] + (position - below) * (sorted[Math.min(below + 1, n - 1)] - sorted[below]);
        assertThat(Simulation.quantile(values.clone(), p)).as("n=%d p=%s", n, p).isEqualTo(expected);
      }
    }
  }

  /**
   * Selection on arrays large enough for its sampling step (over 600 values), with ties and
   * without: every order statistic the ranges use equals the sorted array's, and the array is
   * left partitioned around it.
   */
  @Test
  void selectionOnLargeArraysMatchesSorting() {
    java.util.Random random = new java.util.Random(11);
    for (int n : new int[] {601, 602, 10_000, 20_001}) {
      for (boolean ties : new boolean[] {false, true}) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = ties ? random.nextInt(40) : Math.exp(random.nextGaussian());
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int k : new int[] {0, 1, n / 10 - 1, n / 10, n / 2, n - n / 10 - 1, n - 2, n - 1}) {
          double[] a = values.clone();
          assertThat(Simulation.select(a, k, 0, a.length - 1, false, 0)).as("n=%d ties=%s k=%d", n, ties, k).isEqualTo(sorted[k]);
          for (int i = 0; i < n; i++) {
            if (i < k) {
              assertThat(a[i]).isLessThanOrEqualTo(a[k]);
            } else if (i > k) {
              assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
            }
          }
        }
        for (double p : new double[] {0.05, 0.1, 0.9, 0.95}) {
          double position = p * (n - 1);
          int below = (int) Math.floor(position);
          double expected = sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
          assertThat(Simulation.quantile(values.clone(), p)).as("n=%d p=%s", n, p).isEqualTo(expected);
        }
      }
    }
  }

  /**
   * Both quantiles of a range at once (the high one selected above the low one) equal those of
   * the sorted values, with ties and without, for ranges wide and narrow.
   */
  @Test
  void pairsOfQuantilesEqualThoseOfTheSortedValues() {
    java.util.Random random = new java.util.Random(13);
    double[][] ranges = {{0.1, 0.9}, {0.05, 0.95}, {0.25, 0.75}, {0.4999, 0.5001}, {0.5, 0.5}, {0, 1}, {0.1, 0.1}};
    for (int n : new int[] {1, 2, 3, 10, 1001, 2047, 2048, 10_000, 20_001}) {
      for (int distinct : new int[] {0, 30, 2}) { // continuous, ties, mostly ties
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = distinct == 0 ? Math.exp(random.nextGaussian()) : random.nextInt(distinct);
        }
        boolean ties = distinct > 0;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (double[] range : ranges) {
          double[] q = Simulation.quantiles(values.clone(), range[0], range[1]);
          for (int side = 0; side < 2; side++) {
            double position = range[side] * (n - 1);
            int below = (int) Math.floor(position);
            double expected = sorted[below] + (position - below) * (sorted[Math.min(below + 1, n - 1)] - sorted[below]);
            assertThat(q[side]).as("n=%d ties=%s range=%s side=%d", n, ties, java.util.Arrays.toString(range), side)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  /** Selection started from a given pivot (the smallest, the largest or any value of the range) still finds every order statistic. */
  @Test
  void selectionFromAGivenFirstPivotMatchesSorting() {
    java.util.Random random = new java.util.Random(17);
    for (int n : new int[] {2, 3, 50, 3000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(n / 2 + 1);
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (double pivot : new double[] {sorted[0], sorted[n - 1], values[n / 3]}) {
        for (int k : new int[] {0, n / 10, n / 2, n - 1}) {
          double[] a = values.clone();
          assertThat(Simulation.select(a, k, 0, n - 1, true, pivot)).as("n=%d pivot=%s k=%d", n, pivot, k)
              .isEqualTo(sorted[k]);
          for (int i = 0; i < n; i++) {
            if (i < k) {
              assertThat(a[i]).isLessThanOrEqualTo(a[k]);
            } else if (i > k) {
              assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
            }
          }
        }
      }
    }
  }

  /**
   * Unpinned lines' draws are kept and reused by later estimates: only with the same parameters,
   * at the same position, for the same range, and a result is the same from kept draws as fresh.
   */
  @Test
  void keptDrawsAreReusedOnlyForTheSameLine() {
    java.util.Random random = new java.util.Random(23);
    List<Spread> spreads = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) { // spreads no other test uses, so the first run draws them afresh
      spreads.add(new Spread(BigDecimal.valueOf(0.3 + random.nextDouble() / 10), BigDecimal.valueOf(random.nextDouble()),
          BigDecimal.valueOf(random.nextDouble() / 5), i == 3));
    }
    List<BigDecimal> heavyFirst = List.of(new BigDecimal("0.7"), new BigDecimal("0.1"), new BigDecimal("0.1"),
        new BigDecimal("0.1"));
    List<BigDecimal> even = List.of(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.25"),
        new BigDecimal("0.25"));
    Simulation.Result fresh = Simulation.run(spreads, heavyFirst, even, EIGHTY);
    Simulation.Result other = Simulation.run(spreads, even, even, EIGHTY);
    Simulation.Result kept = Simulation.run(spreads, heavyFirst, even, EIGHTY);
    assertThat(kept).isEqualTo(fresh);
    assertThat(other.lineLow()).isEqualTo(fresh.lineLow());
    assertThat(other.totalLow()).isNotEqualTo(fresh.totalLow());

    Spread first = spreads.get(0);
    BigDecimal nudge = new BigDecimal("0.01");
    for (Spread changed : List.of(new Spread(first.shared().add(nudge), first.own(), first.items(), false),
        new Spread(first.shared(), first.own().add(nudge), first.items(), false),
        new Spread(first.shared(), first.own(), first.items().add(nudge), false))) {
      List<Spread> variant = new java.util.ArrayList<>(spreads);
      variant.set(0, changed);
      assertThat(Simulation.run(variant, heavyFirst, even, EIGHTY).lineLow().get(0)).as(changed.toString())
          .isNotEqualTo(fresh.lineLow().get(0));
    }
    assertThat(Simulation.run(spreads, heavyFirst, even, HALF).lineLow().get(0)).isNotEqualTo(fresh.lineLow().get(0));
    List<Spread> twins = List.of(first, first);
    Simulation.Result pair = Simulation.run(twins, List.of(HALF, HALF), List.of(HALF, HALF), EIGHTY);
    Simulation.Result keptPair = Simulation.run(twins, List.of(HALF, HALF), List.of(HALF, HALF), EIGHTY);
    assertThat(keptPair).isEqualTo(pair);
    assertThat(keptPair.lineLow().get(1)).as("same spread, other position: other draws")
        .isNotEqualTo(keptPair.lineLow().get(0));
  }

  /** Normals drawn ahead on another thread are the seeded sequence's, and serve any shorter estimate. */
  @Test
  void normalsDrawnAheadAreTheSequencesOwn() throws Exception {
    Simulation.drawAhead(12); // more lines than any other test asks for
    double[] ten = Simulation.normals(10);
    assertThat(ten).isEqualTo(Simulation.sequence(Simulation.DRAWS * (1 + 2 * 10)));
    assertThat(Simulation.normals(13)).as("more than was drawn ahead: drawn in full")
        .isEqualTo(Simulation.sequence(Simulation.DRAWS * (1 + 2 * 13)))
        .startsWith(java.util.Arrays.copyOf(ten, 100));
  }
}
