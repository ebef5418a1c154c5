package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.stats.MonteCarlo;

/** evalcost backtest: how close the estimates come to what people were really billed. */
final class BacktestCommand extends CatalogCommand {
  private final IntervalOption range = group(new IntervalOption());

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Test the estimates against every published cost in the data.", """
            Each published cost is estimated without its own calibration (leave-one-out), at the prices in force \
            on its date, and compared: error in percent, and whether it falls inside the range. The summary gives \
            the median absolute error and the coverage.""")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    BigDecimal interval = range.interval.get() == null ? EstimateRequest.DEFAULT_INTERVAL : range.interval.get();
    Backtest.Result result = Backtest.run(catalog(), interval, MonteCarlo.seeded(), Options::of);
    out().print(reports().backtest(result));
    return ExitCodes.OK;
  }
}
