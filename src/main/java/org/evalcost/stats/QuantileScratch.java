package org.evalcost.stats;

/**
 * The arrays one thread's quantiles are worked out in, kept from call to call: --all-models asks
 * for tens of thousands of quantiles, and allocating these each time was nearly half of what it
 * allocated. Not for two threads at once.
 */
public final class QuantileScratch {
  double[] sample = new double[0];
  double[] lows = new double[0];
  double[] highs = new double[0];

  /** {@code kept} when it has {@code length} values, else a new array of that length. */
  static double[] sized(double[] kept, int length) {
    return kept.length == length ? kept : new double[length];
  }
}
