package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.JUNE_2025;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases over {@link Fixtures}. think-1 (high) on "small", calibrated at 2024 prices
 * (10 / 40): alpha is measured, 100 requests x (210 in, 1500 out) = $6.21; beta has 50 items x 2
 * repeats = 100 requests x 1000 input = $1.00, and the prior's 100 x 4000 output = $16.00. The
 * published $15.21 leaves 15.21 - 6.21 - 1.00 = 8.00 for output, so the factor is 8 / 16 = 0.5.
 */
class EstimatorTest {
  private final Catalog catalog = Fixtures.catalog();
  private final Estimator estimator = new Estimator(catalog, MonteCarlo.seeded());
  private final ModelResolver resolver = new ModelResolver(catalog);

  private Estimate estimate(String model, String suite, LocalDate asOf) {
    return estimator.estimate(new EstimateRequest(resolver.resolve(model, null),
        catalog.suite(suite).orElseThrow(), List.of(), null, asOf));
  }

  @Test
  void calibrationFactorReproducesThePublishedCost() {
    Estimate e = estimate("think-1", "small", LocalDate.of(2024, 6, 1));
    assertThat(e.calibration().orElseThrow().factor()).isEqualByComparingTo("0.5");
    assertThat(e.totals().costUsd()).isEqualByComparingTo("15.21");
  }

  @Test
  void measuredThenCalibratedAtTodaysPrices() {
    Estimate e = estimate("think-1", "small", JUNE_2025);
    Line alpha = e.lines().get(0);
    Line beta = e.lines().get(1);
    assertThat(alpha.basis()).isEqualTo(Basis.MEASURED);
    assertThat(alpha.inputTokens()).isEqualByComparingTo("21000");
    assertThat(alpha.outputTokens()).isEqualByComparingTo("150000");
    // (21,000 x 2 + 150,000 x 8) / 1e6
    assertThat(alpha.cost()).isEqualByComparingTo("1.242");
    assertThat(beta.basis()).isEqualTo(Basis.CALIBRATED);
    assertThat(beta.outputPerItem()).isEqualByComparingTo("2000");
    // (100,000 x 2 + 200,000 x 8) / 1e6
    assertThat(beta.cost()).isEqualByComparingTo("1.8");
    assertThat(e.totals().costUsd()).isEqualByComparingTo("3.04");
    assertThat(e.totals().inputTokens()).isEqualByComparingTo("121000");
    assertThat(e.totals().outputTokens()).isEqualByComparingTo("350000");
    assertThat(e.totals().complete()).isTrue();
  }

  @Test
  void benchmarkOutsideTheCalibratingSuiteIsPredicted() {
    Estimate e = estimate("think-1", "all", JUNE_2025);
    Line gamma = e.lines().get(2);
    assertThat(gamma.basis()).isEqualTo(Basis.PREDICTED);
    assertThat(gamma.requests()).isEqualTo(30);
    // 30 x 500 input at $2 + 30 x 10,000 output at $8
    assertThat(gamma.cost()).isEqualByComparingTo("2.43");
    assertThat(e.totals().costUsd()).isEqualByComparingTo("5.47");
  }

  @Test
  void aPredictedLineTakesItsClasssInputWhereThePriorHasOne() {
    // The thinker class reads 2,000 tokens per item of gamma, not the benchmark's 500:
    // 30 x 2,000 input at $2 + 30 x 10,000 output at $8 = 0.12 + 2.40.
    Prior thinker = catalog.prior("thinker").orElseThrow();
    Prior withInput = new Prior(thinker.priorClass(), thinker.outputTokens(), thinker.defaultOutputTokens(),
        thinker.levelSigma(), thinker.shapeSigma(), thinker.source(), thinker.derivation(),
        thinker.sigmaDerivation(), thinker.familyLevel(), Map.of("gamma", Fixtures.d("2000")), "fitted");
    Catalog fitted = catalog.unseen("nobody", List.of(catalog.prior("plain").orElseThrow(), withInput));
    Estimate e = new Estimator(fitted, MonteCarlo.seeded()).estimate(new EstimateRequest(
        new ModelResolver(fitted).resolve("think-1", null), fitted.suite("all").orElseThrow(), List.of(), null,
        JUNE_2025));
    Line gamma = e.lines().get(2);
    assertThat(gamma.basis()).isEqualTo(Basis.PREDICTED);
    assertThat(gamma.inputTokens()).isEqualByComparingTo("60000");
    assertThat(gamma.cost()).isEqualByComparingTo("2.52");
  }

  /** The catalog with think-1 out on {@code released} and the thinker prior given release trends. */
  private Estimate withTrends(LocalDate released) {
    Prior t = catalog.prior("thinker").orElseThrow();
    org.evalcost.stats.Trend halfAYear = new org.evalcost.stats.Trend(Fixtures.d("0.5"), LocalDate.of(2025, 1, 1),
        LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), Fixtures.d("0.4"));
    org.evalcost.stats.Trend input = new org.evalcost.stats.Trend(Fixtures.d("0.2"), LocalDate.of(2025, 1, 1),
        LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), Fixtures.d("0.4"));
    Prior trended = new Prior(t.priorClass(), t.outputTokens(), t.defaultOutputTokens(), t.levelSigma(),
        t.shapeSigma(), t.source(), t.derivation(), t.sigmaDerivation(), t.familyLevel(), t.inputTokens(),
        t.inputDerivation(), halfAYear, Map.of("gamma", input));
    List<Model> models = new ArrayList<>();
    for (Model m : catalog.coreModels()) {
      models.add(!m.id().equals("think-1") ? m : new Model(m.id(), m.provider(), m.aliases(), m.settings(),
          m.defaultSetting(), m.prices(), m.source(), m.classEvidence(), m.classGuessed(), m.notes(), released));
    }
    Catalog c = catalog.withModels(models).unseen("nobody", List.of(catalog.prior("plain").orElseThrow(), trended));
    return new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(
        new ModelResolver(c).resolve("think-1", null), c.suite("all").orElseThrow(), List.of(), null, JUNE_2025));
  }

  @Test
  void aPredictedLineMovesWithTheModelsReleaseDay() {
    // Out on 2025-07-02, 182 days after the trend's center: output level 0.5 x 182 / 365.25 = 0.249144,
    // x e^0.249144 = 1.282927: 10,000 -> 12,829.27 per item; gamma's input level 0.2 x 182 / 365.25 =
    // 0.099658, x 1.104793: 500 -> 552.3965. 30 x 552.3965 at $2 + 30 x 12,829.27 at $8 = 0.03314379 + 3.0790248.
    Line gamma = withTrends(LocalDate.of(2025, 7, 2)).lines().get(2);
    assertThat(gamma.basis()).isEqualTo(Basis.PREDICTED);
    assertThat(gamma.outputPerItem()).isEqualByComparingTo("12829.27");
    assertThat(gamma.inputPerItem()).isEqualByComparingTo("552.3965");
    assertThat(gamma.cost()).isEqualByComparingTo("3.11216859");
  }

  @Test
  void aModelWithNoReleaseDayKeepsTheClassFigureAndAWiderRange() {
    Line trended = withTrends(null).lines().get(2);
    Line plain = estimate("think-1", "all", JUNE_2025).lines().get(2);
    assertThat(trended.outputPerItem()).isEqualByComparingTo(plain.outputPerItem());
    assertThat(trended.cost()).isEqualByComparingTo("2.43");
    assertThat(trended.range().high()).isGreaterThan(plain.range().high());
    assertThat(trended.range().low()).isLessThan(plain.range().low());
  }

  @Test
  void anotherSettingUsesItsOwnPriorAndNoCalibration() {
    Estimate e = estimator.estimate(new EstimateRequest(resolver.resolve("think-1", "low"),
        catalog.defaultSuite(), List.of(), null, JUNE_2025));
    assertThat(e.lines()).extracting(Line::basis).containsOnly(Basis.PREDICTED);
    // alpha: (20,000 x 2 + 10,000 x 8) / 1e6 = 0.12; beta: (100,000 x 2 + 40,000 x 8) / 1e6 = 0.52
    assertThat(e.lines()).extracting(Line::cost).usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(Fixtures.d("0.12"), Fixtures.d("0.52"));
    assertThat(e.calibration()).isEmpty();
  }

  @Test
  void modelWithoutSettingsUsesItsPrior() {
    Estimate e = estimate("plain-1", "small", JUNE_2025);
    // alpha: (20,000 x 1 + 10,000 x 3) / 1e6 = 0.05; beta: (100,000 x 1 + 40,000 x 3) / 1e6 = 0.22
    assertThat(e.totals().costUsd()).isEqualByComparingTo("0.27");
  }

  @Test
  void pricePeriodFollowsTheDate() {
    assertThat(estimate("think-1", "small", LocalDate.of(2024, 12, 31)).price().orElseThrow().effectiveFrom())
        .isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(estimate("think-1", "small", LocalDate.of(2025, 1, 1)).price().orElseThrow().effectiveFrom())
        .isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void noPriceInForceLeavesTheTotalIncomplete() {
    Estimate e = estimate("future-1", "small", JUNE_2025);
    assertThat(e.price()).isEmpty();
    assertThat(e.lines()).allSatisfy(line -> assertThat(line.priced()).isFalse());
    assertThat(e.totals().complete()).isFalse();
    assertThat(e.totals().costUsd()).isEqualByComparingTo("0");
    assertThat(e.totals().outputTokens()).isEqualByComparingTo("50000");
  }

  @Test
  void repeatsOverrideAndBenchmarkFilter() {
    Estimate e = estimator.estimate(new EstimateRequest(resolver.resolve("plain-1", null),
        catalog.defaultSuite(), List.of("beta", "gamma"), 5, JUNE_2025));
    assertThat(e.lines()).extracting(l -> l.benchmark().id()).containsExactly("beta", "gamma");
    assertThat(e.lines()).extracting(Line::repeats).containsExactly(5, 5);
    // beta: 250 requests x (1000 in at $1 + 400 out at $3) = 0.25 + 0.30
    assertThat(e.lines().get(0).cost()).isEqualByComparingTo("0.55");
  }

  @Test
  void unknownBenchmarkSuggestsNames() {
    assertThatThrownBy(() -> estimator.estimate(new EstimateRequest(resolver.resolve("plain-1", null),
        catalog.defaultSuite(), List.of("alpah"), null, JUNE_2025)))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("alpah")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions()).startsWith("alpha"));
  }

  @Test
  void zeroRepeatsIsRefused() {
    assertThatThrownBy(() -> new EstimateRequest(resolver.resolve("plain-1", null), catalog.defaultSuite(),
        List.of(), 0, JUNE_2025)).isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("repeats must")
        .extracting("field").isEqualTo(RequestField.REPEATS);
  }

  @Test
  void publishedCostBelowFixedCostCannotBeCalibratedAndSaysSo() {
    Catalog low = Fixtures.catalog(List.of(Fixtures.published("7.00")));
    Estimate e = new Estimator(low, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(low).resolve("think-1", null),
        low.defaultSuite(), List.of(), null, JUNE_2025));
    Calibration c = e.calibration().orElseThrow();
    assertThat(c.fitted()).isFalse();
    assertThat(c.problem()).contains("7.21");
    assertThat(e.lines().get(1).basis()).isEqualTo(Basis.PREDICTED);
  }

  @Test
  void totalsAddTheRoundedLines() {
    Line a = Fixtures.line(catalog.benchmark("alpha").orElseThrow(), 1, Fixtures.d("1"), Fixtures.d("1"),
        Basis.PREDICTED, Fixtures.SOURCE, Fixtures.d("0.005"), null);
    Line b = Fixtures.line(catalog.benchmark("beta").orElseThrow(), 1, Fixtures.d("1"), Fixtures.d("1"),
        Basis.PREDICTED, Fixtures.SOURCE, Fixtures.d("0.005"), null);
    // Each line shows 0.01, so the total shows 0.02, not round(0.010) = 0.01.
    assertThat(Totals.of(List.of(a, b)).costUsd()).hasToString("0.02");
  }

  /** think-1 (high) measured on beta too, at twice the thinker's 4,000 output per item, and no calibration. */
  private Estimate measuredOnBeta(Catalog base) {
    Catalog c = base.withProfiles(List.of(new UsageProfile("think-1", "high", "beta", Fixtures.d("1000"),
        Fixtures.d("8000"), 50L, Fixtures.SOURCE)), List.of());
    return new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(c).resolve("think-1",
        null), c.suite("all").orElseThrow(), List.of(), null, JUNE_2025));
  }

  @Test
  void aPredictedLineTakesTheLevelTheModelsMeasuredBenchmarksShow() {
    // beta: y = ln(8,000 / 4,000) = 0.693147 at shape 0.4 (precision 6.25), against level_sigma 0.7
    // (precision 2.040816); alpha has no shape sigma and says nothing. Level 6.25 x 0.693147 / 8.290816 =
    // 0.522526, sd 1 / sqrt(8.290816) = 0.347297; gamma's 10,000 x e^0.522526 (1.686282) = 16,862.82 per item:
    // 30 x 500 input at $2 + 30 x 16,862.82 output at $8 = 0.03 + 4.0470768.
    Estimate e = measuredOnBeta(Fixtures.catalog(List.of()));
    Line gamma = e.lines().get(2);
    assertThat(gamma.basis()).isEqualTo(Basis.PREDICTED);
    assertThat(gamma.outputPerItem()).isEqualByComparingTo("16862.82");
    assertThat(gamma.cost()).isEqualByComparingTo("4.0770768");
    assertThat(e.ownLevel()).hasValueSatisfying(own -> {
      assertThat(own.level()).isEqualByComparingTo("0.522526");
      assertThat(own.sigma()).isEqualByComparingTo("0.347297");
      assertThat(own.benchmarks()).containsExactly("beta");
    });
    // the level's spread is the posterior's, narrower than the class's
    Line plain = estimate("think-1", "all", JUNE_2025).lines().get(2);
    assertThat(gamma.range().high().divide(gamma.cost(), java.math.MathContext.DECIMAL64))
        .isLessThan(plain.range().high().divide(plain.cost(), java.math.MathContext.DECIMAL64));
  }

  @Test
  void aCalibratedModelsOwnLevelIsTakenIntoItsFactorSoThePublishedCostStillHolds() {
    // measured on gamma at twice the prior (the same level, 0.522526, x 1.686282), calibrated on "small":
    // beta's prior output is now 4,000 x 1.686282, so the factor that leaves $8.00 for it is 0.5 / 1.686282.
    Catalog c = catalog.withProfiles(List.of(new UsageProfile("think-1", "high", "gamma", Fixtures.d("500"),
        Fixtures.d("20000"), 10L, Fixtures.SOURCE)), List.of());
    Estimate e = new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(c).resolve(
        "think-1", null), c.suite("small").orElseThrow(), List.of(), null, LocalDate.of(2024, 6, 1)));
    assertThat(e.lines().get(1).basis()).isEqualTo(Basis.CALIBRATED);
    assertThat(e.ownLevel().orElseThrow().level()).isEqualByComparingTo("0.522526");
    assertThat(e.totals().costUsd()).isEqualByComparingTo("15.21");
    assertThat(e.calibration().orElseThrow().factor().multiply(Fixtures.d("1.686282")))
        .isCloseTo(Fixtures.d("0.5"), org.assertj.core.data.Offset.offset(Fixtures.d("0.0001")));
  }

  @Test
  void aModelMeasuredNowhereThePriorHasASpreadForHasNoOwnLevel() {
    assertThat(estimate("think-1", "all", JUNE_2025).ownLevel()).isEmpty(); // alpha alone, which has none
  }

  @Test
  void aProfileThatRepeatsAnothersCountsOverOtherItemsCountsOnce() {
    Prior t = catalog.prior("thinker").orElseThrow();
    Prior shaped = new Prior(t.priorClass(), new java.util.TreeMap<>(Map.of("alpha", Fixtures.d("1000"), "beta",
        Fixtures.d("4000"))), null,
        t.levelSigma(), Map.of("alpha", Fixtures.d("0.4"), "beta", Fixtures.d("0.4")), t.source());
    // alpha, read first: 100 x 4,000 = 400,000 in and out; beta: 50 x 8,000, the same counts over other items
    Catalog c = catalog.withProfiles(List.of(
        new UsageProfile("think-1", "high", "beta", Fixtures.d("8000"), Fixtures.d("8000"), 50L, Fixtures.SOURCE),
        new UsageProfile("think-1", "high", "alpha", Fixtures.d("4000"), Fixtures.d("4000"), 100L, Fixtures.SOURCE)),
        List.of());
    assertThat(OwnLevel.of(c, "think-1", "high", shaped, java.math.BigDecimal.ZERO, t.levelSigma(), null).orElseThrow()
        .benchmarks()).containsExactly("alpha");
  }

  @Test
  void profilesOfOtherCountsOrWithoutASampleSizeEachCount() {
    Prior t = catalog.prior("thinker").orElseThrow();
    Prior shaped = new Prior(t.priorClass(), new java.util.TreeMap<>(Map.of("alpha", Fixtures.d("1000"), "beta",
        Fixtures.d("4000"), "gamma", Fixtures.d("10000"))), null, t.levelSigma(), Map.of("alpha", Fixtures.d("0.4"),
        "beta", Fixtures.d("0.4"), "gamma", Fixtures.d("0.4")), t.source());
    // alpha 100 x 4,000; beta 50 x 8,100 (other counts); gamma with no sample size stated
    Catalog c = catalog.withProfiles(List.of(
        new UsageProfile("think-1", "high", "alpha", Fixtures.d("4000"), Fixtures.d("4000"), 100L, Fixtures.SOURCE),
        new UsageProfile("think-1", "high", "beta", Fixtures.d("8100"), Fixtures.d("8100"), 50L, Fixtures.SOURCE),
        new UsageProfile("think-1", "high", "gamma", Fixtures.d("20000"), Fixtures.d("20000"), null, Fixtures.SOURCE)),
        List.of());
    assertThat(OwnLevel.of(c, "think-1", "high", shaped, java.math.BigDecimal.ZERO, t.levelSigma(), null).orElseThrow()
        .benchmarks()).containsExactly("alpha", "beta", "gamma");
    assertThat(OwnLevel.of(c, "think-1", "high", shaped, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, null))
        .isEmpty(); // a class whose models do not spread: nothing to learn
  }
}
