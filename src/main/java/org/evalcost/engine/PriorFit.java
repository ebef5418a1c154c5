package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalcost.stats.ClassFit;
import org.evalcost.stats.Summary;
import org.evalcost.stats.TrendFit;

/**
 * Class priors fitted to measured output tokens ({@link ClassFit}): for each class and benchmark
 * with at least {@link #MIN_RUNS} measured runs (a model and setting of the class), the figure is
 * the median output per item, and the shape sigma the scatter about it once the run's level is
 * taken out; the level sigma is the spread of the runs' levels. A benchmark with fewer runs keeps
 * the prior's figure; one whose figure is stated as a multiple of GPQA Diamond's ("assumption: 0.5
 * x the GPQA Diamond figure", "GPQA Diamond figure x 2.314, the median ratio ...") follows the new
 * GPQA figure. The same runs give the same priors, so
 * the back-test can refit without a model.
 */
public final class PriorFit {
  /** Fewer measured runs than this of a class on a benchmark, and the prior keeps its figure. */
  public static final int MIN_RUNS = 5;

  static final String GPQA = "gpqa-diamond";
  private PriorFit() {}

  /** The priors with the figures and spreads these runs give; {@code evidence} names the runs in the derivations. */
  public static List<Prior> fit(List<Prior> priors, List<MeasuredRun> runs, String evidence) {
    Map<String, BigDecimal> everyInput = InputFit.everyClassInput(runs);
    List<Prior> out = new ArrayList<>();
    for (Prior prior : priors) {
      out.add(fit(prior, runs, evidence, everyInput));
    }
    return out;
  }

  private static Prior fit(Prior prior, List<MeasuredRun> all, String evidence, Map<String, BigDecimal> everyInput) {
    Map<String, Map<String, BigDecimal>> byBenchmark = new TreeMap<>();
    for (MeasuredRun r : all) {
      if (r.priorClass().equals(prior.priorClass()) && r.outputPerItem().signum() > 0) {
        byBenchmark.computeIfAbsent(r.benchmark(), b -> new TreeMap<>()).put(r.unit(), r.outputPerItem());
      }
    }
    byBenchmark.values().removeIf(runs -> runs.size() < MIN_RUNS);
    if (byBenchmark.isEmpty()) {
      return prior;
    }
    Map<String, String> families = new TreeMap<>();
    for (Map<String, BigDecimal> runs : byBenchmark.values()) {
      for (String unit : runs.keySet()) {
        int bar = unit.indexOf('|');
        families.put(unit, ModelNames.family(bar < 0 ? unit : unit.substring(0, bar)));
      }
    }
    Map<String, LocalDate> released = new TreeMap<>();
    for (MeasuredRun r : all) {
      if (r.released() != null && families.containsKey(r.unit())) {
        released.put(r.unit(), r.released());
      }
    }
    ClassFit.Fit fit = ClassFit.fit(byBenchmark, families, released);
    Map<String, BigDecimal> shape = new LinkedHashMap<>(prior.shapeSigma());
    shape.putAll(fit.shape());
    BigDecimal levelSigma = prior.levelSigma();
    String sigmaDerivation = prior.sigmaDerivation();
    if (fit.levelSigma() != null && fit.levelRuns() >= MIN_RUNS) {
      levelSigma = fit.levelSigma();
      sigmaDerivation = "fitted to " + evidence + ": level_sigma " + levelSigma.toPlainString() + " is the sd over the "
          + fit.levelRuns() + " " + prior.priorClass() + " runs measured on two or more benchmarks of their mean "
          + "ln(output / class median), less the share the benchmarks' scatter adds to a mean of few; a benchmark's "
          + "shape_sigma is the scatter of ln(output / class median) about the run's level (benchmarks with fewer "
          + "than " + MIN_RUNS + " runs keep the stated one)";
      if (fit.trend() != null) {
        sigmaDerivation += "; release_trend is the least-squares slope of those levels on the day the model came "
            + "out (" + fit.trend().first() + " to " + fit.trend().last() + "), kept because it is more than twice "
            + "its standard error; level_sigma and family_level are fitted about it, and a model with no release "
            + "day meets sqrt(level_sigma^2 + (per_year x sd_years)^2)";
      }
    }
    Map<String, BigDecimal> output = new LinkedHashMap<>(prior.outputTokens());
    Map<String, String> derivation = prior.derivation() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(prior.derivation());
    for (Map.Entry<String, BigDecimal> m : fit.median().entrySet()) {
      output.put(m.getKey(), m.getValue());
      derivation.put(m.getKey(), "median output tokens per item of the " + byBenchmark.get(m.getKey()).size() + " "
          + prior.priorClass() + " runs of " + evidence + " (one pass)");
    }
    BigDecimal defaultTokens = prior.defaultOutputTokens();
    BigDecimal gpqa = fit.median().get(GPQA);
    if (gpqa != null) {
      GpqaMultiples.follow(derivation, fit.median().keySet(), gpqa, output);
      if (defaultTokens != null) {
        defaultTokens = gpqa; // the class's level, which GPQA Diamond's figure stands for
      }
    }
    Map<String, BigDecimal> familyLevel = fit.levelRuns() >= MIN_RUNS ? fit.groupLevel() : prior.familyLevel();
    // The runs replace the file's input figures whole, so that a figure a left-out model made stand does not stay.
    Map<String, BigDecimal> input = InputFit.inputMedians(prior.priorClass(), all, everyInput);
    String inputDerivation = null;
    if (input == null) {
      input = prior.inputTokens();
      inputDerivation = prior.inputDerivation();
    } else if (!input.isEmpty()) {
      inputDerivation = "median input tokens per item of the " + prior.priorClass() + " runs of " + evidence
          + " on each benchmark whose input depends on the model (it gives input_tokens_model_sigma), has at least "
          + MIN_RUNS + " such runs (one pass), and whose class median differs from every class's by more than twice "
          + "its standard error (1.2533 sd(ln input) / sqrt(runs)); elsewhere the benchmark's own input_tokens";
    }
    org.evalcost.stats.Trend trend = fit.levelRuns() >= MIN_RUNS ? fit.trend() : prior.releaseTrend();
    Map<String, org.evalcost.stats.Trend> inputTrends = InputFit.inputTrends(prior.priorClass(), all, input, everyInput);
    if (!inputTrends.isEmpty()) {
      inputDerivation = (inputDerivation == null ? "" : inputDerivation + "; ") + "input_release_trend, per "
          + "benchmark with at least " + TrendFit.TREND_RUNS + " dated " + prior.priorClass() + " runs, is the "
          + "least-squares slope of ln(input / the class's figure) on the day the model came out, kept where it "
          + "is more than twice its standard error";
    }
    return new Prior(prior.priorClass(), output, defaultTokens, levelSigma, shape, prior.source(), derivation,
        sigmaDerivation, familyLevel, input, inputDerivation, trend, inputTrends);
  }

  /** The median of token counts, to whole tokens (half up), at least one. */
  static BigDecimal wholeMedian(List<BigDecimal> values) {
    return median(values).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
  }

  /** The median: the middle value, or halfway between the middle two; zero for none. */
  static BigDecimal median(List<BigDecimal> values) {
    return values.isEmpty() ? BigDecimal.ZERO : org.evalcost.stats.Summary.median(values);
  }

}
