package org.evalcost.stats;

/**
 * The standard normal distribution's quantile function (Acklam's rational approximation, relative
 * error below 1.2e-9) and distribution function. StrictMath keeps them bit-for-bit the same on
 * every JVM, so figures print the same everywhere.
 */
public final class Normal {
  // Acklam's coefficients: constants rather than arrays, which the quick compiler would index with a
  // bounds check on every use (an estimate draws 150,000 normals).
  private static final double A0 = -3.969683028665376e+01, A1 = 2.209460984245205e+02,
      A2 = -2.759285104469687e+02, A3 = 1.383577518672690e+02, A4 = -3.066479806614716e+01,
      A5 = 2.506628277459239e+00;
  private static final double B0 = -5.447609879822406e+01, B1 = 1.615858368580409e+02,
      B2 = -1.556989798598866e+02, B3 = 6.680131188771972e+01, B4 = -1.328068155288572e+01;
  private static final double C0 = -7.784894002430293e-03, C1 = -3.223964580411365e-01,
      C2 = -2.400758277161838e+00, C3 = -2.549732539343734e+00, C4 = 4.374664141464968e+00,
      C5 = 2.938163982698783e+00;
  private static final double D0 = 7.784695709041462e-03, D1 = 3.224671290700398e-01,
      D2 = 2.445134137142996e+00, D3 = 3.754408661907416e+00;
  private static final double LOW = 0.02425;

  private Normal() {}

  /** z such that P(Z <= z) = p, for 0 < p < 1. */
  public static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a probability strictly between 0 and 1 (was " + p + ")");
    }
    double x;
    if (p < LOW) {
      double q = StrictMath.sqrt(-2 * StrictMath.log(p));
      x = (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5)
          / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
    } else if (p <= 1 - LOW) {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q
          / (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1);
    } else {
      double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
      x = -(((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5)
          / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
    }
    return x;
  }
}
