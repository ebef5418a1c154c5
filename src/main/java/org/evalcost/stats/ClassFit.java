package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one class of models fitted to measured runs, in logarithms: per benchmark the
 * median output per item, and the scatter about it once each run's own level (its mean departure
 * over its benchmarks) is taken out, with the degrees of freedom that level used; and the spread
 * of the levels of runs measured on two or more benchmarks, less what the benchmarks' scatter adds
 * to a mean of few.
 */
public final class ClassFit {
  /** Medians (tokens per item, whole), shape sigmas (3 places), level sigma (3 places) and how many runs it rests on. */
  public record Fit(Map<String, BigDecimal> median, Map<String, BigDecimal> shape, BigDecimal levelSigma,
      int levelRuns, Map<String, BigDecimal> groupLevel, Trend trend) {}

  /** How many runs' worth of "no effect" a group's mean level is shrunk toward. */
  public static final double SHRINK = 2;

  private ClassFit() {}

  /**
   * {@code runs}: benchmark to run to output tokens per item (each positive). With {@code groups}
   * (a run's group, such as its model family), each group's level is its runs' mean level shrunk
   * toward 0 by {@link #SHRINK} runs (sum / (n + SHRINK)), and the level sigma is that of the runs'
   * levels less their group's level as the group's other runs put it, which is what a new model of
   * the group meets.
   *
   * <p>With {@code released} (the day a run's model came out, where known), the runs' levels are first
   * regressed on their release day: where at least {@link TrendFit#TREND_RUNS} runs are dated and the slope
   * is more than twice its standard error, each dated run's level is taken about the trend before
   * the groups' levels and the level sigma are fitted, and the fit carries the {@link Trend}.
   */
  public static Fit fit(Map<String, Map<String, BigDecimal>> runs, Map<String, String> groups,
      Map<String, LocalDate> released) {
    Map<String, Double> median = new TreeMap<>();
    List<String> benchmarks = new ArrayList<>(runs.keySet());
    Map<String, List<double[]>> byRun = new TreeMap<>(); // run -> (benchmark index, residual)
    for (int i = 0; i < benchmarks.size(); i++) {
      Map<String, BigDecimal> of = runs.get(benchmarks.get(i));
      List<Double> logs = new ArrayList<>();
      of.values().forEach(v -> logs.add(Math.log(v.doubleValue())));
      double m = Summary.doubleMedian(logs);
      median.put(benchmarks.get(i), m);
      for (Map.Entry<String, BigDecimal> e : of.entrySet()) {
        byRun.computeIfAbsent(e.getKey(), r -> new ArrayList<>())
            .add(new double[] {i, Math.log(e.getValue().doubleValue()) - m});
      }
    }
    double[] sumSquares = new double[benchmarks.size()];
    double[] freedom = new double[benchmarks.size()];
    List<double[]> levels = new ArrayList<>(); // (level, number of benchmarks)
    Map<String, double[]> byGroup = new TreeMap<>(); // group -> (sum of levels, runs)
    List<String> groupOf = new ArrayList<>();
    List<LocalDate> dayOf = new ArrayList<>();
    for (Map.Entry<String, List<double[]>> entry : byRun.entrySet()) {
      List<double[]> rs = entry.getValue();
      if (rs.size() < 2) {
        continue;
      }
      double level = 0;
      for (double[] r : rs) {
        level += r[1];
      }
      level /= rs.size();
      for (double[] r : rs) {
        double d = r[1] - level;
        sumSquares[(int) r[0]] += d * d;
        freedom[(int) r[0]] += 1 - 1.0 / rs.size();
      }
      levels.add(new double[] {level, rs.size()});
      groupOf.add(groups.get(entry.getKey()));
      dayOf.add(released.get(entry.getKey()));
    }
    Trend trend = TrendFit.trend(levels, dayOf);
    for (int i = 0; i < levels.size(); i++) {
      String g = groupOf.get(i);
      if (trend != null && dayOf.get(i) != null) {
        levels.get(i)[0] -= trend.level(dayOf.get(i)).doubleValue();
      }
      if (g != null) {
        double[] sum = byGroup.computeIfAbsent(g, k -> new double[2]);
        sum[0] += levels.get(i)[0];
        sum[1]++;
      }
    }
    Map<String, BigDecimal> groupLevel = new TreeMap<>();
    for (int i = 0; i < levels.size(); i++) {
      String g = groupOf.get(i);
      if (g != null) {
        // The group's level as an unseen member of it would get it: from the other members alone.
        double[] sum = byGroup.get(g);
        levels.get(i)[0] -= (sum[0] - levels.get(i)[0]) / (sum[1] - 1 + SHRINK);
      }
    }
    byGroup.forEach((g, sum) -> groupLevel.put(g, round(sum[0] / (sum[1] + SHRINK), 3)));
    Map<String, BigDecimal> shape = new LinkedHashMap<>();
    double meanShapeVariance = 0;
    int shapes = 0;
    for (int i = 0; i < benchmarks.size(); i++) {
      if (freedom[i] > 0) {
        double v = sumSquares[i] / freedom[i];
        shape.put(benchmarks.get(i), round(Math.sqrt(v), 3));
        meanShapeVariance += v;
        shapes++;
      }
    }
    meanShapeVariance = shapes == 0 ? 0 : meanShapeVariance / shapes;
    BigDecimal levelSigma = null;
    if (levels.size() >= 2) {
      double mean = 0;
      for (double[] l : levels) {
        mean += l[0];
      }
      mean /= levels.size();
      double var = 0;
      double noise = 0;
      for (double[] l : levels) {
        var += (l[0] - mean) * (l[0] - mean);
        noise += meanShapeVariance / l[1];
      }
      var /= levels.size() - 1;
      noise /= levels.size();
      levelSigma = round(Math.sqrt(Math.max(0, var - noise)), 3);
    }
    Map<String, BigDecimal> medians = new LinkedHashMap<>();
    median.forEach((b, m) -> medians.put(b, round(Math.exp(m), 0).max(BigDecimal.ONE)));
    return new Fit(medians, shape, levelSigma, levels.size(), groupLevel, trend);
  }

  /** e^x, to 6 places: the factor a level in logarithms makes. */
  public static BigDecimal factor(BigDecimal x) {
    return round(Math.exp(x.doubleValue()), 6);
  }

  static BigDecimal round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
  }
}
