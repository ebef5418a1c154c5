package org.evalcost.engine;

import java.math.BigDecimal;

/** A low and a high figure around a point estimate, in USD. */
public record Range(BigDecimal low, BigDecimal high) {
  public Range {
    Checks.present("low", low);
    Checks.present("high", high);
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("a range's low is not above its high");
    }
  }

  /** This range widened, if need be, to contain {@code point}. */
  public Range around(BigDecimal point) {
    return new Range(low.min(point), high.max(point));
  }
}
