package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** Ranges on the fixture catalog: ordered, honest about their basis, and tested by a back-test. */
class RangesTest {
  private final Catalog catalog = Fixtures.catalog();

  private Estimate estimate(String model, String suite, LocalDate asOf) {
    return new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(catalog).resolve(model, null),
        catalog.suite(suite).orElseThrow(), List.of(), null, asOf));
  }

  @Test
  void lowPointHighAreOrderedOnEveryLineAndTotal() {
    for (String model : List.of("t1", "t1-low", "plain-1")) {
      Estimate e = estimate(model, "all", Fixtures.JUNE_2025);
      for (Line line : e.lines()) {
        assertThat(line.range().low()).isLessThanOrEqualTo(line.cost());
        assertThat(line.range().high()).isGreaterThanOrEqualTo(line.cost());
      }
      assertThat(e.totals().range().low()).isLessThanOrEqualTo(e.totals().costUsd());
      assertThat(e.totals().range().high()).isGreaterThanOrEqualTo(e.totals().costUsd());
    }
  }

  @Test
  void predictedIsWidestAndALoneCalibratedLineIsPinned() {
    Estimate e = estimate("t1", "all", Fixtures.JUNE_2025);
    BigDecimal measured = relativeWidth(e.lines().get(0));
    BigDecimal calibrated = relativeWidth(e.lines().get(1));
    BigDecimal predicted = relativeWidth(e.lines().get(2));
    assertThat(predicted).isGreaterThan(measured).isGreaterThan(calibrated);
    // beta is the only calibrated line: the calibration fixes it, only the spread between its 100
    // requests remains (cv 1 / sqrt(100) = 0.1, about +/-13% at the 80% range).
    assertThat(calibrated).isBetween(new BigDecimal("0.15"), new BigDecimal("0.4"));
  }

  @Test
  void aMeasuredMeanNarrowsWithItsSample() {
    Line line = estimate("t1", "all", Fixtures.JUNE_2025).lines().get(0);
    // 10 samples: sd of the log of the mean = 1 / sqrt(10) = 0.32, and 0.1 for the 100 requests.
    assertThat(line.spread().own()).isEqualByComparingTo(new BigDecimal("0.3162277660168380"));
    assertThat(line.spread().items()).isEqualByComparingTo("0.1");
  }

  private static BigDecimal relativeWidth(Line line) {
    return line.range().high().subtract(line.range().low()).divide(line.cost(), java.math.MathContext.DECIMAL64);
  }

  @Test
  void noPriceNoRange() {
    Estimate e = estimate("future-1", "small", Fixtures.JUNE_2025);
    assertThat(e.totals().range()).isNull();
    assertThat(e.lines()).allSatisfy(line -> assertThat(line.range()).isNull());
  }

  @Test
  void backtestLeavesTheCalibrationOut() {
    // Without its calibration think-1 (high) on "small" at 2024 prices is alpha measured, $6.21,
    // plus beta predicted: 100 x 1000 in at $10 + 100 x 4000 out at $40 = $17.00; $23.21 in all,
    // +52.6% over the published $15.21.
    Backtest.Result result = Backtest.run(catalog, EstimateRequest.DEFAULT_INTERVAL, MonteCarlo.seeded(), RequestField::label);
    Backtest.Row row = result.rows().get(0);
    assertThat(row.estimated()).isEqualByComparingTo("23.21");
    assertThat(row.error().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.5260");
    assertThat(row.estimate().lines().get(1).basis()).isEqualTo(Basis.PREDICTED);
    assertThat(result.medianAbsoluteError()).isEqualByComparingTo(row.error());
    assertThat(row.inside()).isEqualTo(row.estimate().totals().range().low().compareTo(new BigDecimal("15.21")) <= 0);
  }

  @Test
  void theUnseenEstimateDropsTheModelsProfilesAndRestsOnItsPrior() {
    // As a new model, think-1 (high) loses its alpha profile: alpha 100 x 200 in at $10 + 100 x 1000
    // out at $40 = $4.20, beta as above $17.00; $21.20, +39.4% over $15.21.
    Backtest.Row row = Backtest.run(catalog, EstimateRequest.DEFAULT_INTERVAL, MonteCarlo.seeded(), RequestField::label).rows().get(0);
    assertThat(row.priorClass()).isEqualTo("thinker");
    assertThat(row.unseen().lines()).extracting(Line::basis).containsOnly(Basis.PREDICTED);
    assertThat(row.unseen().totals().costUsd()).isEqualByComparingTo("21.20");
    assertThat(row.unseenError().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.3938");
    assertThat(row.estimate().lines().get(0).basis()).isEqualTo(Basis.MEASURED); // the catalog is left as it was
  }

  @Test
  void aPublishersRatesPriceTheBacktestEstimate() {
    // The same cost published with rates of $1 in and $4 out: a tenth of the 2024 rates, so $2.32.
    PublishedCost at = new PublishedCost("p", "think-1", "high", "small", new BigDecimal("15.21"),
        LocalDate.of(2024, 6, 1), false, Fixtures.SOURCE, null, Fixtures.rates("1", "4"), false);
    Backtest.Row row = Backtest.run(Fixtures.catalog(List.of(at)), EstimateRequest.DEFAULT_INTERVAL, MonteCarlo.seeded(), RequestField::label).rows().get(0);
    assertThat(row.estimated()).isEqualByComparingTo("2.32");
  }

  @Test
  void anUnmeasuredLineOfABenchmarkWhoseInputVariesDrawsItsInput() {
    Benchmark alpha = catalog.benchmark("alpha").orElseThrow();
    Benchmark varying = new Benchmark(alpha.id(), alpha.name(), alpha.items(), alpha.inputTokens(), null,
        alpha.source(), null, null, null, new BigDecimal("1.0"), null, null);
    Catalog wide = catalog.withBenchmarks(List.of(varying));
    EstimateRequest request = new EstimateRequest(new ModelResolver(catalog).resolve("plain-1", null),
        catalog.suite("small").orElseThrow(), List.of(), null, Fixtures.JUNE_2025);
    Line known = new Estimator(catalog, MonteCarlo.seeded()).estimate(request).lines().get(0);
    Line drawn = new Estimator(wide, MonteCarlo.seeded()).estimate(request).lines().get(0);
    assertThat(drawn.cost()).isEqualByComparingTo(known.cost());
    // plain-1 on alpha: input $0.02 of $0.05; known, the low end keeps all of it, drawn, it does not.
    assertThat(known.range().low()).isGreaterThan(new BigDecimal("0.02"));
    assertThat(drawn.range().low()).isLessThan(known.range().low());
    assertThat(drawn.range().high()).isGreaterThan(known.range().high());
    // A measured line's input is known whatever the benchmark: think-1 (high) measured on alpha.
    EstimateRequest measured = new EstimateRequest(new ModelResolver(catalog).resolve("think-1", null),
        catalog.suite("small").orElseThrow(), List.of("alpha"), null, Fixtures.JUNE_2025);
    assertThat(new Estimator(wide, MonteCarlo.seeded()).estimate(measured).lines().get(0).range())
        .isEqualTo(new Estimator(catalog, MonteCarlo.seeded()).estimate(measured).lines().get(0).range());
  }
}
