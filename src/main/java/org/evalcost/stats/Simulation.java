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
    // The draws are a fixed sequence, so the same inputs give the same result: across a wide
    // catalog most models of a class share their spreads and weights (a price common to all
    // lines cancels out of the weights), and --all-models meets each combination once.
    RunKey key = new RunKey(spreads, weights, pinWeights, interval);
    Result known = RESULTS.get(key);
    if (known != null) {
      return known;
    }
    Result result = run(spreads, values(weights), values(pinWeights), interval.doubleValue());
    if (RESULTS.size() < CACHED_RESULTS) {
      RESULTS.putIfAbsent(key, result);
    }
    return result;
  }

  /**
   * What a run's result depends on, as one list of numbers. Its own equals and hashCode: a
   * record's are linked on first use, ~10 ms of a start-up that needs them once.
   */
  private static final class RunKey {
    private final Object[] parts;
    private final int hash;

    RunKey(List<Spread> spreads, List<BigDecimal> weights, List<BigDecimal> pinWeights, BigDecimal interval) {
      int n = spreads.size();
      parts = new Object[6 * n + 1];
      for (int i = 0; i < n; i++) {
        Spread s = spreads.get(i);
        parts[6 * i] = s.shared();
        parts[6 * i + 1] = s.own();
        parts[6 * i + 2] = s.items();
        parts[6 * i + 3] = s.pinned();
        parts[6 * i + 4] = weights.get(i);
        parts[6 * i + 5] = pinWeights.get(i);
      }
      parts[6 * n] = interval;
      hash = java.util.Arrays.hashCode(parts);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RunKey k && k.hash == hash && java.util.Arrays.equals(k.parts, parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** At most this many results are kept (a few hundred bytes each). */
  private static final int CACHED_RESULTS = 4096;
  private static final java.util.Map<RunKey, Result> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

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
    double lowP = (1 - interval) / 2;
    double highP = 1 - lowP;
    double[] normals = normals(n);
    // One array per parameter, and the item spread's correction worked out once: the loop below
    // runs 70,000 times an estimate, mostly under the quick compiler, which keeps every load.
    double[] sharedSigma = new double[n];
    double[] ownSigma = new double[n];
    double[] itemSigma = new double[n];
    double[] itemShift = new double[n];
    boolean[] pinned = new boolean[n];
    // An unpinned line's draws depend only on its spreads and its place, so they are kept and
    // shared: --all-models meets the same prior's lines for model after model. Pinned lines
    // depend on each other, and are drawn every time.
    LineKey[] keys = new LineKey[n];
    Line[] kept = new Line[n];
    double[][] lines = new double[n][];
    for (int i = 0; i < n; i++) {
      Spread spread = spreads.get(i);
      sharedSigma[i] = spread.shared().doubleValue();
      ownSigma[i] = spread.own().doubleValue();
      itemSigma[i] = spread.items().doubleValue();
      itemShift[i] = itemSigma[i] * itemSigma[i] / 2;
      pinned[i] = spread.pinned();
      if (!pinned[i]) {
        keys[i] = new LineKey(n, i, sharedSigma[i], ownSigma[i], itemSigma[i], lowP);
        kept[i] = LINES.get(keys[i]);
      }
      lines[i] = kept[i] != null ? kept[i].draws() : new double[DRAWS];
    }
    double[] totals = new double[DRAWS];
    double[] own = new double[n];
    double[] spread = new double[n];
    int stride = 1 + 2 * n;
    for (int d = 0, base = 0; d < DRAWS; d++, base += stride) {
      double shared = normals[base];
      double pinnedSum = 0;
      double pinnedWeight = 0;
      // One exp per line: the item spread joins the exponent, except on pinned lines, whose
      // calibrated part is rescaled before the item spread is applied.
      for (int i = 0; i < n; i++) {
        if (kept[i] != null) {
          continue;
        }
        double verbosity = sharedSigma[i] * shared + ownSigma[i] * normals[base + 1 + 2 * i];
        double items = itemSigma[i] * normals[base + 2 + 2 * i] - itemShift[i];
        if (pinned[i]) {
          own[i] = StrictMath.exp(verbosity);
          spread[i] = StrictMath.exp(items);
          pinnedSum += pinWeights[i] * own[i];
          pinnedWeight += pinWeights[i];
        } else {
          lines[i][d] = StrictMath.exp(verbosity + items);
        }
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        if (pinned[i]) {
          double m = own[i];
          lines[i][d] = (pinnedSum > 0 ? m * pinnedWeight / pinnedSum : m) * spread[i];
        }
        total += weights[i] * lines[i][d];
      }
      totals[d] = total;
    }
    List<BigDecimal> low = new ArrayList<>();
    List<BigDecimal> high = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Line line = kept[i];
      if (line == null) {
        // A kept line's draws stay in draw order for the totals of later runs: select on a copy.
        double[] q = quantiles(pinned[i] ? lines[i] : lines[i].clone(), lowP, highP);
        line = new Line(lines[i], q[0], q[1]);
        if (!pinned[i] && LINES.size() < CACHED_LINES) {
          LINES.putIfAbsent(keys[i], line);
        }
      }
      low.add(exact(line.low()));
      high.add(exact(line.high()));
    }
    double[] total = quantiles(totals, lowP, highP);
    return new Result(low, high, exact(total[0]), exact(total[1]));
  }

  /** A line's multiplier in each draw, in draw order, and its quantiles. */
  private record Line(double[] draws, double low, double high) {}

  /** At most this many lines' draws are kept (80 KB each): an --all-models run keeps 30. */
  private static final int CACHED_LINES = 256;
  private static final java.util.Map<LineKey, Line> LINES = new java.util.concurrent.ConcurrentHashMap<>();

  /** What an unpinned line's draws depend on. Equality written out: a record's is slow to link. */
  private static final class LineKey {
    private final int lines;
    private final int index;
    private final long shared;
    private final long own;
    private final long items;
    private final long lowP;

    LineKey(int lines, int index, double shared, double own, double items, double lowP) {
      this.lines = lines;
      this.index = index;
      this.shared = Double.doubleToLongBits(shared);
      this.own = Double.doubleToLongBits(own);
      this.items = Double.doubleToLongBits(items);
      this.lowP = Double.doubleToLongBits(lowP);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof LineKey k && lines == k.lines && index == k.index && shared == k.shared
          && own == k.own && items == k.items && lowP == k.lowP;
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(new long[] {lines, index, shared, own, items, lowP});
    }
  }

  /** Arrays at least this long take their first pivots from a sample of every {@link #STRIDE}th value. */
  private static final int SAMPLED = 2048;
  private static final int STRIDE = 16;

  private static final java.util.Map<Integer, double[]> NORMALS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The draws for an estimate of {@code lines} lines, in the order they are used: made once and
   * shared, since every estimate of that many lines uses the same seeded sequence. Any number of
   * lines reads a prefix of one sequence, so the part {@link #drawAhead} drew serves them all.
   */
  static double[] normals(int lines) {
    return NORMALS.computeIfAbsent(lines, n -> {
      int size = DRAWS * (1 + 2 * n);
      Ahead task = ahead;
      double[] drawn = task == null ? null : task.result();
      if (drawn != null && drawn.length >= size) {
        return drawn.length == size ? drawn : java.util.Arrays.copyOf(drawn, size);
      }
      return sequence(size);
    });
  }

  /** The first {@code size} normals of the seeded sequence. */
  static double[] sequence(int size) {
    double[] out = new double[size];
    Draws draws = new Draws(SEED);
    for (int i = 0; i < out.length; i++) {
      out[i] = draws.gaussian();
    }
    return out;
  }

  private static volatile Ahead ahead;

  /**
   * Starts drawing, on a thread of its own, the normals of an estimate of {@code lines} lines,
   * so that a command can have them drawn while it reads the catalog. Any estimate then reads
   * them, or draws them itself if it needs more.
   */
  public static void drawAhead(int lines) {
    Ahead task = new Ahead(DRAWS * (1 + 2 * lines));
    ahead = task;
    task.setDaemon(true);
    task.start();
  }

  /** The thread of {@link #drawAhead}. */
  private static final class Ahead extends Thread {
    private final int size;
    private double[] drawn;

    Ahead(int size) {
      super("evalcost-draws");
      this.size = size;
    }

    @Override
    public void run() {
      double[] out = sequence(size);
      synchronized (this) {
        drawn = out;
      }
    }

    /** The normals, once drawn (waiting for them if need be). */
    double[] result() {
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      synchronized (this) {
        return drawn;
      }
    }
  }

  /** The empirical quantile at {@code p}, as {@link #quantiles} gives it; reorders {@code values}. */
  static double quantile(double[] values, double p) {
    return quantiles(values, p, p)[0];
  }

  /**
   * The empirical quantiles at {@code lowP <= highP}, each by linear interpolation between the two
   * order statistics around it. Found by selection, not sorting (a run of --all-models asks for
   * hundreds of them): the high one is selected among the values above the low one only.
   * Reorders {@code values}.
   */
  static double[] quantiles(double[] values, double lowP, double highP) {
    int n = values.length;
    double lowPosition = lowP * (n - 1);
    double highPosition = highP * (n - 1);
    int lowK = (int) Math.floor(lowPosition);
    int highK = (int) Math.floor(highPosition);
    // On long arrays the first partitions are around the same quantiles of every 16th value, which
    // lie close to the ones wanted: the selection then scans most values once instead of twice.
    double lowGuess = 0;
    double highGuess = 0;
    boolean guessed = n >= SAMPLED;
    if (guessed) {
      double[] sample = new double[n / STRIDE];
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[i * STRIDE];
      }
      lowGuess = select(sample, (int) (lowP * (sample.length - 1)), 0, sample.length - 1, false, 0);
      highGuess = select(sample, (int) (highP * (sample.length - 1)), 0, sample.length - 1, false, 0);
    }
    double low = select(values, lowK, 0, n - 1, guessed, lowGuess);
    if (highK <= lowK || lowK + 1 >= n) { // both between the same two order statistics
      double upper = lowK + 1 < n ? min(values, lowK + 1, n) : low;
      return new double[] {low + (lowPosition - lowK) * (upper - low), low + (highPosition - lowK) * (upper - low)};
    }
    // A guess above low is a value past lowK, as select needs its first pivot to be in the range.
    double high = select(values, highK, lowK + 1, n - 1, guessed && highGuess > low, highGuess);
    // Every value past highK is at least values[highK], so the next one above low is among these:
    double lowUpper = min(values, lowK + 1, highK + 1);
    double highUpper = highK + 1 < n ? min(values, highK + 1, n) : high;
    return new double[] {low + (lowPosition - lowK) * (lowUpper - low),
        high + (highPosition - highK) * (highUpper - high)};
  }

  /** The smallest of {@code a[from..to)}: a plain comparison, as Math.min's care for -0.0 and NaN is slow here. */
  private static double min(double[] a, int from, int to) {
    double min = a[from];
    for (int i = from + 1; i < to; i++) {
      if (a[i] < min) {
        min = a[i];
      }
    }
    return min;
  }

  /**
   * The k-th smallest value (0-based) within {@code a[left..right]}, which must hold it, leaving
   * smaller ones before it and larger after (Hoare); partitioned first around {@code firstPivot} when {@code given}, which must then be
   * the value of an element of that range, and after around the median of three.
   */
  static double select(double[] a, int k, int left, int right, boolean given, double firstPivot) {
    boolean first = given;
    while (left < right) {
      int mid = (left + right) >>> 1;
      double pivot = first ? firstPivot : median(a[left], a[mid], a[right]);
      first = false;
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
