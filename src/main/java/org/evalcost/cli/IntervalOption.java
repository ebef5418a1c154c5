package org.evalcost.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** How wide the low-to-high range is. */
final class IntervalOption {
  @Option(names = "--interval", paramLabel = "P",
      description = "The central share of outcomes that low and high bound (default: 0.8, the 10th to 90th percentile).")
  BigDecimal interval;
}
