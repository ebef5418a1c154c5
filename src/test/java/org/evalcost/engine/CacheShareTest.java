package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** An agentic benchmark's share of cached input, billed as providers bill it; worked by hand. */
class CacheShareTest {
  private static final Model CACHING = new Model("cache-1", "acme", List.of(),
      List.of(new Setting(Setting.DEFAULT, "plain")), Setting.DEFAULT,
      List.of(new PricePeriod(java.time.LocalDate.parse("2024-01-01"), new Rates(d("2"), d("0.2"), null, d("8")), null,
          List.of(), Fixtures.SOURCE)), Fixtures.SOURCE);

  private static Catalog catalog(BigDecimal share) {
    return catalog(share, null);
  }

  private static Catalog catalog(BigDecimal share, BigDecimal costSigma) {
    return catalog(share, costSigma, null);
  }

  private static Catalog catalog(BigDecimal share, BigDecimal costSigma, BigDecimal modelSigma) {
    Catalog base = Fixtures.catalog();
    Benchmark alpha = base.benchmark("alpha").orElseThrow();
    Benchmark agentic = new Benchmark(alpha.id(), alpha.name(), alpha.items(), alpha.inputTokens(), null,
        alpha.source(), null, null, null, modelSigma, share, share == null ? null : "test share", null, null, costSigma);
    List<Model> models = new java.util.ArrayList<>(base.coreModels());
    models.add(CACHING);
    return base.withModels(models).withBenchmarks(List.of(agentic));
  }

  private static Line alpha(Catalog catalog, String model, Pricing pricing) {
    ModelRef ref = new ModelResolver(catalog).resolve(model, null);
    return new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(ref, catalog.suite("small").orElseThrow(),
        List.of("alpha"), null, Fixtures.JUNE_2025, pricing, EstimateRequest.DEFAULT_INTERVAL)).lines().get(0);
  }

  @Test
  void theBenchmarksShareIsBilledAtTheCacheRate() {
    // alpha: 100 items x 200 input at $2, of which 0.75 at $0.20: 20,000 x (0.25 x 2 + 0.75 x 0.2) = $0.013;
    // output 100 x 100 at $8 = $0.08. In all $0.093; at list, $0.04 + $0.08 = $0.12.
    Catalog c = catalog(d("0.75"));
    Line cached = alpha(c, "cache-1", Pricing.DEFAULT);
    assertThat(cached.cost()).isEqualByComparingTo("0.093");
    assertThat(cached.priceNote()).isEqualTo("75% of input from the prompt cache (the benchmark's share; no cache for list)");
    assertThat(alpha(c, "cache-1", Pricing.LIST).cost()).isEqualByComparingTo("0.12");
    assertThat(alpha(c, "cache-1", Pricing.LIST).priceNote()).isNull();
  }

  @Test
  void aGivenCacheHitRateOverridesTheBenchmarksShare() {
    // 0.25 at $0.20: 20,000 x (0.75 x 2 + 0.25 x 0.2) = $0.031, + $0.08.
    Line line = alpha(catalog(d("0.75")), "cache-1", new Pricing(false, d("0.25"), true));
    assertThat(line.cost()).isEqualByComparingTo("0.111");
    assertThat(line.priceNote()).isNull();
  }

  @Test
  void aModelWithoutACacheRatePaysListAndSaysSo() {
    Line line = alpha(catalog(d("0.75")), "plain-1", Pricing.DEFAULT);
    // plain-1: $1 in, $3 out: 20,000 x 1 + 10,000 x 3 = $0.05, every input token at the full rate.
    assertThat(line.cost()).isEqualByComparingTo("0.05");
    assertThat(line.priceNote()).isEqualTo("no cached-input rate: all input at the full rate");
  }

  @Test
  void inputBilledAtTheFittedShareIsADrawOfItsOwnAndNoOtherIs() {
    Catalog c = catalog(d("0.75"), d("0.6"));
    Line drawn = alpha(c, "cache-1", Pricing.DEFAULT);
    Line known = alpha(catalog(d("0.75")), "cache-1", Pricing.DEFAULT);
    assertThat(drawn.cost()).isEqualByComparingTo("0.093"); // the share still sets the cost
    assertThat(drawn.inputSigma()).isEqualByComparingTo("0.6");
    assertThat(drawn.range().low()).isLessThan(known.range().low());
    assertThat(drawn.range().high()).isGreaterThan(known.range().high());
    assertThat(known.inputSigma()).isNull();
    // No draw where the share does not bill it: list, a given rate, a model without cache rates.
    assertThat(alpha(c, "cache-1", Pricing.LIST).inputSigma()).isNull();
    assertThat(alpha(c, "cache-1", new Pricing(false, d("0.25"), true)).inputSigma()).isNull();
    assertThat(alpha(c, "plain-1", Pricing.DEFAULT).inputSigma()).isNull();
    // cache-1 is unmeasured on alpha: with input varying between models (0.8) too, sqrt(0.8^2 + 0.6^2) = 1.
    assertThat(alpha(catalog(d("0.75"), d("0.6"), d("0.8")), "cache-1", Pricing.DEFAULT).inputSigma())
        .isEqualByComparingTo("1");
  }

  @Test
  void aLineWhoseInputIsADrawHasTheRangeOfItsOutputAndInputDrawnTogether() {
    // One line alone: its range is the total's, not the sum of its parts' quantiles (wider).
    Catalog c = catalog(d("0.75"), d("0.6"));
    ModelRef ref = new ModelResolver(c).resolve("cache-1", null);
    Estimate e = new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(ref,
        c.suite("small").orElseThrow(), List.of("alpha"), null, Fixtures.JUNE_2025, Pricing.DEFAULT,
        EstimateRequest.DEFAULT_INTERVAL));
    Range line = e.lines().get(0).range();
    Range total = e.totals().range();
    assertThat(line.low()).isEqualByComparingTo(total.low());
    assertThat(line.high()).isEqualByComparingTo(total.high());
    assertThat(line.low()).isLessThan(e.lines().get(0).cost());
    assertThat(line.high()).isGreaterThan(e.lines().get(0).cost());
  }

  @Test
  void aBenchmarkWithoutAShareIsListPrice() {
    assertThat(alpha(catalog(null), "cache-1", Pricing.DEFAULT).cost()).isEqualByComparingTo("0.12");
  }
}
