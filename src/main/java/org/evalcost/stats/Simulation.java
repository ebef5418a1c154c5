package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Quantiles of multipliers on the output part of each line and of a weighted total, by a seeded
 * Monte Carlo: lines of one model share its verbosity, so a total's range is not the sum of the
 * lines' ranges. Everything is dimensionless: callers multiply money by the results.
 */
public final class Simulation {
  public static final int DRAWS = 10_000;
  public static final long SEED = 20_250_410L;

  /** Quantiles (low, high) of each line's multiplier and of the weighted total's, to 6 decimals. */
  public record Result(List<BigDecimal> lineLow, List<BigDecimal> lineHigh, BigDecimal totalLow,
      BigDecimal totalHigh) {}

  private Simulation() {}

  /**
   * @param spreads one per line
   * @param weights each line's share of the total output cost (summing to 1); the total's
   *     multiplier is the weighted sum of the lines'
   * @param pinWeights each line's share of the calibrated output (for pinned lines)
   * @param interval the central probability of the range, e.g. 0.8 for the 10th to 90th percentile
   */
  public static Result run(List<Spread> spreads, List<BigDecimal> weights, List<BigDecimal> pinWeights,
      BigDecimal interval) {
    if (interval.signum() <= 0 || interval.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("an interval strictly between 0 and 1");
    }
    return run(spreads, values(weights), values(pinWeights), interval.doubleValue());
  }

  private static double[] values(List<BigDecimal> numbers) {
    double[] out = new double[numbers.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = numbers.get(i).doubleValue();
    }
    return out;
  }

  private static BigDecimal exact(double value) {
    return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN);
  }

  private static Result run(List<Spread> spreads, double[] weights, double[] pinWeights, double interval) {
    int n = spreads.size();
    double[][] sigma = new double[n][3];
    for (int i = 0; i < n; i++) {
      sigma[i][0] = spreads.get(i).shared().doubleValue();
      sigma[i][1] = spreads.get(i).own().doubleValue();
      sigma[i][2] = spreads.get(i).items().doubleValue();
    }
    double[][] lines = new double[n][DRAWS];
    double[] totals = new double[DRAWS];
    double[] normals = normals(n);
    int next = 0;
    double[] own = new double[n];
    double[] spread = new double[n];
    boolean[] pinned = new boolean[n];
    for (int i = 0; i < n; i++) {
      pinned[i] = spreads.get(i).pinned();
    }
    for (int d = 0; d < DRAWS; d++) {
      double shared = normals[next++];
      double pinnedSum = 0;
      double pinnedWeight = 0;
      // One exp per line: the item spread joins the exponent, except on pinned lines, whose
      // calibrated part is rescaled before the item spread is applied.
      for (int i = 0; i < n; i++) {
        double verbosity = sigma[i][0] * shared + sigma[i][1] * normals[next++];
        double items = sigma[i][2] * normals[next++] - sigma[i][2] * sigma[i][2] / 2;
        if (pinned[i]) {
          own[i] = StrictMath.exp(verbosity);
          spread[i] = StrictMath.exp(items);
          pinnedSum += pinWeights[i] * own[i];
          pinnedWeight += pinWeights[i];
        } else {
          own[i] = StrictMath.exp(verbosity + items);
        }
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        double m = own[i];
        if (pinned[i]) {
          m = (pinnedSum > 0 ? m * pinnedWeight / pinnedSum : m) * spread[i];
        }
        lines[i][d] = m;
        total += weights[i] * m;
      }
      totals[d] = total;
    }
    double lowP = (1 - interval) / 2;
    double highP = 1 - lowP;
    List<BigDecimal> low = new ArrayList<>();
    List<BigDecimal> high = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      low.add(exact(quantile(lines[i], lowP)));
      high.add(exact(quantile(lines[i], highP)));
    }
    return new Result(low, high, exact(quantile(totals, lowP)), exact(quantile(totals, highP)));
  }

  private static final java.util.Map<Integer, double[]> NORMALS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The draws for an estimate of {@code lines} lines, in the order they are used: made once and
   * shared, since every estimate of that many lines uses the same seeded sequence.
   */
  private static double[] normals(int lines) {
    return NORMALS.computeIfAbsent(lines, n -> {
      double[] out = new double[DRAWS * (1 + 2 * n)];
      Draws draws = new Draws(SEED);
      for (int i = 0; i < out.length; i++) {
        out[i] = draws.gaussian();
      }
      return out;
    });
  }

  /**
   * The empirical quantile, by linear interpolation between the two order statistics around it.
   * Found by selection, not sorting (a run of --all-models asks for hundreds of them); reorders
   * {@code values}.
   */
  static double quantile(double[] values, double p) {
    double position = p * (values.length - 1);
    int below = (int) Math.floor(position);
    double lower = select(values, below);
    if (below + 1 >= values.length) {
      return lower;
    }
    double upper = Double.POSITIVE_INFINITY;
    for (int i = below + 1; i < values.length; i++) {
      upper = Math.min(upper, values[i]);
    }
    return lower + (position - below) * (upper - lower);
  }

  /** The k-th smallest value (0-based), leaving smaller ones before it and larger after (Hoare). */
  static double select(double[] a, int k) {
    int left = 0;
    int right = a.length - 1;
    while (left < right) {
      int mid = (left + right) >>> 1;
      double pivot = median(a[left], a[mid], a[right]);
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = a[i];
          a[i] = a[j];
          a[j] = swap;
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
