package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Priors fitted to runs worked out by hand. */
class PriorFitTest {
  private static final Prior PLAIN = new Prior("plain",
      Map.of("gpqa-diamond", d("100"), "alpha", d("50"), "beta", d("400")), d("100"), d("0.5"),
      Map.of("beta", d("0.3")), Fixtures.SOURCE,
      Map.of("alpha", "assumption: 0.5 x the GPQA Diamond figure (no measurement)", "beta", "stated"), "stated");

  /** Five runs a..e, each e^k times as verbose on gpqa and gamma, k = -2..2: the level explains all. */
  private static List<MeasuredRun> runs() {
    List<MeasuredRun> runs = new ArrayList<>();
    String[] units = {"a", "b", "c", "d", "e"};
    for (int k = -2; k <= 2; k++) {
      java.math.BigDecimal f = java.math.BigDecimal.valueOf(Math.exp(k));
      runs.add(new MeasuredRun(units[k + 2], "plain", "gpqa-diamond", f.multiply(d("200"))));
      runs.add(new MeasuredRun(units[k + 2], "plain", "gamma", f.multiply(d("1000"))));
    }
    runs.add(new MeasuredRun("x", "other", "gpqa-diamond", d("9"))); // another class
    runs.add(new MeasuredRun("a", "plain", "beta", d("7"))); // one run: beta keeps its figure
    return runs;
  }

  @Test
  void figuresAreTheMediansAndTheLevelCarriesTheSpread() {
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs(), "the test runs").get(0);
    assertThat(fitted.outputTokens().get("gpqa-diamond")).isEqualByComparingTo("200");
    assertThat(fitted.outputTokens().get("gamma")).isEqualByComparingTo("1000");
    // Each run strays by the same k on both: no shape left, the levels' sd is that of -2..2, sqrt(2.5).
    assertThat(fitted.shapeSigma()).containsEntry("gamma", d("0.000")).containsEntry("gpqa-diamond", d("0.000"));
    assertThat(fitted.levelSigma()).isEqualByComparingTo("1.581");
    // beta (one run) keeps its figure and shape; alpha, stated as half of GPQA, follows it; the default is GPQA's.
    assertThat(fitted.outputTokens().get("beta")).isEqualByComparingTo("400");
    assertThat(fitted.shapeSigma().get("beta")).isEqualByComparingTo("0.3");
    assertThat(fitted.outputTokens().get("alpha")).isEqualByComparingTo("100");
    assertThat(fitted.defaultOutputTokens()).isEqualByComparingTo("200");
    assertThat(fitted.sigmaDerivation()).contains("the test runs", "5 plain runs");
  }

  @Test
  void scatterAboutTheLevelIsTheShape() {
    // Two benchmarks, five runs; on gamma run c is e^0.5 above and d e^0.5 below where its level puts it.
    List<MeasuredRun> runs = new ArrayList<>();
    String[] units = {"a", "b", "c", "d", "e"};
    double[] gamma = {0, 0, 1, -1, 0};
    for (int i = 0; i < 5; i++) {
      runs.add(new MeasuredRun(units[i], "plain", "gpqa-diamond", d("100")));
      runs.add(new MeasuredRun(units[i], "plain", "gamma", java.math.BigDecimal.valueOf(100 * Math.exp(gamma[i]))));
    }
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs, "t").get(0);
    // Levels 0, 0, 0.5, -0.5, 0; residuals of c and d +-0.5 on each benchmark, whose five runs
    // have 1/2 a degree of freedom each: 2 x 0.25 / 2.5 = 0.2, shape sqrt(0.2) = 0.447 on each.
    assertThat(fitted.shapeSigma().get("gamma")).isEqualByComparingTo("0.447");
    assertThat(fitted.shapeSigma().get("gpqa-diamond")).isEqualByComparingTo("0.447");
    // Levels' variance 0.5 / 4 = 0.125, less what a mean of two adds, 0.2 / 2: sqrt(0.025) = 0.158.
    assertThat(fitted.levelSigma()).isEqualByComparingTo("0.158");
  }

  @Test
  void aFamilysLevelIsItsRunsMeanLevelShrunkByTwoRuns() {
    // Runs x1, x2 of family x at e^1, y1, y2 at e^0 and y3 at e^-1 on two benchmarks: medians e^0,
    // levels 1, 1, 0, 0, -1; x: 2 / (2 + 2) = 0.5, y: -1 / (3 + 2) = -0.2.
    List<MeasuredRun> runs = new ArrayList<>();
    String[] units = {"x1|d", "x2|d", "y1|d", "y2|d", "y3|d"};
    double[] level = {1, 1, 0, 0, -1};
    for (int i = 0; i < 5; i++) {
      for (String b : new String[] {"gpqa-diamond", "gamma"}) {
        runs.add(new MeasuredRun(units[i], "plain", b, java.math.BigDecimal.valueOf(100 * Math.exp(level[i]))));
      }
    }
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs, "t").get(0);
    assertThat(fitted.familyLevel("x")).isEqualByComparingTo("0.5");
    assertThat(fitted.familyLevel("y")).isEqualByComparingTo("-0.2");
    assertThat(fitted.familyLevel("z")).isEqualByComparingTo("0");
    // About the family as its other runs put it: x1 1 - 1/3, y1 0 - (0 - 1)/4, y3 -1 - 0/4: the sd of 2/3, 2/3,
    // 1/4, 1/4, -1 is 0.685.
    assertThat(fitted.levelSigma()).isEqualByComparingTo("0.685");
  }

  @Test
  void aClassWithTooFewRunsKeepsItsPrior() {
    Prior fitted = PriorFit.fit(List.of(PLAIN), List.of(new MeasuredRun("a", "plain", "gamma", d("5"))), "t").get(0);
    assertThat(fitted).isEqualTo(PLAIN);
  }

  @Test
  void aClassKeepsItsOwnInputWhereItDiffersBeyondChance() {
    // Class plain: five runs on agentic "tau" with input 100 each (sd 0), and on "lcr" 100..104.
    // Class other: five runs at 1000 on tau, 100..104 on lcr. Every class's median: tau 550 (100 and
    // 1000 halved), lcr 102. plain's tau median 100 is ln(5.5) away with no scatter: kept; its lcr
    // median 102 is every class's: the benchmark's own figure holds.
    List<MeasuredRun> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(new MeasuredRun("p" + i, "plain", "gpqa-diamond", d("100"), null));
      runs.add(new MeasuredRun("p" + i, "plain", "tau", d("100"), d("100")));
      runs.add(new MeasuredRun("p" + i, "plain", "lcr", d("100"), d(String.valueOf(100 + i))));
      runs.add(new MeasuredRun("o" + i, "other", "tau", d("100"), d("1000")));
      runs.add(new MeasuredRun("o" + i, "other", "lcr", d("100"), d(String.valueOf(100 + i))));
    }
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs, "t").get(0);
    assertThat(fitted.inputTokens()).containsOnlyKeys("tau");
    assertThat(fitted.inputTokens("tau")).contains(d("100"));
    assertThat(fitted.inputTokens("lcr")).isEmpty();
    assertThat(fitted.inputDerivation()).contains("median input tokens per item of the plain runs of t",
        "twice its standard error");
  }

  @Test
  void theRunsReplaceTheFilesInputFiguresWhole() {
    // The file says 5 on "gone"; the runs carry input on tau only, where plain is like every class:
    // nothing of the file's stays, so a figure a left-out model once made stand goes with it.
    Prior withInput = new Prior("plain", PLAIN.outputTokens(), PLAIN.defaultOutputTokens(), PLAIN.levelSigma(),
        PLAIN.shapeSigma(), Fixtures.SOURCE, PLAIN.derivation(), PLAIN.sigmaDerivation(), Map.of(),
        Map.of("gone", d("5")), "stated");
    List<MeasuredRun> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(new MeasuredRun("p" + i, "plain", "tau", d("100"), d(String.valueOf(100 + i))));
    }
    Prior fitted = PriorFit.fit(List.of(withInput), runs, "t").get(0);
    assertThat(fitted.inputTokens()).isEmpty();
    assertThat(fitted.inputDerivation()).isNull();
    // With no run carrying input, the file's figures stand.
    List<MeasuredRun> outputOnly = List.of(new MeasuredRun("p", "plain", "tau", d("100")));
    assertThat(PriorFit.fit(List.of(withInput), outputOnly, "t").get(0).inputTokens()).containsEntry("gone", d("5"));
  }

  @Test
  void theMedianOfAnEvenCountIsHalfwayRoundedHalfUp() {
    assertThat(PriorFit.wholeMedian(List.of(d("3"), d("1"), d("2"), d("4")))).isEqualByComparingTo("3");
    assertThat(PriorFit.wholeMedian(List.of(d("3"), d("1"), d("2")))).isEqualByComparingTo("2");
    assertThat(PriorFit.wholeMedian(List.of(d("0.2")))).isEqualByComparingTo("1");
    assertThat(PriorFit.median(List.of(d("3"), d("1"), d("2"), d("4")))).isEqualByComparingTo("2.5");
    assertThat(PriorFit.median(List.of())).isEqualByComparingTo("0");
  }

  @Test
  void runsAreTheProfilesOfKnownSettingsWithInputWhereTheBenchmarkVariesByModel() {
    Benchmark tau = new Benchmark("tau", "Tau", 10, d("1000"), null, Fixtures.SOURCE, null, null, null, d("0.9"),
        null, null, null, null, null);
    Catalog catalog = Fixtures.catalog().withBenchmarks(List.of(tau));
    List<UsageProfile> profiles = List.of(
        new UsageProfile("think-1", "high", "tau", d("5000"), d("300"), 10L, Fixtures.SOURCE),
        new UsageProfile("think-1", "low", "alpha", d("200"), d("30"), 100L, Fixtures.SOURCE),
        new UsageProfile("ghost", "high", "alpha", d("200"), d("30"), 100L, Fixtures.SOURCE),
        new UsageProfile("think-1", "medium", "alpha", d("200"), d("30"), 100L, Fixtures.SOURCE));
    assertThat(MeasuredRun.of(catalog, profiles)).containsExactly(
        new MeasuredRun("think-1|high", "thinker", "tau", d("300"), d("5000")),
        new MeasuredRun("think-1|low", "plain", "alpha", d("30"), null));
  }

  /** 24 runs of plain, one a year from 2002-07-02, on three benchmarks, each at e^(0.4 x year +- 0.1). */
  private static List<MeasuredRun> datedRuns() {
    List<MeasuredRun> runs = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      double level = 0.4 * i + (i % 2 == 0 ? 0.1 : -0.1);
      java.math.BigDecimal f = java.math.BigDecimal.valueOf(Math.exp(level));
      java.time.LocalDate day = java.time.LocalDate.of(2002 + i, 7, 2);
      String unit = "m" + i + "|d";
      runs.add(new MeasuredRun(unit, "plain", "gpqa-diamond", f.multiply(d("100")), null, day));
      runs.add(new MeasuredRun(unit, "plain", "gamma", f.multiply(d("1000")), null, day));
      // tau's input grows 0.5 a year, exactly.
      runs.add(new MeasuredRun(unit, "plain", "tau", f.multiply(d("100")),
          java.math.BigDecimal.valueOf(1000 * Math.exp(0.5 * i)), day));
    }
    return runs;
  }

  @Test
  void aClassWhoseLevelsRiseWithTheReleaseDayGetsATrendAndItsSpreadAboutIt() {
    Prior fitted = PriorFit.fit(List.of(PLAIN), datedRuns(), "t").get(0);
    // The levels rise 0.4 a year: the +-0.1 alternation takes 0.1 x 12 / 1150 = 0.001 off: 0.399.
    assertThat(fitted.releaseTrend()).isNotNull();
    assertThat(fitted.releaseTrend().perYear()).isEqualByComparingTo("0.399");
    assertThat(fitted.releaseTrend().first()).isEqualTo(java.time.LocalDate.of(2002, 7, 2));
    assertThat(fitted.releaseTrend().last()).isEqualTo(java.time.LocalDate.of(2025, 7, 2));
    // About the trend only the +-0.1 is left, where the levels alone spread 2.8 (0.4 x sd of 0..23, 7.07).
    assertThat(fitted.levelSigma()).isLessThan(d("0.15"));
    assertThat(fitted.sigmaDerivation()).contains("release_trend is the least-squares slope");
    // A model out at the last run's day is e^(0.399 x ~11.5 years) above the class's median.
    assertThat(fitted.releaseLevel(java.time.LocalDate.of(2025, 7, 2)).doubleValue()).isBetween(4.5, 4.7);
    assertThat(fitted.releaseLevel(null)).isEqualByComparingTo("0");
    // One with no release day meets the spread of days as well: sqrt(sigma^2 + (0.399 x 7.07)^2) > 2.8.
    assertThat(fitted.levelSigma(null)).isGreaterThan(d("2.8"));
  }

  @Test
  void anInputThatRisesWithTheReleaseDayGetsItsOwnTrendPerBenchmark() {
    List<MeasuredRun> runs = datedRuns();
    for (int i = 0; i < 24; i++) { // gamma's input does not move with the day
      runs.add(new MeasuredRun("n" + i + "|d", "plain", "gamma", d("1000"), d(i % 2 == 0 ? "900" : "1100"),
          java.time.LocalDate.of(2002 + i, 7, 2)));
    }
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs, "t").get(0);
    assertThat(fitted.inputTrends()).containsOnlyKeys("tau");
    assertThat(fitted.inputTrends().get("tau").perYear()).isEqualByComparingTo("0.500");
    assertThat(fitted.inputLevel("gamma", java.time.LocalDate.of(2025, 7, 2))).isEqualByComparingTo("0");
    // Nineteen dated runs of tau are too few for a trend of their own.
    List<MeasuredRun> fewer = new ArrayList<>();
    for (MeasuredRun r : datedRuns()) {
      if (!r.benchmark().equals("tau") || r.released().getYear() < 2021) {
        fewer.add(r);
      }
    }
    assertThat(PriorFit.fit(List.of(PLAIN), fewer, "t").get(0).inputTrends()).isEmpty();
    assertThat(fitted.inputDerivation()).contains("input_release_trend");
  }

  @Test
  void undatedRunsFitNoTrend() {
    Prior fitted = PriorFit.fit(List.of(PLAIN), runs(), "t").get(0);
    assertThat(fitted.releaseTrend()).isNull();
    assertThat(fitted.inputTrends()).isEmpty();
  }
}
