package org.evalcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps dollar amounts to pixels along one axis: linear from $0, or logarithmic when the values
 * spread too widely for a $100 bar to be legible beside a $3,000 one. Pixels carry two decimals.
 * A logarithm needs a double, so the log scale takes one for the position only; every amount
 * written as text comes from the BigDecimal.
 */
final class Scale {
  /** A log scale is chosen when the largest value is at least this many times the smallest. */
  static final BigDecimal LOG_SPREAD = BigDecimal.TEN;

  private final boolean log;
  private final BigDecimal min;
  private final BigDecimal max;
  private final BigDecimal start;
  private final BigDecimal length;
  private final BigDecimal spread;
  private final BigDecimal step;

  private Scale(boolean log, BigDecimal min, BigDecimal max, BigDecimal start, BigDecimal length, BigDecimal spread,
      BigDecimal step) {
    this.log = log;
    this.min = min;
    this.max = max;
    this.start = start;
    this.length = length;
    this.spread = spread;
    this.step = step;
  }

  /**
   * Linear or log, as the points call for: log when the largest point is {@link #LOG_SPREAD} times
   * the smallest positive one. {@code extent} (range ends) widens the axis but does not pick it.
   */
  static Scale choose(List<BigDecimal> points, List<BigDecimal> extent, int start, int length) {
    List<BigDecimal> positive = points.stream().filter(p -> p.signum() > 0).toList();
    BigDecimal largest = max(points, extent);
    if (positive.size() < 2) {
      return linear(largest, start, length);
    }
    BigDecimal smallest = positive.stream().reduce(BigDecimal::min).orElseThrow();
    BigDecimal spread = positive.stream().reduce(BigDecimal::max).orElseThrow().divide(smallest, MathContext.DECIMAL64);
    if (spread.compareTo(LOG_SPREAD) < 0) {
      return linear(largest, start, length);
    }
    BigDecimal lowest = extent.stream().filter(p -> p.signum() > 0).reduce(smallest, BigDecimal::min);
    return logarithmic(lowest, largest, start, length, spread);
  }

  /** From $0 to a round figure at or above {@code largest}, in steps of 1, 2 or 5 times a power of ten. */
  static Scale linear(BigDecimal largest, int start, int length) {
    BigDecimal step = AxisNumbers.step(largest.signum() > 0 ? largest : BigDecimal.ONE);
    BigDecimal top = largest.divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ONE).multiply(step);
    return new Scale(false, BigDecimal.ZERO, top, BigDecimal.valueOf(start), BigDecimal.valueOf(length), null, step);
  }

  /** From the power of ten at or below {@code lowest} to the one at or above {@code largest}. */
  static Scale logarithmic(BigDecimal lowest, BigDecimal largest, int start, int length, BigDecimal spread) {
    int low = AxisNumbers.floorLog10(lowest);
    int high = Math.max(AxisNumbers.ceilLog10(largest), low + 1);
    return new Scale(true, BigDecimal.ONE.scaleByPowerOfTen(low), BigDecimal.ONE.scaleByPowerOfTen(high),
        BigDecimal.valueOf(start), BigDecimal.valueOf(length), spread, null);
  }

  static Scale logarithmic(BigDecimal lowest, BigDecimal largest, int start, int length) {
    return logarithmic(lowest, largest, start, length, null);
  }

  boolean log() {
    return log;
  }

  /** The pixel of {@code value}, clamped to the axis. */
  BigDecimal at(BigDecimal value) {
    BigDecimal share;
    if (log) {
      if (value.compareTo(min) <= 0) {
        return start.setScale(2, RoundingMode.HALF_UP);
      }
      double lo = Math.log10(min.doubleValue());
      share = BigDecimal.valueOf((Math.log10(value.doubleValue()) - lo) / (Math.log10(max.doubleValue()) - lo));
    } else {
      share = value.max(BigDecimal.ZERO).divide(max, MathContext.DECIMAL64);
    }
    share = share.min(BigDecimal.ONE);
    return start.add(length.multiply(share)).setScale(2, RoundingMode.HALF_UP);
  }

  BigDecimal start() {
    return start.setScale(2, RoundingMode.HALF_UP);
  }

  BigDecimal end() {
    return start.add(length).setScale(2, RoundingMode.HALF_UP);
  }

  /** Round values along the axis: every step of a linear one; powers of ten, and 2 and 5 times them over few decades. */
  List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    if (!log) {
      for (BigDecimal t = BigDecimal.ZERO; t.compareTo(max) <= 0; t = t.add(step)) {
        ticks.add(t);
      }
      return ticks;
    }
    int low = AxisNumbers.floorLog10(min);
    int high = AxisNumbers.floorLog10(max);
    boolean fine = high - low <= 2;
    for (int k = low; k <= high; k++) {
      BigDecimal decade = BigDecimal.ONE.scaleByPowerOfTen(k);
      ticks.add(decade);
      if (fine && k < high) {
        ticks.add(decade.multiply(BigDecimal.valueOf(2)));
        ticks.add(decade.multiply(BigDecimal.valueOf(5)));
      }
    }
    return ticks;
  }

  /** Says which scale this is and why, for the chart's caption. */
  String describe(String what) {
    if (!log) {
      return "Linear scale from $0.";
    }
    String why = spread == null ? ""
        : ": the largest " + what + " is " + spread.setScale(1, RoundingMode.HALF_UP).toPlainString()
            + "\u00d7 the smallest, too wide a spread for a linear axis";
    return "Logarithmic scale" + why + ".";
  }

  private static BigDecimal max(List<BigDecimal> a, List<BigDecimal> b) {
    BigDecimal m = BigDecimal.ZERO;
    for (BigDecimal v : a) {
      m = m.max(v);
    }
    for (BigDecimal v : b) {
      m = m.max(v);
    }
    return m;
  }
}
