package org.evalcost.cli;

import org.evalcost.engine.Catalog;

/** evalcost suites: which benchmarks each suite runs, and how often. */
final class SuitesCommand extends CatalogCommand {
  SuitesCommand(EvalCost root) {
    super(root, "suites");
  }

  @Override
  CommandSpecs options(CommandSpecs command) {
    return command
        .description("List the benchmark suites, their benchmarks and repeats.")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    Catalog catalog = catalog();
    out().print(renderer().suites(catalog.suites(), catalog.defaultSuite().id()));
    return ExitCodes.OK;
  }
}
