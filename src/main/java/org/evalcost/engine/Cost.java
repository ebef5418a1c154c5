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
    return inputTokens
        .subtract(cached)
        .multiply(rates.input())
        .add(cached.multiply(cachedRate))
        .add(outputTokens.multiply(rates.output()))
        .divide(MILLION);
  }
}
