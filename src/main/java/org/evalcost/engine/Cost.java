package org.evalcost.engine;

import java.math.BigDecimal;

/** The one place where tokens meet prices. Exact: nothing is rounded here. */
public final class Cost {
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private Cost() {}

  /** USD for {@code inputTokens} and {@code outputTokens} (reasoning included) at {@code rates}. */
  public static BigDecimal of(BigDecimal inputTokens, BigDecimal outputTokens, Rates rates) {
    return of(inputTokens, outputTokens, rates, BigDecimal.ZERO);
  }

  /**
   * The same with {@code cacheHitRate} of the input read from the prompt cache at the cached-input
   * rate (at the full rate when the model has none).
   */
  public static BigDecimal of(
      BigDecimal inputTokens, BigDecimal outputTokens, Rates rates, BigDecimal cacheHitRate) {
    BigDecimal cachedRate = rates.cachedInput() == null ? rates.input() : rates.cachedInput();
    BigDecimal cached = inputTokens.multiply(cacheHitRate);
    return perMillion(inputTokens
        .subtract(cached)
        .multiply(rates.input())
        .add(cached.multiply(cachedRate))
        .add(outputTokens.multiply(rates.output())));
  }

  private static final java.math.BigInteger BIG_MILLION = java.math.BigInteger.valueOf(1_000_000);
  private static final java.math.BigInteger[] POWERS = {java.math.BigInteger.ONE, java.math.BigInteger.TEN,
      java.math.BigInteger.valueOf(100), java.math.BigInteger.valueOf(1_000), java.math.BigInteger.valueOf(10_000),
      java.math.BigInteger.valueOf(100_000), BIG_MILLION};

  /**
   * {@code x.divide(MILLION)}, the same value at the same scale, in two integer operations: the
   * JDK strips the quotient's trailing zeros one division by ten at a time, which made this
   * division most of what --all-models allocated (140 of 200 MB over the wide catalog).
   */
  static BigDecimal perMillion(BigDecimal x) {
    java.math.BigInteger unscaled = x.unscaledValue();
    if (x.scale() < 0 || unscaled.signum() == 0) {
      return x.divide(MILLION);
    }
    long rest = unscaled.mod(BIG_MILLION).longValue();
    int zeros = 0;
    if (rest == 0) {
      zeros = 6;
    } else {
      while (rest % 10 == 0) {
        rest /= 10;
        zeros++;
      }
    }
    return new BigDecimal(zeros == 0 ? unscaled : unscaled.divide(POWERS[zeros]), x.scale() + 6 - zeros);
  }
}
