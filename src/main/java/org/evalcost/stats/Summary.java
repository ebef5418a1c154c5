package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Summaries of measured figures, exact where they can be: the median, and the spread of the logarithms. */
public final class Summary {
  private Summary() {}

  /** The sample sd of the logarithms, to 3 places. */
  public static BigDecimal logSd(List<BigDecimal> values) {
    return BigDecimal.valueOf(sampleSd(logs(values))).setScale(3, RoundingMode.HALF_UP);
  }

  private static double[] logs(List<BigDecimal> values) {
    double[] logs = new double[values.size()];
    for (int i = 0; i < logs.length; i++) {
      logs[i] = Math.log(values.get(i).doubleValue());
    }
    return logs;
  }

  /** The median, the mean of the middle two for an even count; at least one value. */
  public static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(BigDecimal::compareTo);
    int n = sorted.size();
    if (n == 0) {
      throw new IllegalStateException("no measurements");
    }
    return n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2)); // exact: half of a decimal ends
  }

  /** The median of doubles: the middle value, or halfway between the middle two. */
  static double doubleMedian(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The standard error of a sample's median over its sd / sqrt(n), for normal data: sqrt(pi / 2). */
  private static final double MEDIAN_ERROR = 1.2533;

  /**
   * Whether a sample's {@code median} differs from {@code reference} by more than chance would: by
   * over twice the standard error of a median of ln(value), 1.2533 sd / sqrt(n).
   */
  public static boolean medianDiffers(List<BigDecimal> values, BigDecimal median, BigDecimal reference) {
    double sd = sampleSd(logs(values));
    int n = values.size();
    double shift = Math.abs(Math.log(median.doubleValue() / reference.doubleValue()));
    return shift > 2 * MEDIAN_ERROR * sd / Math.sqrt(n);
  }

  /** The sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
  public static double sampleSd(double[] x) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double sum = 0;
    double squares = 0;
    for (double v : x) {
      sum += v;
      squares += v * v;
    }
    return Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1)));
  }
}
