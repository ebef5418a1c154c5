package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost backtest: how close the estimates come to what people were really billed. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Test the estimates against every published cost in the data.",
      "Each published cost is estimated without its own calibration (leave-one-out), at the prices "
          + "in force on its date, and compared: error in percent, and whether it falls inside the "
          + "range. The summary gives the median absolute error and the coverage."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class BacktestCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin IntervalOption range;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    BigDecimal interval = range.interval == null ? EstimateRequest.DEFAULT_INTERVAL : range.interval;
    Backtest.Result result = Backtest.run(common.catalog(), interval);
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).backtest(result));
    return ExitCodes.OK;
  }
}
