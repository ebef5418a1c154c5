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
    double mean = 0;
    for (BigDecimal v : values) {
      mean += Math.log(v.doubleValue());
    }
    mean /= values.size();
    double var = 0;
    for (BigDecimal v : values) {
      double d = Math.log(v.doubleValue()) - mean;
      var += d * d;
    }
    return BigDecimal.valueOf(Math.sqrt(var / (values.size() - 1))).setScale(3, RoundingMode.HALF_UP);
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
}
