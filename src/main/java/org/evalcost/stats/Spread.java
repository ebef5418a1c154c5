package org.evalcost.stats;

import java.math.BigDecimal;

/**
 * How uncertain one line's output tokens are, as standard deviations of their logarithm: a part
 * {@code shared} with every other line of the same model (how verbose the model is, unknown for a
 * predicted model), a part of its {@code own} (how this benchmark departs from the prior's shape),
 * and the spread of the sum over its items. {@code pinned} lines share a calibration: their draws
 * are rescaled together so the calibrated total stays where the published cost put it.
 */
public record Spread(BigDecimal shared, BigDecimal own, BigDecimal items, boolean pinned) {
  public static final Spread NONE = new Spread(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);

  public Spread {
    if (shared.signum() < 0 || own.signum() < 0 || items.signum() < 0) {
      throw new IllegalArgumentException("spreads are not negative");
    }
  }
}
