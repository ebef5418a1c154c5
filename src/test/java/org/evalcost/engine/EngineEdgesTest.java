package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.SOURCE;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** Boundaries and small paths of the engine, each a figure worked out by hand. */
class EngineEdgesTest {
  private final Catalog catalog = Fixtures.catalog();
  private final Benchmark alpha = catalog.benchmark("alpha").orElseThrow();

  /** An estimate of one line costing {@code cost}, whose total ranges from low to high. */
  private Estimate estimate(String cost, String low, String high) {
    Line line = Fixtures.line(alpha, 1, d("1"), d("1"), Basis.PREDICTED, SOURCE, d(cost), null);
    ModelRef ref = new ModelResolver(catalog).resolve("plain-1", null);
    return new Estimate(ref, catalog.defaultSuite(), Fixtures.JUNE_2025,
        Optional.of(Fixtures.period("2024-01-01", "1", "3")), List.of(line),
        Optional.empty(), Optional.empty(), Pricing.LIST, List.of(), EstimateRequest.DEFAULT_INTERVAL,
        low == null ? null : new Range(d(low), d(high)));
  }

  private PublishedCost published(String cost) {
    return new PublishedCost("p", "plain-1", Setting.DEFAULT, "small", d(cost), LocalDate.of(2024, 6, 1), false, SOURCE);
  }

  private static Backtest.Row row(PublishedCost p, Estimate e) {
    return new Backtest.Row(p, "non-reasoning", e, e);
  }

  @Test
  void unseenSummariesPerClassThenAll() {
    // unseen errors: +25% (8 -> 10, range 8-12, high/low 1.5), -50% (20 -> 10, outside), 0% (10 -> 10, 5-20, 4).
    Backtest.Row a = new Backtest.Row(published("8"), "reasoning-high", estimate("1", "1", "1"), estimate("10", "8", "12"));
    Backtest.Row b = new Backtest.Row(published("20"), "reasoning-high", estimate("1", "1", "1"), estimate("10", "8", "12"));
    Backtest.Row c = new Backtest.Row(published("10"), "non-reasoning", estimate("1", "1", "1"), estimate("10", "5", "20"));
    List<Backtest.Summary> s = new Backtest.Result(List.of(a, b, c), d("0.8")).unseenByClass();
    assertThat(s).extracting(Backtest.Summary::group).containsExactly("non-reasoning", "reasoning-high", Backtest.ALL);
    assertThat(s.get(0).count()).isEqualTo(1);
    assertThat(s.get(0).medianSharpness()).isEqualByComparingTo("4");
    assertThat(s.get(1).medianAbsoluteError()).isEqualByComparingTo("0.375");
    assertThat(s.get(1).inside()).isEqualTo(1);
    assertThat(s.get(1).medianSharpness()).isEqualByComparingTo("1.5");
    assertThat(s.get(2).medianAbsoluteError()).isEqualByComparingTo("0.25");
    assertThat(s.get(2).inside()).isEqualTo(2);
    assertThat(s.get(2).medianSharpness()).isEqualByComparingTo("1.5");
  }

  @Test
  void insideIncludesBothEndsOfTheRange() {
    Estimate e = estimate("10", "8", "12");
    assertThat(row(published("8"), e).inside()).isTrue();
    assertThat(row(published("12"), e).inside()).isTrue();
    assertThat(row(published("7.99"), e).inside()).isFalse();
    assertThat(row(published("12.01"), e).inside()).isFalse();
    assertThat(row(published("10"), estimate("10", null, null)).inside()).isFalse();
    // (10 - 8) / 8
    assertThat(row(published("8"), e).error()).isEqualByComparingTo("0.25");
  }

  @Test
  void medianAbsoluteErrorOfOddAndEvenCounts() {
    Backtest.Row a = row(published("8"), estimate("10", "8", "12"));   // +25%
    Backtest.Row b = row(published("20"), estimate("10", "8", "12"));  // -50%
    Backtest.Row c = row(published("10"), estimate("10", "8", "12"));  // 0%
    assertThat(new Backtest.Result(List.of(a, b, c), d("0.8")).medianAbsoluteError()).isEqualByComparingTo("0.25");
    assertThat(new Backtest.Result(List.of(a, b), d("0.8")).medianAbsoluteError()).isEqualByComparingTo("0.375");
    assertThat(new Backtest.Result(List.of(), d("0.8")).medianAbsoluteError()).isEqualByComparingTo("0");
    assertThat(new Backtest.Result(List.of(a, b, c), d("0.8")).inside()).isEqualTo(2);
  }

  @Test
  void standardErrorOfAMeasuredMean() {
    // sd 100 on a mean of 200: cv 0.5; 25 samples: 0.1; of a 100-item dataset: x sqrt(75/99).
    UsageProfile pilot = new UsageProfile("m", "s", "b", d("10"), d("200"), 25L, d("100"), 100L, SOURCE);
    assertThat(pilot.relativeError(BigDecimal.ONE).doubleValue()).isCloseTo(0.1 * Math.sqrt(75.0 / 99), org.assertj.core.data.Offset.offset(1e-12));
    UsageProfile whole = new UsageProfile("m", "s", "b", d("10"), d("200"), 100L, d("100"), 100L, SOURCE);
    assertThat(whole.relativeError(BigDecimal.ONE)).isEqualByComparingTo("0");
    UsageProfile noSd = new UsageProfile("m", "s", "b", d("10"), d("200"), 4L, null, null, SOURCE);
    assertThat(noSd.relativeError(d("0.6"))).isEqualByComparingTo("0.3");
    assertThat(new UsageProfile("m", "s", "b", d("10"), d("200"), null, SOURCE).samplesOrDefault()).isEqualTo(30);
    assertThatThrownBy(() -> new UsageProfile("m", "s", "b", d("10"), d("200"), 0L, SOURCE))
        .hasFieldOrPropertyWithValue("field", "samples");
    assertThatThrownBy(() -> new UsageProfile("m", "s", "b", d("10"), d("200"), 1L, d("-1"), null, SOURCE))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(() -> new UsageProfile("m", "s", "b", d("10"), d("200"), 1L, null, 0L, SOURCE))
        .hasMessageContaining("greater than zero");
  }

  @Test
  void givenUsageBoundaries() {
    assertThat(new GivenUsage(1, 1, BigDecimal.ZERO, BigDecimal.ZERO).items()).isEqualTo(1);
    assertThatThrownBy(() -> new GivenUsage(0, 1, d("1"), d("1"))).hasMessageStartingWith("items must")
        .extracting("field").isEqualTo(RequestField.ITEMS);
    assertThatThrownBy(() -> new GivenUsage(1, 0, d("1"), d("1"))).hasMessageStartingWith("repeats must")
        .extracting("field").isEqualTo(RequestField.REPEATS);
    assertThatThrownBy(() -> new GivenUsage(1, 1, d("-1"), d("1"))).hasMessageStartingWith("input tokens must")
        .extracting("field").isEqualTo(RequestField.INPUT_TOKENS);
    assertThatThrownBy(() -> new GivenUsage(1, 1, d("1"), d("-1"))).hasMessageStartingWith("output tokens must")
        .extracting("field").isEqualTo(RequestField.OUTPUT_TOKENS);
    assertThatThrownBy(() -> new GivenUsage(1, 1, null, d("1"))).hasMessageStartingWith("input tokens must")
        .extracting("field").isEqualTo(RequestField.INPUT_TOKENS);
  }

  @Test
  void increasesOverAreStrictlyOver() {
    String label = "plain-1";
    CostDiff.ModelChange ten = new CostDiff.ModelChange(label, Optional.of(estimate("100", "90", "110")),
        Optional.of(estimate("110", "100", "120")));
    CostDiff diff = new CostDiff("a", "b", "small", List.of(ten));
    assertThat(diff.increasesOver(d("10"))).isEmpty();
    assertThat(diff.increasesOver(d("9.99"))).singleElement().asString()
        .isEqualTo("plain-1 rose from $100.00 to $110.00 (+10.0%), more than 9.99%");
    assertThat(ten.status()).isEqualTo(CostDiff.Status.CHANGED);
    assertThat(ten.benchmarks()).singleElement().satisfies(b -> assertThat(b.change().orElseThrow()).isEqualByComparingTo("10"));
    CostDiff.ModelChange added = new CostDiff.ModelChange(label, Optional.empty(), Optional.of(estimate("1", "1", "1")));
    CostDiff.ModelChange removed = new CostDiff.ModelChange(label, Optional.of(estimate("1", "1", "1")), Optional.empty());
    assertThat(added.status()).isEqualTo(CostDiff.Status.ADDED);
    assertThat(removed.status()).isEqualTo(CostDiff.Status.REMOVED);
    assertThat(removed.label()).isEqualTo("plain-1");
    assertThat(new CostDiff("a", "b", "small", List.of(added, removed)).increasesOver(BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void catalogCopies() {
    assertThat(catalog.providers()).extracting(Provider::id).containsExactly("acme", "other");
    assertThat(catalog.priors()).extracting(Prior::priorClass).containsExactly("plain", "thinker");
    Benchmark delta = new Benchmark("delta", "Delta", 5, d("10"), SOURCE);
    assertThat(catalog.withBenchmarks(List.of(delta)).benchmark("delta")).contains(delta);
    UsageProfile p = new UsageProfile("plain-1", Setting.DEFAULT, "delta", d("1"), d("2"), 3L, SOURCE);
    Catalog withProfile = catalog.withProfiles(List.of(p), List.of(delta));
    assertThat(withProfile.profile("plain-1", Setting.DEFAULT, "delta")).contains(p);
    assertThat(withProfile.benchmark("delta")).isPresent();
    assertThat(catalog.withModels(List.of(catalog.model("plain-1").orElseThrow())).models()).hasSize(1);
    assertThat(catalog.withoutPublished("think-1-small").published()).isEmpty();
  }

  @Test
  void anUnfittedCalibrationIsAWarning() {
    Catalog low = Fixtures.catalog(List.of(Fixtures.published("7.00")));
    Estimate e = new Estimator(low, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(low).resolve("think-1", null),
        low.defaultSuite(), List.of(), null, Fixtures.JUNE_2025));
    assertThat(e.warnings()).singleElement().asString().startsWith("could not calibrate to published cost 'think-1-small' ($7.00)");
  }

  @Test
  void aCalibrationWithoutAPriceAtItsDateSaysSo() {
    PublishedCost early = new PublishedCost("early", "think-1", "high", "small", d("5"), LocalDate.of(2023, 1, 1), true, SOURCE);
    Catalog c = Fixtures.catalog(List.of(early));
    Estimate e = new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(c).resolve("think-1", null),
        c.defaultSuite(), List.of(), null, Fixtures.JUNE_2025));
    assertThat(e.calibration().orElseThrow().problem()).isEqualTo("no price in force on 2023-01-01");
  }

  @Test
  void planBoundaries() {
    Estimate plain = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(catalog).resolve("plain-1", null),
        catalog.suite("all").orElseThrow(), List.of(), null, Fixtures.JUNE_2025));
    assertThat(Planner.forBudget(plain, d("0.3749"), d("0.5")).rule()).startsWith("every item once");
    assertThat(Planner.forBudget(plain, d("0.195"), d("0.5")).rule()).startsWith("every item once");
    assertThat(Planner.forBudget(plain, d("0.1949"), d("0.5")).rule()).startsWith("a sample");
    // ceil(3.841459 x 0.25 / 0.3099^2) = ceil(9.9998) = 10 = gamma's size: reached, not capped.
    Plan exact = Planner.forTarget(plain, d("0.3099"), d("0.5"));
    assertThat(exact.lines().get(2).items()).isEqualTo(10);
    assertThat(exact.lines().get(2).capped()).isFalse();
    assertThatThrownBy(() -> Planner.forTarget(plain, BigDecimal.ZERO, d("0.5"))).hasMessageStartingWith("target CI must")
        .extracting("field").isEqualTo(RequestField.TARGET_CI);
    assertThatThrownBy(() -> Planner.forTarget(plain, BigDecimal.ONE, d("0.5"))).hasMessageStartingWith("target CI must")
        .extracting("field").isEqualTo(RequestField.TARGET_CI);
    assertThatThrownBy(() -> Planner.forTarget(plain, d("0.1"), BigDecimal.ZERO)).hasMessageStartingWith("accuracy must")
        .extracting("field").isEqualTo(RequestField.ACCURACY);
    assertThat(Planner.forTarget(plain, d("0.1"), d("0.0001")).lines()).isNotEmpty();
    Estimate unpriced = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(catalog).resolve("future-1", null),
        catalog.defaultSuite(), List.of(), null, Fixtures.JUNE_2025));
    assertThatThrownBy(() -> Planner.forTarget(unpriced, d("0.1"), d("0.5"))).hasMessageContaining("cannot plan without prices");
    assertThatThrownBy(() -> Planner.forBudget(plain, d("-1"), d("0.5"))).hasMessageStartingWith("budget must")
        .extracting("field").isEqualTo(RequestField.BUDGET);
  }

  @Test
  void neymanSpendsTheBudgetExactlyWhenItCan() {
    Estimate plain = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(catalog).resolve("plain-1", null),
        catalog.suite("all").orElseThrow(), List.of(), null, Fixtures.JUNE_2025));
    for (String budget : List.of("0.05", "0.0998", "0.15", "0.19")) {
      Plan plan = Planner.forBudget(plain, d(budget), d("0.5"));
      assertThat(plan.cost()).as(budget).isLessThanOrEqualTo(d(budget));
      // What is left buys no further item of any benchmark with room.
      BigDecimal left = d(budget).subtract(plan.cost());
      for (int i = 0; i < 3; i++) {
        Plan.Line line = plan.lines().get(i);
        BigDecimal perItem = plain.lines().get(i).cost().divide(BigDecimal.valueOf(plain.lines().get(i).requests()));
        if (line.items() < line.benchmark().items()) {
          assertThat(perItem).as(budget + " " + line.benchmark().id()).isGreaterThan(left);
        }
      }
    }
  }
}
