package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * How a run is billed beyond list price: through the provider's batch API, and with a share of
 * input tokens read from the provider's prompt cache.
 */
public record Pricing(boolean batch, BigDecimal cacheHitRate) {
  public static final Pricing LIST = new Pricing(false, BigDecimal.ZERO);

  public Pricing {
    Checks.present("cacheHitRate", cacheHitRate);
    if (cacheHitRate.signum() < 0 || cacheHitRate.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidRequestException(
          "--cache-hit-rate must be between 0 and 1 (was " + cacheHitRate.toPlainString() + ")");
    }
  }

  public boolean cached() {
    return cacheHitRate.signum() > 0;
  }
}
