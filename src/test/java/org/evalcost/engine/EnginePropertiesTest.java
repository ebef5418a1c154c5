package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.evalcost.stats.MonteCarlo;
import org.evalcost.stats.Spread;

/** What must hold for any numbers, not just the hand-computed ones. */
class EnginePropertiesTest {
  /** One for every try: the properties hold whatever an earlier try left kept. */
  private static final MonteCarlo MONTE_CARLO = MonteCarlo.seeded();
  private static final Source SOURCE = Fixtures.SOURCE;

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4);
  }

  @Provide
  Arbitrary<BigDecimal> tokens() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000000")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
  }

  @Property
  void costIsLinearInItemsAndRepeats(@ForAll("tokens") BigDecimal input, @ForAll("tokens") BigDecimal output,
      @ForAll("rates") BigDecimal in, @ForAll("rates") BigDecimal out, @ForAll @IntRange(min = 1, max = 10_000) int k) {
    Rates rates = new Rates(in, null, null, out);
    BigDecimal times = BigDecimal.valueOf(k);
    assertThat(Cost.of(input.multiply(times), output.multiply(times), rates))
        .isEqualByComparingTo(Cost.of(input, output, rates).multiply(times));
  }

  /** The quick division by a million is the JDK's exact one: the same value at the same scale (equals, not compareTo). */
  @Property(tries = 3000)
  void perMillionIsExactlyTheJdksDivision(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long unscaled,
      @ForAll @IntRange(min = -3, max = 30) int scale, @ForAll @IntRange(min = 0, max = 8) int zeros) {
    BigDecimal x = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(zeros)), scale);
    assertThat(Cost.perMillion(x)).isEqualTo(x.divide(Cost.MILLION));
    BigDecimal big = x.multiply(new BigDecimal("12345678901234567890.123"));
    assertThat(Cost.perMillion(big)).isEqualTo(big.divide(Cost.MILLION));
  }

  @Property
  void doublingAPriceDoublesItsPart(@ForAll("tokens") BigDecimal input, @ForAll("tokens") BigDecimal output,
      @ForAll("rates") BigDecimal in, @ForAll("rates") BigDecimal out) {
    Rates rates = new Rates(in, null, null, out);
    Rates doubled = new Rates(in.multiply(BigDecimal.valueOf(2)), null, null, out);
    assertThat(Cost.of(input, output, doubled).subtract(Cost.of(input, output, rates)))
        .isEqualByComparingTo(Cost.of(input, BigDecimal.ZERO, rates));
  }

  @Property
  void noOverflowAtATrillionTokens(@ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long input,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long output, @ForAll("rates") BigDecimal in,
      @ForAll("rates") BigDecimal out) {
    // The same sum in integers: micro-dollars x 10^4 (rates have four decimals).
    BigInteger exact = BigInteger.valueOf(input).multiply(in.movePointRight(4).toBigIntegerExact())
        .add(BigInteger.valueOf(output).multiply(out.movePointRight(4).toBigIntegerExact()));
    assertThat(Cost.of(BigDecimal.valueOf(input), BigDecimal.valueOf(output), new Rates(in, null, null, out)))
        .isEqualByComparingTo(new BigDecimal(exact).movePointLeft(10));
  }

  @Property
  void aTotalIsTheSumOfItsLinesToTheCent(@ForAll("lineCosts") List<BigDecimal> costs) {
    Benchmark benchmark = new Benchmark("b", "B", 1, BigDecimal.ONE, SOURCE);
    List<Line> lines = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal cost : costs) {
      lines.add(Fixtures.line(benchmark, 1, BigDecimal.ONE, BigDecimal.ONE, Basis.PREDICTED, SOURCE, cost, null));
      sum = sum.add(Rounding.cents(cost));
    }
    assertThat(Totals.of(lines).costUsd()).isEqualByComparingTo(sum);
    assertThat(Totals.of(lines).costUsd().scale()).isEqualTo(2);
  }

  @Provide
  Arbitrary<List<BigDecimal>> lineCosts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(6).list().ofMaxSize(20);
  }

  @Property
  void batchNeverCostsMoreThanList(@ForAll("rates") BigDecimal in, @ForAll("rates") BigDecimal out,
      @ForAll("shares") BigDecimal discount, @ForAll("tokens") BigDecimal input) {
    if (discount.signum() == 0) {
      return;
    }
    PricePeriod period = new PricePeriod(LocalDate.of(2024, 1, 1), new Rates(in, null, null, out), null, List.of(), SOURCE);
    Quote batch = Pricer.quote(period, input, new Pricing(true, BigDecimal.ZERO),
        Optional.of(new Provider("p", "P", discount, SOURCE)));
    assertThat(batch.rates().input()).isLessThanOrEqualTo(in);
    assertThat(batch.rates().output()).isLessThanOrEqualTo(out);
  }

  @Property
  void cachingNeverRaisesTheCostAndZeroIsNoCaching(@ForAll("tokens") BigDecimal input, @ForAll("tokens") BigDecimal output,
      @ForAll("rates") BigDecimal in, @ForAll("shares") BigDecimal cachedShare, @ForAll("rates") BigDecimal out,
      @ForAll("shares") BigDecimal hit) {
    Rates rates = new Rates(in, in.multiply(cachedShare), null, out);
    assertThat(Cost.of(input, output, rates, BigDecimal.ZERO)).isEqualByComparingTo(Cost.of(input, output, rates));
    assertThat(Cost.of(input, output, rates, hit)).isLessThanOrEqualTo(Cost.of(input, output, rates));
  }

  @Property
  void aTierAppliesOnlyAboveItsThreshold(@ForAll @LongRange(min = 1, max = 10_000_000) long threshold) {
    Rates list = Fixtures.rates("1", "2");
    Rates tier = Fixtures.rates("2", "4");
    PricePeriod period = new PricePeriod(LocalDate.of(2024, 1, 1), list, null, List.of(new Tier(threshold, tier)), SOURCE);
    assertThat(Pricer.quote(period, BigDecimal.valueOf(threshold), Pricing.LIST, Optional.empty()).rates()).isEqualTo(list);
    assertThat(Pricer.quote(period, BigDecimal.valueOf(threshold).add(new BigDecimal("0.01")), Pricing.LIST,
        Optional.empty()).rates()).isEqualTo(tier);
  }

  @Property(tries = 60)
  void lowPointHighAreOrdered(@ForAll("lineSets") List<Line> lines, @ForAll("intervals") BigDecimal interval) {
    Ranges.Result ranged = Ranges.apply(lines, interval, MONTE_CARLO);
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : ranged.lines()) {
      assertThat(line.range().low()).isLessThanOrEqualTo(line.cost());
      assertThat(line.range().high()).isGreaterThanOrEqualTo(line.cost());
      total = total.add(line.cost());
    }
    Range around = ranged.total().around(total);
    assertThat(around.low()).isLessThanOrEqualTo(total);
    assertThat(around.high()).isGreaterThanOrEqualTo(total);
    assertThat(ranged.total().low()).isLessThanOrEqualTo(ranged.total().high());
  }

  @Provide
  Arbitrary<BigDecimal> intervals() {
    return Arbitraries.of(new BigDecimal("0.5"), new BigDecimal("0.8"), new BigDecimal("0.95"));
  }

  @Provide
  Arbitrary<List<Line>> lineSets() {
    Benchmark benchmark = new Benchmark("b", "B", 100, BigDecimal.ONE, SOURCE);
    Arbitrary<Line> line = Combinators.combine(
        Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000")).ofScale(2),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1.5")).ofScale(2),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1.5")).ofScale(2),
        Arbitraries.of(true, false))
        .as((cost, outputShare, shared, own, pinned) -> Fixtures.line(benchmark, 1, BigDecimal.ONE, BigDecimal.ONE,
            Basis.PREDICTED, SOURCE, cost, cost.multiply(outputShare), null,
            new Spread(shared, own, new BigDecimal("0.1"), pinned), null));
    return line.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property
  void percentagesAtTheirBoundaries(@ForAll @LongRange(min = 1, max = 1_000_000) long whole) {
    BigDecimal w = BigDecimal.valueOf(whole);
    assertThat(Percent.of(w, w)).isEqualTo("100.0");
    assertThat(Percent.of(BigDecimal.ZERO, w)).isEqualTo("0.0");
    assertThat(Percent.of(w.negate(), w)).isEqualTo("-100.0");
    assertThat(Percent.of(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("inf");
  }
}
