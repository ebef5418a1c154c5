package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.report.Renderers;
import org.evalcost.stats.MonteCarlo;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost backtest: how close the estimates come to what people were really billed. */
final class BacktestCommand implements Callable<Integer> {
  private final EvalCost root;
  private final CommandSpec spec;
  private final IntervalOption range = new IntervalOption();
  private final CommonOptions common = new CommonOptions();

  BacktestCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("backtest", this)
        .declaredOrder()
        .description(
            "Test the estimates against every published cost in the data.",
            "Each published cost is estimated without its own calibration (leave-one-out), at the prices "
                + "in force on its date, and compared: error in percent, and whether it falls inside the "
                + "range. The summary gives the median absolute error and the coverage.")
        .exitCodes(ExitCodes.WITHOUT_GATES)
        .mixin(range)
        .mixin(common)
        .build();
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    BigDecimal interval = range.interval.get() == null ? EstimateRequest.DEFAULT_INTERVAL : range.interval.get();
    Backtest.Result result = Backtest.run(common.catalog(root), interval, MonteCarlo.seeded());
    spec.commandLine().getOut().print(Renderers.of(common.format.get(), root.environment.color()).backtest(result));
    return ExitCodes.OK;
  }
}
