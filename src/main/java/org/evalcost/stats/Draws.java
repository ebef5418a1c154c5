package org.evalcost.stats;

/**
 * Standard normal draws from a fixed seed: SplitMix64 for the bits, turned into normals by the
 * inverse distribution function ({@link Normal#quantile}), which needs no transcendental function
 * for 95% of draws and StrictMath for the tails. The same seed gives the same draws on every JVM.
 */
public final class Draws {
  private long state;

  public Draws(long seed) {
    this.state = seed;
  }

  private long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in (0, 1), never 0 or 1. */
  private double uniform() {
    return ((nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }

  public double gaussian() {
    return Normal.quantile(uniform());
  }
}
