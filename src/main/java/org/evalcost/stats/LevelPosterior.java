package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The posterior of a model's level within its class (ln of its output over the class's figure,
 * its family and release level taken out), N(0, σ²) before any measurement, after measured
 * benchmarks that each show the level plus their own departure from the prior's shape, N(0,
 * σ_b²): mean Σ(y_b / σ_b²) / (1/σ² + Σ 1/σ_b²), sd 1/√(1/σ² + Σ 1/σ_b²).
 */
public final class LevelPosterior {
  private double precision;
  private double weighted;

  /** Before any measurement: {@code levelSigma}, the spread of the class's models' levels (positive). */
  public LevelPosterior(BigDecimal levelSigma) {
    double s = levelSigma.doubleValue();
    if (!(s > 0)) {
      throw new IllegalArgumentException("a positive level sigma");
    }
    precision = 1 / (s * s);
  }

  /**
   * One measured benchmark: the model's output per item there, the class's figure, the level the
   * prior gives the model before any measurement, and the benchmark's shape sigma (all positive but the level).
   */
  public void add(BigDecimal measured, BigDecimal figure, BigDecimal baseLevel, BigDecimal shapeSigma) {
    double shape = shapeSigma.doubleValue();
    double y = Math.log(measured.doubleValue() / figure.doubleValue()) - baseLevel.doubleValue();
    double p = 1 / (shape * shape);
    precision += p;
    weighted += y * p;
  }

  /** The posterior mean, to 6 places. */
  public BigDecimal level() {
    return sixPlaces(weighted / precision);
  }

  /** The posterior sd, to 6 places. */
  public BigDecimal sigma() {
    return sixPlaces(1 / Math.sqrt(precision));
  }

  private static BigDecimal sixPlaces(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN);
  }
}
