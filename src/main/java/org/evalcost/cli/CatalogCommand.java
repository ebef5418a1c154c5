package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.Budget;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.ModelRef;
import org.evalcost.report.Listings;
import org.evalcost.report.Renderer;
import org.evalcost.report.Renderers;
import org.evalcost.report.Reports;

/**
 * A command that reads the catalog and writes what it makes of it: the options every such command
 * shares (last in its help), the request made from them, and the renderer of --format.
 */
abstract class CatalogCommand extends Command {
  final CommonOptions common;

  CatalogCommand() {
    this(new CommonOptions());
  }

  CatalogCommand(CommonOptions common) {
    this.common = common;
  }

  /** The options every command that reads the catalog shares: last in its help. */
  @Override
  final CommandSpecs shared(CommandSpecs command) {
    common.addTo(command);
    return command;
  }

  /** The catalog the options name: the built-in data, --data-dir, --prices. */
  final Catalog catalog() {
    return common.catalog(root);
  }

  /**
   * The one place a request is made from the options: {@code model} run as {@code run} says (suite,
   * benchmarks, repeats, date, billing), graded by {@code grader} (null: each benchmark's own), with
   * a range of {@code interval} (null: the default) and, unless null, {@code outputTokens} per item
   * on every benchmark.
   */
  final EstimateRequest request(RunOptions run, Catalog catalog, ModelRef model, BigDecimal interval,
      BigDecimal outputTokens, ModelRef grader) {
    return new EstimateRequest(model, run.suite(catalog), common.benchmarks(run.benchmarks.get()), run.repeats.get(),
        run.asOf(root.environment), run.pricing(), interval, outputTokens, grader);
  }

  /** The reports of --format: back-tests, plans, diffs. */
  final Reports reports() {
    return Renderers.reports(common.format.get(), root.environment.color());
  }

  /** The listings of --format: models, benchmarks, suites. */
  final Listings listings() {
    return Renderers.listings(common.format.get(), root.environment.color());
  }

  /** The renderer of --format for estimates, at the terminal's width, with the budget's verdict. */
  final Renderer renderer(Budget.Verdict verdict) {
    return Renderers.of(common.format.get(), root.environment.color(), root.environment.width(), verdict);
  }
}
