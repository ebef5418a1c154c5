package org.evalcost.cli;

import org.evalcost.engine.Catalog;

/** evalcost benchmarks: items and prompt sizes. */
final class BenchmarksCommand extends CatalogCommand {
  BenchmarksCommand(EvalCost root) {
    super(root, "benchmarks");
  }

  @Override
  CommandSpecs options(CommandSpecs command) {
    return command
        .description("List the benchmarks with their items and mean input tokens per item.")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    Catalog catalog = catalog();
    out().print(renderer().benchmarks(catalog.benchmarks()));
    return ExitCodes.OK;
  }
}
