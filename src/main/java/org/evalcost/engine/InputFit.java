package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalcost.stats.Summary;
import org.evalcost.stats.TrendFit;

/**
 * A class's input tokens per item on the benchmarks whose input depends on the model (an agentic
 * eval's turns): its median where it differs from every class's, and how it moves with the day the
 * model came out.
 */
final class InputFit {
  private InputFit() {}

  /**
   * How the class's input on each benchmark whose input depends on the model moves with the day
   * the model came out: each dated run's ln(input / the figure the class is given there: its own
   * median where fitted, else every class's), regressed on that day ({@link org.evalcost.stats.TrendFit#trend}).
   */
  static Map<String, org.evalcost.stats.Trend> inputTrends(String priorClass, List<MeasuredRun> all,
      Map<String, BigDecimal> input, Map<String, BigDecimal> everyInput) {
    Map<String, List<BigDecimal[]>> ratios = new TreeMap<>(); // benchmark -> (input, the class's figure)
    Map<String, List<LocalDate>> days = new TreeMap<>();
    for (MeasuredRun r : all) {
      if (r.priorClass().equals(priorClass) && r.released() != null && r.inputPerItem() != null
          && r.inputPerItem().signum() > 0) {
        BigDecimal base = input.containsKey(r.benchmark()) ? input.get(r.benchmark()) : everyInput.get(r.benchmark());
        ratios.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(new BigDecimal[] {r.inputPerItem(), base});
        days.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(r.released());
      }
    }
    Map<String, org.evalcost.stats.Trend> out = new java.util.LinkedHashMap<>();
    ratios.forEach((benchmark, l) -> {
      org.evalcost.stats.Trend t = TrendFit.ratioTrend(l, days.get(benchmark));
      if (t != null) {
        out.put(benchmark, t);
      }
    });
    return out;
  }

  /**
   * Per benchmark, the median input per item of the class's runs that carry one, where there are
   * enough and it differs from the median of every class's runs by more than chance would: over
   * twice the standard error of a median (1.2533 sd / sqrt(n), the class's sd of ln(input)).
   * Elsewhere the class's input is no different from any other's, and the benchmark's figure holds.
   * Null when no run of the class carries its input: the prior's figures then stand.
   */
  static Map<String, BigDecimal> inputMedians(String priorClass, List<MeasuredRun> all,
      Map<String, BigDecimal> everyInput) {
    Map<String, List<BigDecimal>> mine = new TreeMap<>();
    for (MeasuredRun r : all) {
      if (r.inputPerItem() != null && r.inputPerItem().signum() > 0 && r.priorClass().equals(priorClass)) {
        mine.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(r.inputPerItem());
      }
    }
    if (mine.isEmpty()) {
      return null;
    }
    Map<String, BigDecimal> medians = new TreeMap<>();
    mine.forEach((benchmark, values) -> {
      if (values.size() >= PriorFit.MIN_RUNS) {
        BigDecimal median = PriorFit.wholeMedian(values);
        if (Summary.medianDiffers(values, median, everyInput.get(benchmark))) {
          medians.put(benchmark, median);
        }
      }
    });
    return medians;
  }

  /** Per benchmark, the median input per item of every class's runs that carry one (whole tokens). */
  static Map<String, BigDecimal> everyClassInput(List<MeasuredRun> all) {
    Map<String, List<BigDecimal>> every = new TreeMap<>();
    for (MeasuredRun r : all) {
      if (r.inputPerItem() != null && r.inputPerItem().signum() > 0) {
        every.computeIfAbsent(r.benchmark(), b -> new ArrayList<>()).add(r.inputPerItem());
      }
    }
    Map<String, BigDecimal> medians = new TreeMap<>();
    every.forEach((benchmark, values) -> medians.put(benchmark, PriorFit.wholeMedian(values)));
    return medians;
  }
}
