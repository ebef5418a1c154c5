package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quantiles of multipliers on each part of an estimate and on their weighted total, by a seeded
 * Monte Carlo: parts of one model share its verbosity, so a total's range is not the sum of the
 * parts' ranges. Everything is dimensionless: callers multiply money by the results.
 *
 * <p>An instance keeps what it has worked out, since the draws are one fixed sequence and the same
 * inputs give the same result: across a wide catalog most models of a class share their spreads
 * and weights (a price common to all parts cancels out of the weights), and --all-models meets
 * each combination once. Thread-safe: --all-models runs one estimate per core.
 */
public final class MonteCarlo {
  public static final int DRAWS = 10_000;
  public static final long SEED = 20_250_410L;
  /** At most this many results are kept (a few hundred bytes each). */
  private static final int KEPT_RESULTS = 4096;
  /** At most this many parts' draws are kept (80 KB each): an --all-models run keeps about 30. */
  private static final int KEPT_PARTS = 256;

  /**
   * Quantiles (low, high) of each part's multiplier and of the weighted total's, to 6 decimals; for
   * a part run with a partner, of the two parts' mix by their weights (one line's output and input).
   */
  public record Result(List<BigDecimal> lineLow, List<BigDecimal> lineHigh, BigDecimal totalLow,
      BigDecimal totalHigh) {}

  private final Normals normals;
  private final Map<RunKey, Result> results = new ConcurrentHashMap<>();
  private final Map<PartKey, Part> parts = new ConcurrentHashMap<>();
  /**
   * Each thread's arrays to work in: two of draws (the total's, and a copy to select a kept part's
   * quantiles on) and the quantiles' own. A run's results are worked out in them and keep none,
   * and --all-models makes thousands of runs, which would otherwise allocate 180 KB each.
   */
  private final ThreadLocal<Work> scratch = new ThreadLocal<>();

  /** One thread's arrays (see {@link #scratch}). */
  private static final class Work {
    final double[] totals;
    final double[] copy;
    final QuantileScratch quantiles = new QuantileScratch();

    Work(int draws) {
      totals = new double[draws];
      copy = new double[draws];
    }
  }

  /** A Monte Carlo reading its draws from {@code normals}, which may be drawing ahead on the caller's thread. */
  public MonteCarlo(Normals normals) {
    this.normals = normals;
  }

  /** A Monte Carlo of {@link #DRAWS} draws from {@link #SEED}, none drawn ahead. */
  public static MonteCarlo seeded() {
    return new MonteCarlo(new Normals(SEED, DRAWS));
  }

  /**
   * @param spreads one per part
   * @param weights each part's share of the total (summing to 1); the total's multiplier is the
   *     weighted sum of the parts'
   * @param pinWeights each part's share of the calibrated output (for pinned parts)
   * @param partners for each part, the part whose draws join its own in its quantiles (weighted by
   *     the two weights: a line's output and its uncertain input), or -1; null for none
   * @param interval the central probability of the range, e.g. 0.8 for the 10th to 90th percentile
   */
  public Result run(List<Spread> spreads, List<BigDecimal> weights, List<BigDecimal> pinWeights, int[] partners,
      BigDecimal interval) {
    if (interval.signum() <= 0 || interval.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("an interval strictly between 0 and 1");
    }
    checkPairs(partners, spreads.size());
    RunKey key = new RunKey(spreads, weights, pinWeights, partners, interval);
    Result known = results.get(key);
    if (known != null) {
      return known;
    }
    Result result = compute(spreads, values(weights), values(pinWeights), partners, interval.doubleValue());
    if (results.size() < KEPT_RESULTS) {
      results.putIfAbsent(key, result);
    }
    return result;
  }

  /** Each part in one pair at most, with another part: a partner has none of its own. */
  private static void checkPairs(int[] partners, int n) {
    if (partners == null) {
      return;
    }
    if (partners.length != n) {
      throw new IllegalArgumentException("a partner (or -1) for each of the " + n + " parts");
    }
    for (int i = 0; i < n; i++) {
      int j = partners[i];
      if (j != -1 && (j < 0 || j >= n || j == i || partners[j] != -1)) {
        throw new IllegalArgumentException("part " + i + "'s partner " + j + " is not another part outside a pair");
      }
    }
  }

  private Result compute(List<Spread> spreads, double[] weights, double[] pinWeights, int[] partners,
      double interval) {
    int n = spreads.size();
    double lowP = (1 - interval) / 2;
    double highP = 1 - lowP;
    Part[] drawn = new Part[n];
    for (int i = 0; i < n; i++) {
      drawn[i] = part(n, i, spreads.get(i), lowP);
    }
    Work work = scratch.get();
    if (work == null) {
      work = new Work(normals.draws());
      scratch.set(work);
    }
    double[] totals = draw(drawn, weights, pinWeights, normals.forParts(n), work.totals);
    double[] copy = work.copy;
    // A line's output and input together: the quantiles of their mix, not the sum of theirs;
    // worked out first, while every part's draws are still in draw order.
    BigDecimal[][] paired = new BigDecimal[n][];
    for (int i = 0; partners != null && i < n; i++) {
      int j = partners[i];
      double sum = j < 0 ? 0 : weights[i] + weights[j];
      if (sum > 0) {
        double[] a = drawn[i].draws;
        double[] b = drawn[j].draws;
        for (int d = 0; d < a.length; d++) {
          copy[d] = (weights[i] * a[d] + weights[j] * b[d]) / sum;
        }
        double[] q = Quantiles.quantiles(copy, lowP, highP, work.quantiles);
        paired[i] = new BigDecimal[] {sixPlaces(q[0]), sixPlaces(q[1])};
      }
    }
    List<BigDecimal> low = new ArrayList<>(n);
    List<BigDecimal> high = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Part part = drawn[i];
      if (part.fresh) {
        double[] values = part.draws;
        if (!part.pinned) { // kept: its draws stay in draw order for the totals of later runs, so select on a copy
          System.arraycopy(values, 0, copy, 0, values.length);
          values = copy;
        }
        double[] q = Quantiles.quantiles(values, lowP, highP, work.quantiles);
        part.low = sixPlaces(q[0]);
        part.high = sixPlaces(q[1]);
        if (!part.pinned && parts.size() < KEPT_PARTS) {
          part.fresh = false;
          parts.putIfAbsent(part.key, part);
        }
      }
      low.add(paired[i] == null ? part.low : paired[i][0]);
      high.add(paired[i] == null ? part.high : paired[i][1]);
    }
    double[] total = Quantiles.quantiles(totals, lowP, highP, work.quantiles);
    return new Result(low, high, sixPlaces(total[0]), sixPlaces(total[1]));
  }

  /**
   * Part {@code index} of {@code count}: kept from an earlier run when unpinned (its draws depend
   * only on its spreads and its place), else to be drawn. Pinned parts depend on each other, and
   * are drawn every time.
   */
  private Part part(int count, int index, Spread spread, double lowP) {
    Part part = new Part(count, index, spread, lowP);
    Part kept = part.pinned ? null : parts.get(part.key);
    if (kept != null) {
      return kept;
    }
    part.draws = new double[normals.draws()];
    return part;
  }

  /**
   * Fills each fresh part's multiplier in every draw and returns the total's. Draw {@code d} reads
   * {@code 1 + 2n} normals: the shared verbosity, then each part's own verbosity and item spread.
   * An unpinned part's item spread joins its exponent. A pinned part's verbosity is first rescaled
   * so that the pinned parts keep their calibrated sum, then its item spread applied. Part by part,
   * each loop over the draws: the quick compiler, which runs these loops, keeps them simple.
   * Sums the total's into {@code totals}, and returns it.
   */
  private static double[] draw(Part[] drawn, double[] weights, double[] pinWeights, double[] z, double[] totals) {
    int draws = totals.length;
    Arrays.fill(totals, 0);
    int stride = 1 + 2 * drawn.length;
    double[] pinnedSum = null;
    double pinnedWeight = 0;
    double[][] pinnedItems = new double[drawn.length][];
    for (int i = 0; i < drawn.length; i++) {
      Part p = drawn[i];
      if (!p.fresh) {
        continue;
      }
      double[] out = p.draws;
      double[] items = p.pinned ? new double[draws] : null;
      int own = 1 + 2 * i;
      for (int d = 0, base = 0; d < draws; d++, base += stride) {
        double verbosity = p.sharedSigma * z[base] + p.ownSigma * z[base + own];
        double spread = p.itemSigma * z[base + own + 1] - p.itemShift;
        if (items == null) {
          out[d] = StrictMath.exp(verbosity + spread);
        } else {
          out[d] = StrictMath.exp(verbosity);
          items[d] = StrictMath.exp(spread);
        }
      }
      if (items != null) {
        pinnedItems[i] = items;
        pinnedWeight += pinWeights[i];
        if (pinnedSum == null) {
          pinnedSum = new double[draws];
        }
        double w = pinWeights[i];
        for (int d = 0; d < draws; d++) {
          pinnedSum[d] += w * out[d];
        }
      }
    }
    for (int i = 0; i < drawn.length; i++) {
      double[] out = drawn[i].draws;
      double[] items = pinnedItems[i];
      if (items != null) {
        for (int d = 0; d < draws; d++) {
          double m = out[d];
          out[d] = (pinnedSum[d] > 0 ? m * pinnedWeight / pinnedSum[d] : m) * items[d];
        }
      }
      double w = weights[i];
      for (int d = 0; d < draws; d++) {
        totals[d] += w * out[d];
      }
    }
    return totals;
  }

  /**
   * A multiplier as a decimal of 6 places: finer digits are the draws' noise (a quantile of 10,000
   * draws moves in the second), and a fixed scale keeps the money worked out from it stable.
   */
  private static BigDecimal sixPlaces(double multiplier) {
    return new BigDecimal(multiplier).setScale(6, RoundingMode.HALF_EVEN);
  }

  private static double[] values(List<BigDecimal> numbers) {
    double[] out = new double[numbers.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = numbers.get(i).doubleValue();
    }
    return out;
  }

  /**
   * One part's spreads, worked out once for the draw loop (the item spread's mean correction
   * included), and its multiplier in each draw, in draw order, with its quantiles once known.
   * A kept part is never written again.
   */
  private static final class Part {
    final PartKey key;
    final double sharedSigma;
    final double ownSigma;
    final double itemSigma;
    final double itemShift;
    final boolean pinned;
    double[] draws;
    /** Still to be drawn in this run (false once kept). */
    boolean fresh = true;
    /** Its quantiles, to 6 places once known: a kept part's serve every later run as they are. */
    BigDecimal low;
    BigDecimal high;

    Part(int count, int index, Spread spread, double lowP) {
      sharedSigma = spread.shared().doubleValue();
      ownSigma = spread.own().doubleValue();
      itemSigma = spread.items().doubleValue();
      itemShift = itemSigma * itemSigma / 2;
      pinned = spread.pinned();
      key = pinned ? null : new PartKey(count, index, sharedSigma, ownSigma, itemSigma, lowP);
    }
  }
}
