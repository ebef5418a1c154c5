package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private static final BigDecimal EIGHTY = new BigDecimal("0.8");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  /** A Monte Carlo of each test's own (JUnit makes an instance per test), so no test sees another's kept draws. */
  private final MonteCarlo monteCarlo = MonteCarlo.seeded();

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
    MonteCarlo.Result r = monteCarlo.run(List.of(own("0.5")), List.of(BigDecimal.ONE), List.of(BigDecimal.ONE), null, EIGHTY);
    assertThat(StrictMath.log(r.lineLow().get(0).doubleValue())).isCloseTo(-1.281552 * 0.5, within(0.05));
    assertThat(StrictMath.log(r.lineHigh().get(0).doubleValue())).isCloseTo(1.281552 * 0.5, within(0.05));
  }

  @Test
  void sameSeedSameBytes() {
    List<Spread> spreads = List.of(own("0.3"), shared("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF);
    assertThat(monteCarlo.run(spreads, w, w, null, EIGHTY)).isEqualTo(monteCarlo.run(spreads, w, w, null, EIGHTY));
  }

  /** Another instance, with nothing kept, gives the same bytes; another seed other ones. */
  @Test
  void instancesOfOneSeedAgreeAndOtherSeedsDiffer() {
    List<Spread> spreads = List.of(own("0.3"), shared("0.5"), new Spread(BigDecimal.ZERO, HALF, HALF, true));
    List<BigDecimal> w = List.of(new BigDecimal("0.2"), new BigDecimal("0.3"), HALF);
    MonteCarlo.Result first = monteCarlo.run(spreads, w, w, null, EIGHTY);
    assertThat(MonteCarlo.seeded().run(spreads, w, w, null, EIGHTY)).isEqualTo(first).isNotSameAs(first);
    assertThat(new MonteCarlo(new Normals(MonteCarlo.SEED + 1, MonteCarlo.DRAWS)).run(spreads, w, w, null, EIGHTY))
        .isNotEqualTo(first);
  }

  @Test
  void anIntervalOutsideZeroToOneIsRefused() {
    List<BigDecimal> w = List.of(BigDecimal.ONE);
    for (BigDecimal interval : List.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-0.5"), new BigDecimal("1.5"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> monteCarlo.run(List.of(own("0.3")), w, w, null, interval))
          .as(interval.toString()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aKeptResultIsOnlyReturnedForTheSameInputs() {
    List<BigDecimal> w = List.of(HALF, HALF);
    List<Spread> spreads = List.of(own("0.31"), shared("0.52"));
    MonteCarlo.Result first = monteCarlo.run(spreads, w, w, null, EIGHTY);
    assertThat(monteCarlo.run(List.of(own("0.31"), shared("0.52")), List.of(HALF, HALF), w, null, EIGHTY)).isSameAs(first);
    // Each input changed on its own gives another result, never the kept one.
    List<Spread> pinned = List.of(new Spread(BigDecimal.ZERO, new BigDecimal("0.31"), BigDecimal.ZERO, true),
        shared("0.52"));
    assertThat(monteCarlo.run(pinned, w, w, null, EIGHTY)).isNotSameAs(first);
    assertThat(monteCarlo.run(List.of(own("0.32"), shared("0.52")), w, w, null, EIGHTY)).isNotEqualTo(first);
    List<BigDecimal> other = List.of(new BigDecimal("0.4"), new BigDecimal("0.6"));
    assertThat(monteCarlo.run(spreads, other, w, null, EIGHTY)).isNotEqualTo(first);
    assertThat(monteCarlo.run(spreads, w, other, null, EIGHTY)).isNotSameAs(first);
    assertThat(monteCarlo.run(spreads, w, w, null, new BigDecimal("0.9"))).isNotEqualTo(first);
  }

  @Test
  void independentLinesGiveATotalNarrowerThanTheirRangesAdded() {
    List<Spread> spreads = List.of(own("0.5"), own("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF);
    MonteCarlo.Result r = monteCarlo.run(spreads, w, w, null, EIGHTY);
    double added = 0.5 * (r.lineHigh().get(0).doubleValue() + r.lineHigh().get(1).doubleValue());
    assertThat(r.totalHigh().doubleValue()).isLessThan(added - 0.1);
  }

  @Test
  void sharedVerbosityMovesEveryLineTogether() {
    // Perfectly correlated lines: the total's quantiles are the weighted lines' quantiles.
    List<Spread> spreads = List.of(shared("0.5"), shared("0.5"));
    List<BigDecimal> w = List.of(new BigDecimal("0.25"), new BigDecimal("0.75"));
    MonteCarlo.Result r = monteCarlo.run(spreads, w, w, null, EIGHTY);
    assertThat(r.totalHigh().doubleValue()).isCloseTo(r.lineHigh().get(0).doubleValue(), within(1e-5));
    assertThat(r.totalLow().doubleValue()).isCloseTo(r.lineLow().get(1).doubleValue(), within(1e-5));
  }

  @Test
  void pinnedLinesKeepTheirCalibratedTotal() {
    Spread pinned = new Spread(BigDecimal.ZERO, new BigDecimal("0.6"), BigDecimal.ZERO, true);
    List<BigDecimal> w = List.of(new BigDecimal("0.4"), new BigDecimal("0.6"));
    MonteCarlo.Result r = monteCarlo.run(List.of(pinned, pinned), w, w, null, EIGHTY);
    assertThat(r.totalLow().doubleValue()).isCloseTo(1, within(1e-9));
    assertThat(r.totalHigh().doubleValue()).isCloseTo(1, within(1e-9));
    assertThat(r.lineHigh().get(0).doubleValue()).isGreaterThan(1.2);
  }

  @Test
  void aWiderIntervalIsWider() {
    List<Spread> spreads = List.of(own("0.4"));
    List<BigDecimal> w = List.of(BigDecimal.ONE);
    MonteCarlo.Result eighty = monteCarlo.run(spreads, w, w, null, EIGHTY);
    MonteCarlo.Result ninetyFive = monteCarlo.run(spreads, w, w, null, new BigDecimal("0.95"));
    assertThat(ninetyFive.totalLow()).isLessThan(eighty.totalLow());
    assertThat(ninetyFive.totalHigh()).isGreaterThan(eighty.totalHigh());
  }

  /**
   * Unpinned lines' draws are kept and reused by later estimates: only with the same parameters,
   * at the same position, for the same range, and a result is the same from kept draws as fresh.
   */
  @Test
  void keptDrawsAreReusedOnlyForTheSameLine() {
    java.util.Random random = new java.util.Random(23);
    List<Spread> spreads = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      spreads.add(new Spread(BigDecimal.valueOf(0.3 + random.nextDouble() / 10), BigDecimal.valueOf(random.nextDouble()),
          BigDecimal.valueOf(random.nextDouble() / 5), i == 3));
    }
    List<BigDecimal> heavyFirst = List.of(new BigDecimal("0.7"), new BigDecimal("0.1"), new BigDecimal("0.1"),
        new BigDecimal("0.1"));
    List<BigDecimal> even = List.of(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.25"),
        new BigDecimal("0.25"));
    MonteCarlo.Result fresh = monteCarlo.run(spreads, heavyFirst, even, null, EIGHTY);
    MonteCarlo.Result other = monteCarlo.run(spreads, even, even, null, EIGHTY);
    MonteCarlo.Result kept = monteCarlo.run(spreads, heavyFirst, even, null, EIGHTY);
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
      assertThat(monteCarlo.run(variant, heavyFirst, even, null, EIGHTY).lineLow().get(0)).as(changed.toString())
          .isNotEqualTo(fresh.lineLow().get(0));
    }
    assertThat(monteCarlo.run(spreads, heavyFirst, even, null, HALF).lineLow().get(0)).isNotEqualTo(fresh.lineLow().get(0));
    List<Spread> twins = List.of(first, first);
    MonteCarlo.Result pair = monteCarlo.run(twins, List.of(HALF, HALF), List.of(HALF, HALF), null, EIGHTY);
    MonteCarlo.Result keptPair = monteCarlo.run(twins, List.of(HALF, HALF), List.of(HALF, HALF), null, EIGHTY);
    assertThat(keptPair).isEqualTo(pair);
    assertThat(keptPair.lineLow().get(1)).as("same spread, other position: other draws")
        .isNotEqualTo(keptPair.lineLow().get(0));
  }

  @Test
  void aPartRunWithAPartnerHasTheQuantilesOfTheirMixNotTheSumOfTheirs() {
    // Two independent parts of equal weight and spread: their mix spreads less than either, so its
    // 10th percentile is above each part's and its 90th below; without partners, each part's own.
    List<Spread> two = List.of(own("0.5"), own("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF);
    MonteCarlo.Result alone = monteCarlo.run(two, w, w, null, EIGHTY);
    MonteCarlo.Result paired = monteCarlo.run(two, w, w, new int[] {1, -1}, EIGHTY);
    assertThat(paired.lineLow().get(0)).isGreaterThan(alone.lineLow().get(0)).isGreaterThan(alone.lineLow().get(1));
    assertThat(paired.lineHigh().get(0)).isLessThan(alone.lineHigh().get(0)).isLessThan(alone.lineHigh().get(1));
    assertThat(paired.lineLow().get(1)).isEqualTo(alone.lineLow().get(1)); // the partner keeps its own
    // The mix is the whole total here, so its quantiles are the total's.
    assertThat(paired.lineLow().get(0)).isEqualByComparingTo(paired.totalLow());
    assertThat(paired.lineHigh().get(0)).isEqualByComparingTo(paired.totalHigh());
  }

  @Test
  void pairsAreOfTwoDifferentPartsEachInOnePairOnly() {
    List<Spread> three = List.of(own("0.5"), own("0.5"), own("0.5"));
    List<BigDecimal> w = List.of(HALF, HALF, BigDecimal.ZERO);
    for (int[] bad : new int[][] {{1, 0, -1}, {0, -1, -1}, {3, -1, -1}, {1, -1}, {-2, -1, -1}}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> monteCarlo.run(three, w, w, bad, EIGHTY))
          .as(java.util.Arrays.toString(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(monteCarlo.run(three, w, w, new int[] {2, -1, -1}, EIGHTY).lineLow()).hasSize(3);
  }
}
