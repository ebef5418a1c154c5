package org.evalcost.engine;

import java.math.BigDecimal;

/** Token counts a user already has (from a run's logs): items, repeats and means per item. */
public record GivenUsage(long items, int repeats, BigDecimal inputTokens, BigDecimal outputTokens) {
  public GivenUsage {
    if (items <= 0) {
      throw new InvalidRequestException("--items must be at least 1 (was " + items + ")");
    }
    if (repeats <= 0) {
      throw new InvalidRequestException("--repeats must be at least 1 (was " + repeats + ")");
    }
    if (inputTokens == null || inputTokens.signum() < 0) {
      throw new InvalidRequestException("--input-tokens must be given and not negative");
    }
    if (outputTokens == null || outputTokens.signum() < 0) {
      throw new InvalidRequestException("--output-tokens must be given and not negative");
    }
  }
}
