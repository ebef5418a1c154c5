package org.evalcost.cli;

import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost benchmarks: items and prompt sizes. */
@Command(
    name = "benchmarks",
    mixinStandardHelpOptions = true,
    description = "List the benchmarks with their items and mean input tokens per item.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class BenchmarksCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).benchmarks(catalog.benchmarks()));
    return ExitCodes.OK;
  }
}
