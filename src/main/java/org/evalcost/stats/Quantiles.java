package org.evalcost.stats;

/**
 * Empirical quantiles of an array of draws, by selection rather than sorting: a run of
 * --all-models asks for hundreds of them, each over 10,000 draws.
 */
public final class Quantiles {
  /** Arrays at least this long take their first pivots from a sample of every {@link #STRIDE}th value. */
  private static final int SAMPLED = 2048;
  private static final int STRIDE = 16;

  private Quantiles() {}

  /**
   * The empirical quantiles at {@code lowP <= highP}, each by linear interpolation between the two
   * order statistics around it. Found by selection, not sorting (a run of --all-models asks for
   * hundreds of them): on a long array from one read inside brackets the sample gives, else the
   * high one selected among the values above the low one only. May reorder {@code values}; works in
   * {@code scratch}'s arrays (one thread's).
   */
  public static double[] quantiles(double[] values, double lowP, double highP, QuantileScratch scratch) {
    int n = values.length;
    double lowPosition = lowP * (n - 1);
    double highPosition = highP * (n - 1);
    int lowK = (int) Math.floor(lowPosition);
    int highK = (int) Math.floor(highPosition);
    // On long arrays every 16th value is a sample whose quantiles lie close to the ones wanted: they
    // bracket them for one read of the values, or else give the selection its first pivots, so it
    // scans most values once instead of twice.
    double lowGuess = 0;
    double highGuess = 0;
    boolean guessed = n >= SAMPLED;
    if (guessed) {
      double[] sample = scratch.sample = QuantileScratch.sized(scratch.sample, n / STRIDE);
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[i * STRIDE];
      }
      if (highK > lowK && lowK + 1 < n) {
        double[] found = bracketed(values, sample, lowK, highK, lowPosition, highPosition, scratch);
        if (found != null) {
          return found;
        }
      }
      lowGuess = Selection.select(sample, (int) (lowP * (sample.length - 1)), 0, sample.length - 1, false, 0);
      highGuess = Selection.select(sample, (int) (highP * (sample.length - 1)), 0, sample.length - 1, false, 0);
    }
    double low = Selection.select(values, lowK, 0, n - 1, guessed, lowGuess);
    if (highK <= lowK || lowK + 1 >= n) { // both between the same two order statistics
      double upper = lowK + 1 < n ? Selection.min(values, lowK + 1, n) : low;
      return new double[] {low + (lowPosition - lowK) * (upper - low), low + (highPosition - lowK) * (upper - low)};
    }
    // A guess above low is a value past lowK, as select needs its first pivot to be in the range.
    double high = Selection.select(values, highK, lowK + 1, n - 1, guessed && highGuess > low, highGuess);
    // Every value past highK is at least values[highK], so the next one above low is among these:
    double lowUpper = Selection.min(values, lowK + 1, highK + 1);
    double highUpper = highK + 1 < n ? Selection.min(values, highK + 1, n) : high;
    return new double[] {low + (lowPosition - lowK) * (lowUpper - low),
        high + (highPosition - highK) * (highUpper - high)};
  }

  /**
   * The two quantiles from one read of {@code values}: each order statistic wanted (lowK and the
   * next, highK and the next) lies, almost always, between two order statistics of the sample a
   * few places either side of where it falls there (selected, not sorted: the JDK's sort is
   * compiled late in a short run); the values outside are counted, those between are
   * kept and selected among. Null when a bracket missed its order statistics or held too many
   * values, and the caller selects over all. The same values as selecting over all: leaves
   * {@code values} as it was.
   */
  private static double[] bracketed(double[] values, double[] sample, int lowK, int highK, double lowPosition,
      double highPosition, QuantileScratch scratch) {
    int n = values.length;
    int m = sample.length;
    double lowFrom = Selection.select(sample, around(lowK, n, m, -1), 0, m - 1, false, 0);
    double lowTo = Selection.select(sample, around(lowK + 1, n, m, 1), 0, m - 1, false, 0);
    double highFrom = Selection.select(sample, around(highK, n, m, -1), 0, m - 1, false, 0);
    double highTo = Selection.select(sample, around(Math.min(highK + 1, n - 1), n, m, 1), 0, m - 1, false, 0);
    int cap = Math.max(64, n / 8);
    double[] lows = scratch.lows = QuantileScratch.sized(scratch.lows, cap);
    double[] highs = scratch.highs = QuantileScratch.sized(scratch.highs, cap);
    int belowLow = 0;
    int belowHigh = 0;
    int nl = 0;
    int nh = 0;
    for (double v : values) {
      if (v < lowFrom) {
        belowLow++;
      } else if (v <= lowTo) {
        if (nl == cap) {
          return null;
        }
        lows[nl++] = v;
      }
      if (v < highFrom) {
        belowHigh++;
      } else if (v <= highTo) {
        if (nh == cap) {
          return null;
        }
        highs[nh++] = v;
      }
    }
    boolean lastHigh = highK + 1 >= n;
    if (belowLow > lowK || lowK + 1 >= belowLow + nl || belowHigh > highK
        || (lastHigh ? highK >= belowHigh + nh : highK + 1 >= belowHigh + nh)) {
      return null;
    }
    int k = lowK - belowLow;
    double low = Selection.select(lows, k, 0, nl - 1, false, 0);
    double lowUpper = Selection.min(lows, k + 1, nl);
    int h = highK - belowHigh;
    double high = Selection.select(highs, h, 0, nh - 1, false, 0);
    double highUpper = lastHigh ? high : Selection.min(highs, h + 1, nh);
    return new double[] {low + (lowPosition - lowK) * (lowUpper - low),
        high + (highPosition - highK) * (highUpper - high)};
  }

  /**
   * The place in a sorted sample of {@code m} values, every (n / m)th of {@code n}, a few places
   * below ({@code side} -1) or above (+1) where the order statistic {@code k} of the {@code n} falls:
   * three of its standard errors and two more.
   */
  private static int around(int k, int n, int m, int side) {
    double t = (double) k / (n - 1);
    int at = (int) (t * (m - 1));
    int margin = (int) Math.ceil(3 * Math.sqrt(m * t * (1 - t))) + 2;
    return Math.max(0, Math.min(m - 1, at + side * margin));
  }
}
