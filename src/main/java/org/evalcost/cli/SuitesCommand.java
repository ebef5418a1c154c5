package org.evalcost.cli;

import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost suites: which benchmarks each suite runs, and how often. */
@Command(
    name = "suites",
    mixinStandardHelpOptions = true,
    description = "List the benchmark suites, their benchmarks and repeats.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class SuitesCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    spec.commandLine().getOut().print(
        Renderers.of(common.format, root.environment.color()).suites(catalog.suites(), catalog.defaultSuite().id()));
    return ExitCodes.OK;
  }
}
