package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How exact figures become the figures a user sees: money to the cent and tokens to the whole
 * token, half up. Totals add the rounded lines, as an invoice does, so a spreadsheet's SUM of the
 * CSV rows equals the printed total to the cent.
 */
public final class Rounding {
  private Rounding() {}

  public static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal tokens(BigDecimal tokens) {
    return tokens.setScale(0, RoundingMode.HALF_UP);
  }
}
