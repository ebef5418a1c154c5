package org.evalcost.report;

import java.math.BigDecimal;
import java.math.MathContext;

/** An axis's numbers, worked out exactly: powers of ten, round steps, and the labels of its ticks. */
final class AxisNumbers {
  private AxisNumbers() {}

  /** "$0", "$0.05", "$2,500" */
  static String label(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    String plain = (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    int dot = plain.indexOf('.');
    return "$" + (dot < 0 ? Display.group(plain) : Display.group(plain.substring(0, dot)) + plain.substring(dot));
  }

  /** A step of 1, 2 or 5 times a power of ten giving about five steps up to {@code top}. */
  static BigDecimal step(BigDecimal top) {
    BigDecimal raw = top.divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
    int exponent = floorLog10(raw);
    BigDecimal base = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    for (int m : new int[] {1, 2, 5}) {
      BigDecimal candidate = base.multiply(BigDecimal.valueOf(m));
      if (candidate.compareTo(raw) >= 0) {
        return candidate;
      }
    }
    return base.scaleByPowerOfTen(1);
  }

  /** The exponent of the power of ten at or below a positive {@code x}, exactly. */
  static int floorLog10(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return s.precision() - s.scale() - 1;
  }

  /** The exponent of the power of ten at or above a positive {@code x}, exactly. */
  static int ceilLog10(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    int floor = floorLog10(s);
    return s.unscaledValue().equals(java.math.BigInteger.ONE) ? floor : floor + 1;
  }
}
