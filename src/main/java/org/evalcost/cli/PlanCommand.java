package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Planner;
import org.evalcost.engine.ModelResolver;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost plan: the largest evaluation a budget buys, or what a precision target costs. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Plan an evaluation: the most a budget buys, or what a precision target costs.",
      "With --budget: the whole suite if it fits; else every item once; else a sample of items per "
          + "benchmark that minimises the uncertainty of the suite's mean accuracy. With --target-ci: "
          + "the items each benchmark needs for that 95%% half-width, and their cost. Half-widths are "
          + "binomial, at --accuracy (default 0.5, the worst case)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evalcost plan --model o1 --budget 500",
      "  evalcost plan --model claude-3.7-sonnet-thinking --target-ci 0.02 --accuracy 0.7"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class PlanCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Model id, alias or variant.")
  String model;

  @Option(names = "--effort", paramLabel = "SETTING", description = "Reasoning setting to run the model at.")
  String effort;

  @Option(names = "--budget", paramLabel = "USD", description = "The most to spend.")
  BigDecimal budget;

  @Option(names = "--target-ci", paramLabel = "H", description = "The 95%% half-width wanted on each benchmark's accuracy (0.02: +/-2 points).")
  BigDecimal target;

  @Option(names = "--accuracy", paramLabel = "P", defaultValue = "0.5",
      description = "The accuracy expected, for the half-widths (default: 0.5, the worst case).")
  BigDecimal accuracy;

  @Mixin RunOptions run;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    if ((budget == null) == (target == null)) {
      throw new InvalidRequestException("plan needs exactly one of --budget USD and --target-ci H");
    }
    Catalog catalog = common.catalog();
    Estimate estimate = new Estimator(catalog).estimate(new EstimateRequest(
        new ModelResolver(catalog).resolve(model, effort), run.suite(catalog), run.benchmarks, run.repeats,
        run.asOf(root.environment), run.pricing()));
    Plan plan = budget != null ? Planner.forBudget(estimate, budget, accuracy) : Planner.forTarget(estimate, target, accuracy);
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).plan(plan));
    return ExitCodes.OK;
  }
}
