package org.evalcost.cli;

import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost benchmarks: items and prompt sizes. */
final class BenchmarksCommand implements Callable<Integer> {
  private final EvalCost root;
  private final CommandSpec spec;
  private final CommonOptions common = new CommonOptions();

  BenchmarksCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("benchmarks", this)
        .description("List the benchmarks with their items and mean input tokens per item.")
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
    spec.commandLine().getOut().print(Renderers.of(common.format.get(), root.environment.color()).benchmarks(catalog.benchmarks()));
    return ExitCodes.OK;
  }
}
