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

  /**
   * Fewer dated runs than this, and no release-day trend is fitted. With 10, the 11 non-reasoning
   * runs of Terminal-Bench 2.1 gave an input slope of 2.1 a year that passed the test of its
   * standard error and made the back-test of v4.1 costs from v4.0-era tokens worse (median error
   * 21.7% to 28.6%); with 20 that stays at 21.7% (data/README.md).
   */
  public static final int TREND_RUNS = 20;

  private ClassFit() {}

  /** {@code runs}: benchmark to run to output tokens per item (each positive). */
  public static Fit fit(Map<String, Map<String, BigDecimal>> runs) {
    return fit(runs, Map.of());
  }

  /**
   * With {@code groups} (a run's group, such as its model family), each group's level is its runs'
   * mean level shrunk toward 0 by {@link #SHRINK} runs (sum / (n + SHRINK)), and the level sigma is
   * that of the runs' levels less their group's level as the group's other runs put it, which is
   * what a new model of the group meets.
   */
  public static Fit fit(Map<String, Map<String, BigDecimal>> runs, Map<String, String> groups) {
    return fit(runs, groups, Map.of());
  }

  /**
   * With {@code released} (the day a run's model came out, where known), the runs' levels are first
   * regressed on their release day: where at least {@link #TREND_RUNS} runs are dated and the slope
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
      double m = median(logs);
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
    Trend trend = trend(levels, dayOf);
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

  /** {@link #trend} of ln(value / base) for each (value, base) pair, on the days in the same order. */
  public static Trend ratioTrend(List<BigDecimal[]> pairs, List<LocalDate> days) {
    List<double[]> levels = new ArrayList<>();
    for (BigDecimal[] p : pairs) {
      levels.add(new double[] {Math.log(p[0].doubleValue() / p[1].doubleValue())});
    }
    return trend(levels, days);
  }

  /**
   * {@code levels}: each run's level first (further values are ignored); {@code days}: its release
   * day or null, in the same order. The least-squares slope of the dated levels on their release day, in ln(output) per year, when
   * at least {@link #TREND_RUNS} are dated and it is more than twice its standard error; else null.
   */
  public static Trend trend(List<double[]> levels, List<LocalDate> days) {
    List<double[]> xy = new ArrayList<>(); // (years since 1970, level)
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < levels.size(); i++) {
      LocalDate d = days.get(i);
      if (d != null) {
        xy.add(new double[] {d.toEpochDay() / Trend.DAYS_A_YEAR, levels.get(i)[0]});
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    int n = xy.size();
    if (n < TREND_RUNS) {
      return null;
    }
    double mx = 0;
    double my = 0;
    for (double[] p : xy) {
      mx += p[0];
      my += p[1];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : xy) {
      sxx += (p[0] - mx) * (p[0] - mx);
      sxy += (p[0] - mx) * (p[1] - my);
    }
    if (sxx == 0) {
      return null;
    }
    double slope = sxy / sxx;
    double rss = 0;
    for (double[] p : xy) {
      double r = p[1] - my - slope * (p[0] - mx);
      rss += r * r;
    }
    double se = Math.sqrt(rss / (n - 2) / sxx);
    if (Math.abs(slope) <= 2 * se) {
      return null;
    }
    LocalDate center = LocalDate.ofEpochDay(Math.round(mx * Trend.DAYS_A_YEAR));
    return new Trend(round(slope, 3), center, first, last, round(Math.sqrt(sxx / (n - 1)), 3));
  }

  /** e^x, to 6 places: the factor a level in logarithms makes. */
  public static BigDecimal factor(BigDecimal x) {
    return round(Math.exp(x.doubleValue()), 6);
  }

  private static BigDecimal round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The standard error of a sample's median over its sd / sqrt(n), for normal data: sqrt(pi / 2). */
  private static final double MEDIAN_ERROR = 1.2533;

  /**
   * Whether a sample's {@code median} differs from {@code reference} by more than chance would: by
   * over twice the standard error of a median of ln(value), 1.2533 sd / sqrt(n).
   */
  public static boolean medianDiffers(List<BigDecimal> values, BigDecimal median, BigDecimal reference) {
    double[] logs = new double[values.size()];
    for (int i = 0; i < logs.length; i++) {
      logs[i] = Math.log(values.get(i).doubleValue());
    }
    int n = logs.length;
    double sd = sampleSd(logs);
    double shift = Math.abs(Math.log(median.doubleValue() / reference.doubleValue()));
    return shift > 2 * MEDIAN_ERROR * sd / Math.sqrt(n);
  }

  /** The sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
  public static double sampleSd(double[] x) {
    int n = x.length;
    if (n < 2) {
      return 0;
    }
    double sum = 0;
    double squares = 0;
    for (double v : x) {
      sum += v;
      squares += v * v;
    }
    return Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1)));
  }
}
