package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * What to run of a suite: items and repeats per benchmark, what that costs, and the 95% confidence
 * half-width of each benchmark's accuracy it buys (binomial, at the assumed accuracy).
 */
public record Plan(Estimate estimate, BigDecimal budget, BigDecimal target, String rule, BigDecimal accuracy,
    List<Line> lines) {
  /** z for a two-sided 95% interval. */
  public static final BigDecimal Z95 = new BigDecimal("1.959964");

  public Plan {
    lines = List.copyOf(lines);
  }

  /** One benchmark of a plan; {@code halfWidth} is null when no item is run. */
  public record Line(Benchmark benchmark, long items, int repeats, BigDecimal cost, BigDecimal halfWidth,
      boolean capped) {}

  public BigDecimal cost() {
    return lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The half-width of the suite's mean accuracy (the benchmarks weighted equally), or null if one is not run. */
  public BigDecimal suiteHalfWidth() {
    if (lines.stream().anyMatch(l -> l.items() == 0)) {
      return null;
    }
    BigDecimal variance = BigDecimal.ZERO;
    for (Line line : lines) {
      variance = variance.add(Plan.variance(accuracy).divide(BigDecimal.valueOf(line.items()), MathContext.DECIMAL64));
    }
    BigDecimal k = BigDecimal.valueOf(lines.size());
    return round(Z95.multiply(variance.sqrt(MathContext.DECIMAL64)).divide(k, MathContext.DECIMAL64));
  }

  static BigDecimal variance(BigDecimal p) {
    return p.multiply(BigDecimal.ONE.subtract(p));
  }

  /** z * sqrt(p(1-p)/n), to four decimals. */
  static BigDecimal halfWidth(BigDecimal p, long n) {
    if (n == 0) {
      return null;
    }
    return round(Z95.multiply(variance(p).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64)));
  }

  private static BigDecimal round(BigDecimal x) {
    return x.setScale(4, RoundingMode.HALF_UP);
  }
}
