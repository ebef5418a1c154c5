package org.evalcost.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A class's levels regressed on the day each model came out: a release trend, where the data show one. */
public final class TrendFit {
  /**
   * Fewer dated runs than this, and no release-day trend is fitted. With 10, the 11 non-reasoning
   * runs of Terminal-Bench 2.1 gave an input slope of 2.1 a year that passed the test of its
   * standard error and made the back-test of v4.1 costs from v4.0-era tokens worse (median error
   * 21.7% to 28.6%); with 20 that stays at 21.7% (data/README.md).
   */
  public static final int TREND_RUNS = 20;

  private TrendFit() {}

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
    return new Trend(ClassFit.round(slope, 3), center, first, last, ClassFit.round(Math.sqrt(sxx / (n - 1)), 3));
  }
}
