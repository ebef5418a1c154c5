package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * USD per million tokens. Cached input and cache write are optional: not every provider sells
 * them, and a missing rate must stay missing rather than become zero.
 */
public record Rates(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output) {
  public Rates {
    Checks.nonNegative("input", input);
    Checks.nonNegative("output", output);
    Checks.nonNegativeIfGiven("cached_input", cachedInput);
    Checks.nonNegativeIfGiven("cache_write", cacheWrite);
  }
}
