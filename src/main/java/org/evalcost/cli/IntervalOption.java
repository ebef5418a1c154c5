package org.evalcost.cli;

import java.math.BigDecimal;

/** How wide the low-to-high range is. */
final class IntervalOption extends OptionGroup {
  final Value<BigDecimal> interval = option("--interval=P", BigDecimal.class,
      "The central share of outcomes that low and high bound (default: 0.8, the 10th to 90th percentile).");
}
