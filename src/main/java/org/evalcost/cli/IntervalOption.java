package org.evalcost.cli;

import java.math.BigDecimal;

/** How wide the low-to-high range is. */
final class IntervalOption implements CommandSpecs.Options {
  final CommandSpecs.Value<BigDecimal> interval = new CommandSpecs.Value<>();

  @Override
  public CommandSpecs addTo(CommandSpecs command) {
    return command.option("--interval=P", BigDecimal.class,
        "The central share of outcomes that low and high bound (default: 0.8, the 10th to 90th percentile).",
        interval);
  }
}
