package org.evalcost.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.evalcost.engine.Budget;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.ModelRef;
import org.evalcost.report.Renderer;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads the catalog and writes what it makes of it: its name, the options every
 * such command shares (last in its help), and where its output goes. A command adds its own
 * description and options in {@link #options}.
 */
abstract class CatalogCommand implements Callable<Integer> {
  final EvalCost root;
  final CommonOptions common;
  private final String name;
  private CommandSpec spec;

  CatalogCommand(EvalCost root, String name) {
    this(root, name, new CommonOptions());
  }

  CatalogCommand(EvalCost root, String name, CommonOptions common) {
    this.root = root;
    this.name = name;
    this.common = common;
  }

  /** The command's description and its own options, added to {@code command}. */
  abstract CommandSpecs options(CommandSpecs command);

  /** The command's model, made on first use (once the subclass's option holders exist). */
  final CommandSpec spec() {
    if (spec == null) {
      spec = options(CommandSpecs.command(name, this)).mixin(common).build();
    }
    return spec;
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

  /** The renderer of --format. */
  final Renderer renderer() {
    return Renderers.of(common.format.get(), root.environment.color());
  }

  /** The renderer of --format for estimates, at the terminal's width, with the budget's verdict. */
  final Renderer renderer(Budget.Verdict verdict) {
    return Renderers.of(common.format.get(), root.environment.color(), root.environment.width(), verdict);
  }

  final PrintWriter out() {
    return spec().commandLine().getOut();
  }

  final PrintWriter err() {
    return spec().commandLine().getErr();
  }
}
