package org.evalcost.stats;

/**
 * Standard normal draws from a fixed seed: SplitMix64 for the bits, Box-Muller with StrictMath for
 * the shape. The same seed gives the same draws on every JVM and platform.
 */
public final class Draws {
  private long state;
  private double spare;
  private boolean hasSpare;

  public Draws(long seed) {
    this.state = seed;
  }

  private long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in (0, 1]. */
  private double uniform() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }

  public double gaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double radius = StrictMath.sqrt(-2 * StrictMath.log(uniform()));
    double angle = 2 * StrictMath.PI * uniform();
    spare = radius * StrictMath.sin(angle);
    hasSpare = true;
    return radius * StrictMath.cos(angle);
  }
}
