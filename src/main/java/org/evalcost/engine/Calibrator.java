package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits a model's calibration factor to a published suite cost: measured lines and input as they
 * are, the prior's output scaled so that the lines, rounded as shown, add up to the published amount.
 */
final class Calibrator {
  private final Catalog catalog;
  private final Estimator estimator;

  Calibrator(Catalog catalog, Estimator estimator) {
    this.catalog = catalog;
    this.estimator = estimator;
  }

  /**
   * The total shown is the sum of the lines rounded to the cent (Totals), so the factor that
   * reproduces a published cost is one whose rounded lines add up to it. The exact solution's may
   * miss by a cent or two; the shown total is a step function of the factor, and a factor within a
   * few cents' worth of the exact one where it steps onto the published cost is found by halving
   * the interval. Where no factor shows it exactly (two lines step at once), the exact one stays.
   */
  private static BigDecimal shownExactly(BigDecimal exact, List<BigDecimal[]> parts, BigDecimal scalable,
      BigDecimal published) {
    int side = shown(exact, parts).compareTo(published);
    if (side == 0) {
      return exact;
    }
    // Five cents' worth of factor towards the published cost is past any step the rounding of a few lines makes.
    BigDecimal reach = BigDecimal.valueOf(5, 2).divide(scalable, MathContext.DECIMAL64);
    BigDecimal from = exact;
    BigDecimal to = side < 0 ? exact.add(reach) : exact.subtract(reach);
    for (int i = 0; i < 60; i++) {
      BigDecimal mid = from.add(to).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
      int c = shown(mid, parts).compareTo(published);
      if (c == 0) {
        return mid;
      }
      if (c == side) {
        from = mid;
      } else {
        to = mid;
      }
    }
    return exact;
  }

  private static BigDecimal shown(BigDecimal factor, List<BigDecimal[]> parts) {
    BigDecimal shown = BigDecimal.ZERO;
    for (BigDecimal[] part : parts) {
      shown = shown.add(Rounding.cents(part[0].add(part[1].multiply(factor, MathContext.DECIMAL64))));
    }
    return shown;
  }

  /**
   * Fits factor k so that measured lines plus input at the benchmarks' prompt sizes plus k times
   * the prior's output tokens cost exactly the published amount, at list prices of its date.
   */
  Calibration calibrate(ModelRef ref, PublishedCost published) {
    Suite suite = catalog.suite(published.suite()).orElseThrow();
    Optional<PricePeriod> price = ref.model().priceOn(published.pricesAsOf());
    if (price.isEmpty()) {
      return new Calibration(published, null, "no price in force on " + published.pricesAsOf());
    }
    BigDecimal fixed = BigDecimal.ZERO;
    BigDecimal scalable = BigDecimal.ZERO;
    List<BigDecimal[]> parts = new ArrayList<>(); // per line: its fixed cost, its cost per unit of the factor
    for (Suite.Entry entry : suite.entries()) {
      Benchmark benchmark = estimator.benchmark(entry.benchmark());
      Estimator.Usage usage = estimator.usage(ref, benchmark, entry.repeats(), Optional.empty(), false);
      Line line = LinePrices.price(catalog, estimator.words(), ref, benchmark, entry.repeats(), usage, price, Pricing.LIST);
      Rates rates = Pricer.quote(price.get(), usage.input(), Pricing.LIST, Optional.empty()).rates();
      if (line.basis() == Basis.MEASURED) {
        fixed = fixed.add(line.cost());
        parts.add(new BigDecimal[] {line.cost(), BigDecimal.ZERO});
      } else {
        BigDecimal in = Cost.of(line.inputTokens(), BigDecimal.ZERO, rates);
        BigDecimal out = Cost.of(BigDecimal.ZERO, line.outputTokens(), rates);
        fixed = fixed.add(in);
        scalable = scalable.add(out);
        parts.add(new BigDecimal[] {in, out});
      }
    }
    if (scalable.signum() == 0) {
      return new Calibration(published, null, "every benchmark of " + suite.id() + " is measured");
    }
    BigDecimal factor = published.costUsd().subtract(fixed).divide(scalable, MathContext.DECIMAL64);
    if (factor.signum() > 0) {
      factor = shownExactly(factor, parts, scalable, published.costUsd());
    }
    if (factor.signum() <= 0) {
      return new Calibration(
          published,
          null,
          "the published $" + published.costUsd().toPlainString()
              + " is less than the measured and input cost alone ($" + Rounding.cents(fixed) + ")");
    }
    return new Calibration(published, factor, null);
  }
}
