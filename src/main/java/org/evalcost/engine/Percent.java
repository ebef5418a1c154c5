package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Relative change as a percentage to one decimal, for people: "38.4". */
public final class Percent {
  private Percent() {}

  /** {@code part} as a percentage of {@code whole}; "inf" when whole is zero. */
  public static String of(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return part.signum() == 0 ? "0.0" : "inf";
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
        .setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** The exact ratio {@code part / whole} (null when whole is zero). */
  public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL64);
  }
}
