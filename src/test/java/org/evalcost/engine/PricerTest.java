package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.SOURCE;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** Tiers, batch and cache, each against figures computed by hand. */
class PricerTest {
  private static final Rates LIST = new Rates(d("1"), d("0.1"), null, d("2"));
  private static final Tier TIER = new Tier(500, new Rates(d("2"), d("0.2"), null, d("4")));
  private static final PricePeriod TIERED =
      new PricePeriod(LocalDate.of(2024, 1, 1), LIST, null, List.of(TIER), SOURCE);
  private static final Provider HALF = new Provider("acme", "Acme", d("0.5"), SOURCE);
  private static final Provider NO_BATCH = new Provider("other", "Other", null, SOURCE);
  private static final Pricing BATCH = new Pricing(true, BigDecimal.ZERO);

  @Test
  void tierAppliesToTheWholeRequestOnlyAboveItsThreshold() {
    assertThat(Pricer.quote(TIERED, d("500"), Pricing.LIST, Optional.empty()).rates()).isEqualTo(LIST);
    Quote above = Pricer.quote(TIERED, d("500.1"), Pricing.LIST, Optional.empty());
    assertThat(above.rates()).isEqualTo(TIER.rates());
    assertThat(above.note()).isEqualTo("long-context rates: requests above 500 input tokens");
  }

  @Test
  void theHighestCrossedTierWins() {
    Tier higher = new Tier(1000, new Rates(d("3"), null, null, d("6")));
    PricePeriod two = new PricePeriod(LocalDate.of(2024, 1, 1), LIST, null, List.of(higher, TIER), SOURCE);
    assertThat(Pricer.quote(two, d("800"), Pricing.LIST, Optional.empty()).rates()).isEqualTo(TIER.rates());
    assertThat(Pricer.quote(two, d("1001"), Pricing.LIST, Optional.empty()).rates()).isEqualTo(higher.rates());
  }

  @Test
  void batchPrefersExplicitRatesThenTheProvidersDiscount() {
    Rates explicit = Fixtures.rates("0.4", "0.9");
    PricePeriod withBatch = new PricePeriod(LocalDate.of(2024, 1, 1), LIST, explicit, List.of(TIER), SOURCE);
    assertThat(Pricer.quote(withBatch, d("100"), BATCH, Optional.of(HALF)).rates()).isEqualTo(explicit);
    // Above the tier the explicit (base-tier) batch rates do not apply: half of the tier's rates.
    Rates halfTier = Pricer.quote(withBatch, d("600"), BATCH, Optional.of(HALF)).rates();
    assertThat(halfTier.input()).isEqualByComparingTo("1");
    assertThat(halfTier.output()).isEqualByComparingTo("2");
    assertThat(halfTier.cachedInput()).isEqualByComparingTo("0.1");
  }

  @Test
  void noBatchApiMeansNoBatchPrice() {
    Quote quote = Pricer.quote(TIERED, d("100"), BATCH, Optional.of(NO_BATCH));
    assertThat(quote.priced()).isFalse();
    assertThat(quote.note()).isEqualTo("no batch price: Other has no batch API in the data");
    assertThat(Pricer.quote(TIERED, d("100"), BATCH, Optional.empty()).priced()).isFalse();
  }

  @Test
  void cacheHitRateBillsThatShareAtTheCachedRate() {
    // 1,000,000 input: 250,000 at $0.1 + 750,000 at $1 = 0.025 + 0.75; 100,000 output at $2 = 0.2.
    assertThat(Cost.of(d("1000000"), d("100000"), LIST, d("0.25"))).isEqualByComparingTo("0.975");
    assertThat(Cost.of(d("1000000"), d("100000"), LIST, BigDecimal.ZERO))
        .isEqualByComparingTo(Cost.of(d("1000000"), d("100000"), LIST));
    // No cached rate: everything at the full rate, and the quote says so.
    Rates uncached = Fixtures.rates("1", "2");
    assertThat(Cost.of(d("1000000"), BigDecimal.ZERO, uncached, BigDecimal.ONE)).isEqualByComparingTo("1");
    PricePeriod plain = new PricePeriod(LocalDate.of(2024, 1, 1), uncached, null, List.of(), SOURCE);
    assertThat(Pricer.quote(plain, d("1"), new Pricing(false, d("0.5")), Optional.empty()).note())
        .isEqualTo("no cached-input rate: all input at the full rate");
  }

  @Test
  void cacheHitRateOutsideZeroToOneIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pricing(false, d("1.01")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("between 0 and 1 (was 1.01)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pricing(false, d("-0.1")))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void budgetSaysByHowMuch() {
    Catalog catalog = Fixtures.catalog();
    Estimate e = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(catalog).resolve("t1", null),
        catalog.defaultSuite(), List.of(), null, Fixtures.JUNE_2025));
    Budget.Verdict within = Budget.check(List.of(e), d("3.04"));
    assertThat(within.over()).isEmpty();
    assertThat(within.unchecked()).isEmpty();
    Budget.Verdict over = Budget.check(List.of(e), d("2"));
    // The engine names the budget in a template; a front end words it (the cli: --max-cost).
    assertThat(over.over()).containsExactly("think-1 (high) costs $3.04, $1.04 (52.0%) over {field} $2.00");
    assertThat(over.worded(f -> f == RequestField.MAX_COST ? "the cap" : "?").over())
        .containsExactly("think-1 (high) costs $3.04, $1.04 (52.0%) over the cap $2.00");
  }
}
