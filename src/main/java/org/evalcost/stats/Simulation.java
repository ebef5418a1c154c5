package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantiles of multipliers on the output part of each line and of a weighted total, by a seeded
 * Monte Carlo: lines of one model share its verbosity, so a total's range is not the sum of the
 * lines' ranges. Everything is dimensionless: callers multiply money by the results.
 */
public final class Simulation {
  public static final int DRAWS = 20_000;
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
    Draws draws = new Draws(SEED);
    double[] own = new double[n];
    for (int d = 0; d < DRAWS; d++) {
      double shared = draws.gaussian();
      double pinnedSum = 0;
      double pinnedWeight = 0;
      for (int i = 0; i < n; i++) {
        Spread s = spreads.get(i);
        own[i] = StrictMath.exp(sigma[i][0] * shared + sigma[i][1] * draws.gaussian());
        if (s.pinned()) {
          pinnedSum += pinWeights[i] * own[i];
          pinnedWeight += pinWeights[i];
        }
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        Spread s = spreads.get(i);
        double m = own[i];
        if (s.pinned() && pinnedSum > 0) {
          m = m * pinnedWeight / pinnedSum;
        }
        m *= StrictMath.exp(sigma[i][2] * draws.gaussian() - sigma[i][2] * sigma[i][2] / 2);
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
      Arrays.sort(lines[i]);
      low.add(exact(quantile(lines[i], lowP)));
      high.add(exact(quantile(lines[i], highP)));
    }
    Arrays.sort(totals);
    return new Result(low, high, exact(quantile(totals, lowP)), exact(quantile(totals, highP)));
  }

  /** The empirical quantile of sorted values, by linear interpolation between order statistics. */
  static double quantile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
