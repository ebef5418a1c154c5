package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * How a run is billed beyond list price: through the provider's batch API, and with a share of
 * input tokens read from the provider's prompt cache: {@code cacheHitRate} for every line when it
 * is given (above 0), else, with {@code benchmarkCache}, each benchmark's own share where it has one
 * ({@link Benchmark#cachedInputShare()}: an agentic eval re-sends its context every turn, and
 * providers bill the repeated part at their cache rates).
 */
public record Pricing(boolean batch, BigDecimal cacheHitRate, boolean benchmarkCache) {
  /** List price for every token: no batch, no cache. */
  public static final Pricing LIST = new Pricing(false, BigDecimal.ZERO, false);
  /** What a run is billed without options: list prices, with each agentic benchmark's cache share. */
  public static final Pricing DEFAULT = new Pricing(false, BigDecimal.ZERO, true);

  public Pricing {
    Checks.present("cacheHitRate", cacheHitRate);
    if (cacheHitRate.signum() < 0 || cacheHitRate.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidRequestException(
          RequestField.CACHE_HIT_RATE, "{field} must be between 0 and 1 (was " + cacheHitRate.toPlainString() + ")");
    }
  }

  public Pricing(boolean batch, BigDecimal cacheHitRate) {
    this(batch, cacheHitRate, false);
  }

  public boolean cached() {
    return cacheHitRate.signum() > 0;
  }

  /** The share of a benchmark's input billed at the cache rate under this billing. */
  public BigDecimal cacheShare(Benchmark benchmark) {
    if (cached() || !benchmarkCache || benchmark.cachedInputShare() == null) {
      return cacheHitRate;
    }
    return benchmark.cachedInputShare();
  }

  /** This billing for one benchmark: the cache share it gets, as a single rate. */
  public Pricing forBenchmark(Benchmark benchmark) {
    BigDecimal share = cacheShare(benchmark);
    return share.compareTo(cacheHitRate) == 0 ? this : new Pricing(batch, share, benchmarkCache);
  }
}
