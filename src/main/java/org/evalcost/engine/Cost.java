package org.evalcost.engine;

import java.math.BigDecimal;

/** The one place where tokens meet prices. Exact: nothing is rounded here. */
public final class Cost {
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private Cost() {}

  /** USD for {@code inputTokens} and {@code outputTokens} (reasoning included) at {@code rates}. */
  public static BigDecimal of(BigDecimal inputTokens, BigDecimal outputTokens, Rates rates) {
    return inputTokens
        .multiply(rates.input())
        .add(outputTokens.multiply(rates.output()))
        .divide(MILLION);
  }
}
