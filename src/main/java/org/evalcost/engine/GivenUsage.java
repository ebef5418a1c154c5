package org.evalcost.engine;

import java.math.BigDecimal;

/** Token counts a user already has (from a run's logs): items, repeats and means per item. */
public record GivenUsage(long items, int repeats, BigDecimal inputTokens, BigDecimal outputTokens) {
  public GivenUsage {
    if (items <= 0) {
      throw new InvalidRequestException(RequestField.ITEMS, "{field} must be at least 1 (was " + items + ")");
    }
    if (repeats <= 0) {
      throw new InvalidRequestException(RequestField.REPEATS, "{field} must be at least 1 (was " + repeats + ")");
    }
    if (inputTokens == null || inputTokens.signum() < 0) {
      throw new InvalidRequestException(RequestField.INPUT_TOKENS, "{field} must be given and not negative");
    }
    if (outputTokens == null || outputTokens.signum() < 0) {
      throw new InvalidRequestException(RequestField.OUTPUT_TOKENS, "{field} must be given and not negative");
    }
  }
}
