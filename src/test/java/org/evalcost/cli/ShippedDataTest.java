package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Setting;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * The shipped data/ is valid, consistent, and reproduces the published costs it calibrates to.
 * Unlike the unit tests this reads the live data, so a data change that breaks a promise fails here.
 */
class ShippedDataTest {
  private static final Catalog CATALOG = new CatalogLoader(DataSource.builtIn()).load();
  /** The day the newest price in the data took effect: every model is on sale by then. */
  private static final LocalDate TODAY = CATALOG.models().stream()
      .flatMap(m -> m.prices().stream()).map(p -> p.effectiveFrom()).max(LocalDate::compareTo).orElseThrow();
  private final ModelResolver resolver = new ModelResolver(CATALOG);
  private final Estimator estimator = new Estimator(CATALOG, MonteCarlo.seeded());

  private Estimate suite(String model) {
    return suite(resolver.resolve(model, null), TODAY);
  }

  private Estimate suite(ModelRef ref, LocalDate asOf) {
    return estimator.estimate(new EstimateRequest(ref, CATALOG.suite("aa-index-v2").orElseThrow(), List.of(), null, asOf));
  }

  private static double relativeError(BigDecimal estimate, String published) {
    return estimate.subtract(new BigDecimal(published)).abs().divide(new BigDecimal(published), java.math.MathContext.DECIMAL64).doubleValue();
  }

  @Test
  void theBuiltInDataIsTheRepositorysDataDirectory() {
    Catalog fromDirectory = new CatalogLoader(DataSource.directory(org.evalcost.Golden.PROJECT.resolve("data"))).load();
    assertThat(fromDirectory.models()).hasSameSizeAs(CATALOG.models());
  }

  @Test
  void o1MatchesArtificialAnalysisWithinTwoPercent() {
    Estimate o1 = suite("o1");
    assertThat(o1.model().model().id()).isEqualTo("o1-2024-12-17");
    assertThat(relativeError(o1.totals().costUsd(), "2767.05")).isLessThan(0.02);
    assertThat(o1.totals().outputTokens()).isGreaterThan(new BigDecimal("44000000"));
  }

  @Test
  void gpt4oAndClaude36WithinFivePercent() {
    assertThat(relativeError(suite("gpt-4o-2024-05-13").totals().costUsd(), "108.85")).isLessThan(0.05);
    Estimate claude = suite("claude-3.6-sonnet");
    assertThat(claude.model().model().id()).isEqualTo("claude-3-5-sonnet-20241022");
    assertThat(relativeError(claude.totals().costUsd(), "81.41")).isLessThan(0.05);
  }

  @Test
  void o1GeneratesSixToTenTimesGpt4o() {
    BigDecimal ratio = suite("o1").totals().outputTokens()
        .divide(suite("gpt-4o-2024-05-13").totals().outputTokens(), java.math.MathContext.DECIMAL64);
    assertThat(ratio.doubleValue()).isBetween(6.0, 10.0);
  }

  @Test
  void everyModelAndSettingHasACompleteEstimateWithABasisOnEveryLine() {
    int estimates = 0;
    for (Model model : CATALOG.models()) {
      for (Setting setting : model.settings()) {
        Estimate e = suite(new ModelRef(model, setting), TODAY);
        assertThat(e.totals().complete()).as("%s priced", e.model().label()).isTrue();
        var rates = model.prices().get(model.prices().size() - 1).rates();
        boolean free = rates.output().signum() == 0 && rates.input().signum() == 0;
        assertThat(e.totals().costUsd().signum()).as("%s total", e.model().label()).isEqualTo(free ? 0 : 1);
        assertThat(e.lines()).as(e.model().label()).allSatisfy(line -> {
          assertThat(line.basis()).isNotNull();
          assertThat(line.tokenSource()).isNotNull();
        });
        estimates++;
      }
    }
    assertThat(estimates).isGreaterThan(CATALOG.models().size());
  }

  @Test
  void variantsThatBenchmarkSitesNameResolve() {
    assertThat(resolver.resolve("o3-mini-high", null).setting().name()).isEqualTo("high");
    assertThat(resolver.resolve("o1-high", null).model().id()).isEqualTo("o1-2024-12-17");
    ModelRef thinking = resolver.resolve("claude-3.7-sonnet-thinking", null);
    assertThat(thinking.model().id()).isEqualTo("claude-3-7-sonnet-20250219");
    assertThat(thinking.setting().name()).isEqualTo("thinking");
    assertThat(resolver.resolve("gpt-4o", null).model().id()).isEqualTo("gpt-4o-2024-08-06");
  }

  @Test
  void o3PriceChangedOn2025June10() {
    Model o3 = resolver.resolve("o3", null).model();
    assertThat(o3.priceOn(LocalDate.of(2025, 6, 9)).orElseThrow().rates().input()).isEqualByComparingTo("10");
    assertThat(o3.priceOn(LocalDate.of(2025, 6, 10)).orElseThrow().rates().input()).isEqualByComparingTo("2");
    assertThat(suite(resolver.resolve("o3", null), LocalDate.of(2025, 5, 1)).totals().costUsd())
        .isGreaterThan(suite(resolver.resolve("o3", null), LocalDate.of(2025, 7, 1)).totals().costUsd());
  }

  @Test
  void calibrationsAllFitAndStayPlausible() {
    for (var published : CATALOG.published()) {
      Model model = CATALOG.model(published.model()).orElseThrow();
      Estimate e = suite(new ModelRef(model, model.setting(published.setting()).orElseThrow()), published.pricesAsOf());
      assertThat(e.calibration().orElseThrow().fitted()).as(published.id()).isTrue();
      // A factor far from 1 would mean the prior is badly off, not that the model is unusual.
      assertThat(e.calibration().orElseThrow().factor().doubleValue()).as(published.id()).isBetween(0.25, 4.0);
      assertThat(e.totals().costUsd().doubleValue()).as(published.id())
          .isCloseTo(published.costUsd().doubleValue(), within(0.01 * e.lines().size()));
      assertThat(e.lines()).extracting(Line::basis).contains(Basis.CALIBRATED);
    }
  }

  @Test
  void jsonTotalEqualsTheCsvSumAndTheTable() throws IOException {
    for (String model : List.of("o1", "gpt-4o-2024-05-13", "claude-3.6-sonnet", "o3-mini-high")) {
      JsonNode json = new ObjectMapper().readTree(Cli.run("estimate", "-m", model, "--suite", "aa-index-v2", "--format", "json").out());
      BigDecimal total = json.get("total").get("costUsd").decimalValue();
      assertThat(CsvSums.sum(Cli.run("estimate", "-m", model, "--suite", "aa-index-v2", "--format", "csv").out(), "cost_usd"))
          .as(model).isEqualByComparingTo(total);
      assertThat(Cli.run("estimate", "-m", model, "--suite", "aa-index-v2").out())
          .contains(String.format(java.util.Locale.ROOT, "%,.2f", total));
    }
  }

  @Test
  void everyMeasuredProfileIsShownAsMeasured() {
    Map<String, Integer> measured = new java.util.HashMap<>();
    for (Model model : CATALOG.models()) {
      for (Setting setting : model.settings()) {
        for (Line line : suite(new ModelRef(model, setting), TODAY).lines()) {
          Model owner = CATALOG.tokensOf(model); // another seller's copy uses the original's figures
          boolean hasProfile = CATALOG.profile(owner.id(), setting.name(), line.benchmark().id()).isPresent();
          assertThat(line.basis() == Basis.MEASURED).as("%s %s", model.id(), line.benchmark().id()).isEqualTo(hasProfile);
          if (hasProfile) {
            measured.merge(line.benchmark().id(), 1, Integer::sum);
          }
        }
      }
    }
    assertThat(measured).containsKey("gpqa-diamond");
  }

  @Test
  void aPredictedLineSaysHowTheModelsReleaseDayMovedIt() {
    Model o1 = resolver.resolve("o1", null).model();
    assertThat(o1.released()).isEqualTo(LocalDate.of(2024, 12, 17));
    assertThat(CATALOG.prior("reasoning-medium").orElseThrow().releaseTrend()).isNotNull();
    String out = Cli.run("estimate", "-m", "o1", "--as-of", "2026-06-15").out().replaceAll("\\s+", " ");
    assertThat(out).containsPattern("predicted .*x 0\\.\\d\\d for its release on 2024-12-17 \\(the class's "
        + "release_trend, \\+0\\.\\d{3} a year from 20\\d\\d-\\d\\d-\\d\\d\\)");
    assertThat(Cli.run("estimate", "-m", "o1", "--format", "json").out()).contains("\"released\": \"2024-12-17\"");
  }
}
