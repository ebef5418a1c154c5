package org.evalcost.cli;

import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost suites: which benchmarks each suite runs, and how often. */
final class SuitesCommand implements Callable<Integer> {
  private final EvalCost root;
  private final CommandSpec spec;
  private final CommonOptions common = new CommonOptions();

  SuitesCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("suites", this)
        .description("List the benchmark suites, their benchmarks and repeats.")
        .exitCodes(ExitCodes.WITHOUT_GATES)
        .mixin(common)
        .build();
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Catalog catalog = common.catalog(root);
    spec.commandLine().getOut().print(
        Renderers.of(common.format.get(), root.environment.color()).suites(catalog.suites(), catalog.defaultSuite().id()));
    return ExitCodes.OK;
  }
}
