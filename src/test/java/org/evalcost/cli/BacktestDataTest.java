package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.evalcost.Golden;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.RequestField;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The back-test on the shipped data: Artificial Analysis's index costs reproduced from its own
 * measurements at its own rates (a check of the mapping and the arithmetic), and the estimates of
 * the same models as unseen ones, whose ranges should hold the published cost most of the time.
 */
class BacktestDataTest {
  private static Catalog catalog;
  private static Backtest.Result result;

  @BeforeAll
  static void run() {
    catalog = new CatalogLoader(DataSource.directory(Golden.PROJECT.resolve("data"))).load();
    result = Backtest.run(catalog, EstimateRequest.DEFAULT_INTERVAL, MonteCarlo.seeded(), RequestField::label);
  }

  private static List<Backtest.Row> aa() {
    return result.rows().stream().filter(r -> r.published().id().startsWith("aa-v4.0-")).toList();
  }

  @Test
  void aasCostsOfTheMappedModelsAreReproducedFromTheirMeasurements() {
    List<Backtest.Row> aa = aa();
    long within = aa.stream().filter(r -> r.error().abs().compareTo(new BigDecimal("0.03")) <= 0).count();
    System.out.printf("AA v4.0 at AA's rates: %d costs, %d within 3%%%n", aa.size(), within);
    assertThat(aa).hasSizeGreaterThanOrEqualTo(238);
    assertThat(within).isGreaterThanOrEqualTo(229);
  }

  /**
   * AA's v4.1 costs bill cached input at cache rates: the benchmarks' fitted share reproduces them,
   * roughly. One share stands for every provider, and AA billed some that sell cache reads at list
   * (Mistral's, MiMo, Ring: about -65% each), so the median error is some 6%, not 0.
   */
  @Test
  void aasCachedV41CostsAreReproducedWithTheFittedCacheShare() {
    List<Backtest.Row> v41 = result.rows().stream().filter(r -> r.published().suite().equals("aa-index-v4.1")).toList();
    List<BigDecimal> errors = new java.util.ArrayList<>(v41.stream().map(r -> r.error().abs()).sorted().toList());
    System.out.printf("AA v4.1 with cache reads: %d costs, median |error| %s%n", v41.size(), errors.get(errors.size() / 2));
    assertThat(v41).hasSizeGreaterThanOrEqualTo(25);
    assertThat(v41).allMatch(r -> r.published().cache());
    assertThat(errors.get(errors.size() / 2)).isLessThan(new BigDecimal("0.08"));
  }

  @Test
  void unseenRangesHoldThePublishedCostMostOfTheTime() {
    Backtest.Summary all = result.unseenByClass().get(result.unseenByClass().size() - 1);
    assertThat(all.group()).isEqualTo(Backtest.ALL);
    double coverage = (double) all.inside() / all.count();
    System.out.printf("unseen: %d costs, median |error| %s, coverage %.3f, median high/low %s%n", all.count(),
        all.medianAbsoluteError(), coverage, all.medianSharpness());
    assertThat(coverage).isBetween(0.65, 0.92);
    assertThat(all.medianAbsoluteError()).isLessThan(new BigDecimal("0.5"));
  }

  /** A calibrated model's total, as shown (the sum of its lines to the cent), is the published cost. */
  @Test
  void aCalibratedEstimateShowsThePublishedCostToTheCent() {
    for (PublishedCost p : catalog.published()) {
      if (!p.calibrate()) {
        continue;
      }
      var model = catalog.model(p.model()).orElseThrow();
      var e = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelRef(model,
          model.setting(p.setting()).orElseThrow()), catalog.suite(p.suite()).orElseThrow(), List.of(), null,
          p.pricesAsOf()));
      assertThat(e.totals().costUsd()).as(p.id()).isEqualByComparingTo(p.costUsd());
    }
  }

  /**
   * The case a v4.1 cost of a model measured only on v4.0's evals poses: for each v4.1 cost, the
   * model's profiles of the benchmarks v4.0 lacks are removed and the priors refitted without
   * those runs, so its new lines are calibrated or predicted from its v4.0-era measurements.
   * A guard against regressions; the figures it prints are in data/README.md.
   */
  @Test
  void v41CostsFromV40TokensOnly() {
    java.util.Set<String> v40 = new java.util.HashSet<>();
    catalog.suite("aa-index-v4.0").orElseThrow().entries().forEach(e -> v40.add(e.benchmark()));
    List<org.evalcost.engine.Model> models = new java.util.ArrayList<>(catalog.coreModels());
    models.addAll(catalog.moreModels());
    List<org.evalcost.engine.UsageProfile> all = catalog.allProfiles();
    List<BigDecimal> errors = new java.util.ArrayList<>();
    int inside = 0;
    StringBuilder lines = new StringBuilder();
    for (PublishedCost p : catalog.backtestCosts()) {
      if (!p.suite().equals("aa-index-v4.1")) {
        continue;
      }
      String owner = catalog.tokensOf(catalog.model(p.model()).orElseThrow()).id();
      List<org.evalcost.engine.UsageProfile> kept = all.stream()
          .filter(u -> !u.model().equals(owner) || v40.contains(u.benchmark())).toList();
      Catalog older = new Catalog(models, catalog.benchmarks(), catalog.suites(), catalog.defaultSuite().id(), kept,
          org.evalcost.engine.PriorFit.fit(catalog.priors(), org.evalcost.engine.MeasuredRun.of(catalog, kept),
              "the measured runs"),
          List.of(), catalog.providers());
      // The estimate as the older catalog knows the model, judged as the back-test judges its rows.
      Backtest.Row row = new Backtest.Row(p, null,
          Backtest.estimate(older, p, EstimateRequest.DEFAULT_INTERVAL, MonteCarlo.seeded(), RequestField::label), null);
      BigDecimal error = row.error();
      boolean in = row.inside();
      errors.add(error.abs());
      inside += in ? 1 : 0;
      lines.append(String.format(java.util.Locale.ROOT, "  %-45s %10s %10s %+6.1f%% %s%n", p.id(), p.costUsd(),
          row.estimated(), error.doubleValue() * 100, in ? "inside" : ""));
    }
    errors.sort(null);
    BigDecimal median = errors.get(errors.size() / 2);
    System.out.printf("v4.1 from v4.0-era tokens: %d costs, median |error| %s, %d inside the 80%% range%n%s",
        errors.size(), median, inside, lines);
    assertThat(errors).hasSizeGreaterThanOrEqualTo(25);
    assertThat(median).isLessThan(new BigDecimal("0.6"));
    assertThat(inside).isGreaterThanOrEqualTo(errors.size() / 2);
  }

  /**
   * The model's own level, judged by leaving out each measured benchmark of each measured model in
   * turn: what the others say of it there, against the class's figure with family and release day
   * alone. The priors were fitted with the left-out run in them, the same for both.
   */
  @Test
  void aModelsMeasuredBenchmarksPredictItsOthersBetterThanItsClassAlone() {
    List<Double> before = new java.util.ArrayList<>();
    List<Double> after = new java.util.ArrayList<>();
    int inside = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (org.evalcost.engine.UsageProfile p : catalog.allProfiles()) {
      org.evalcost.engine.Model m = catalog.model(p.model()).orElse(null);
      org.evalcost.engine.Setting setting = m == null ? null : m.setting(p.setting()).orElse(null);
      org.evalcost.engine.Prior prior = setting == null ? null : catalog.prior(setting.priorClass()).orElse(null);
      if (prior == null || prior.outputTokens(p.benchmark()).isEmpty() || !seen.add(p.model() + "|" + p.setting()
          + "|" + p.benchmark())) {
        continue;
      }
      BigDecimal base = prior.familyLevel(org.evalcost.engine.ModelNames.family(m.id())).add(prior.releaseLevel(m.released()));
      BigDecimal sigma = prior.levelSigma(m.released());
      var own = org.evalcost.engine.OwnLevel.of(catalog, m.id(), setting.name(), prior, base, sigma, p.benchmark());
      if (own.isEmpty() || own.get().benchmarks().size() < 2) {
        continue;
      }
      double y = Math.log(p.outputTokens().doubleValue() / prior.outputTokens(p.benchmark()).get().doubleValue())
          - base.doubleValue();
      double l = own.get().level().doubleValue();
      before.add(Math.abs(y));
      after.add(Math.abs(y - l));
      double sd = Math.hypot(own.get().sigma().doubleValue(), prior.shapeSigma(p.benchmark()).doubleValue());
      inside += Math.abs(y - l) <= 1.2816 * sd ? 1 : 0;
    }
    java.util.Collections.sort(before);
    java.util.Collections.sort(after);
    double medBefore = before.get(before.size() / 2);
    double medAfter = after.get(after.size() / 2);
    System.out.printf("own level, leave-one-benchmark-out: %d runs, median |ln error| %.3f -> %.3f, %.1f%% inside"
        + " the 80%% range%n", after.size(), medBefore, medAfter, 100.0 * inside / after.size());
    assertThat(after).hasSizeGreaterThan(1000);
    assertThat(medAfter).isLessThan(medBefore * 0.9);
    assertThat((double) inside / after.size()).isBetween(0.7, 0.9);
  }
}
