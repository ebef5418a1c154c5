package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.Function;

/** Prices one line of an estimate: its cost, its output's share, its price note and its input's spread. */
final class LinePrices {
  private LinePrices() {}

  /**
   * A line of token figures priced for a model: at the period's rates, with the billing's batch
   * price and cache share (the benchmark's own share where the billing takes it), or unpriced with
   * the reason; its input cost's spread where that is a draw.
   */
  static Line price(Catalog catalog, Function<RequestField, String> words, ModelRef ref, Benchmark benchmark,
      int repeats, Estimator.Usage usage, Optional<PricePeriod> price, Pricing billing) {
    Pricing pricing = billing.forBenchmark(benchmark);
    Line unpriced = new Line(benchmark, repeats, usage.input(), usage.output(), usage.basis(), usage.source(),
        null, null, price.isEmpty() ? "no price in force" : null, usage.spread(), null);
    if (price.isEmpty()) {
      return unpriced;
    }
    Quote quote = Pricer.quote(price.get(), usage.input(), pricing, catalog.provider(ref.model().provider()));
    if (!quote.priced()) {
      return new Line(benchmark, repeats, usage.input(), usage.output(), usage.basis(), usage.source(), null, null,
          quote.note(), usage.spread(), null);
    }
    String note = quote.note();
    if (pricing != billing && quote.rates().cachedInput() != null) {
      String share = pricing.cacheHitRate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
          + "% of input from the prompt cache (the benchmark's share; " + words.apply(RequestField.NO_CACHE)
          + " for list)";
      note = note == null ? share : note + "; " + share;
    }
    BigDecimal cost = Cost.of(unpriced.inputTokens(), unpriced.outputTokens(), quote.rates(), pricing.cacheHitRate());
    BigDecimal outputCost = Cost.of(BigDecimal.ZERO, unpriced.outputTokens(), quote.rates());
    boolean benchmarkCache = pricing != billing && quote.rates().cachedInput() != null;
    return new Line(benchmark, repeats, usage.input(), usage.output(), usage.basis(), usage.source(), cost,
        outputCost, note, usage.spread(), null, inputSigma(benchmark, usage.basis(), benchmark.cachedInputCostSigma()
            != null && benchmarkCache ? benchmark.cachedInputCostSigma() : null));
  }

  /**
   * How uncertain a line's input cost is (sd of its logarithm), or null when it is known: the
   * spread of input between models where the tokens are not measured, and that of cache billing
   * where a benchmark's fitted share bills it, the two independent.
   */
  private static BigDecimal inputSigma(Benchmark benchmark, Basis basis, BigDecimal cacheSigma) {
    boolean measured = basis == Basis.MEASURED || basis == Basis.GIVEN || basis == Basis.SCORED
        || basis == Basis.GRADER;
    BigDecimal model = measured || benchmark.inputModelSigma() == null ? BigDecimal.ZERO : benchmark.inputModelSigma();
    BigDecimal cache = cacheSigma == null ? BigDecimal.ZERO : cacheSigma;
    if (model.signum() == 0 || cache.signum() == 0) { // one spread or none: no square root to take
      return model.signum() == 0 && cache.signum() == 0 ? null : model.max(cache);
    }
    return model.multiply(model).add(cache.multiply(cache)).sqrt(MathContext.DECIMAL64);
  }
}
