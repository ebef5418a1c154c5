package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Planner;
import org.evalcost.stats.MonteCarlo;

/** evalcost plan: the largest evaluation a budget buys, or what a precision target costs. */
final class PlanCommand extends CatalogCommand {
  private final Value<String> model = option("-m, --model=MODEL", String.class, "Model id, alias or variant.")
      .required();
  private final Value<String> effort = option("--effort=SETTING", String.class,
      "Reasoning setting to run the model at.");
  private final Value<String> seller = option("--provider=SELLER", String.class,
      "Who sells the model (as MODEL@SELLER; default: its creator, else OpenRouter, else the first seller by id).");
  private final Value<BigDecimal> budget = option("--budget=USD", BigDecimal.class, "The most to spend.");
  private final Value<BigDecimal> target = option("--target-ci=H", BigDecimal.class,
      "The 95%% half-width wanted on each benchmark's accuracy (0.02: +/-2 points).");
  private final Value<BigDecimal> accuracy = option("--accuracy=P", BigDecimal.class,
      "The accuracy expected, for the half-widths (default: 0.5, the worst case).")
      .defaultValue("0.5");
  private final RunOptions run = group(new RunOptions());

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Plan an evaluation: the most a budget buys, or what a precision target costs.", """
            With --budget: the whole suite if it fits; else every item once; else a sample of items per benchmark \
            that minimises the uncertainty of the suite's mean accuracy. With --target-ci: the items each \
            benchmark needs for that 95%% half-width, and their cost. Half-widths are binomial, at --accuracy \
            (default 0.5, the worst case).""")
        .examples(
            "  evalcost plan --model o1 --budget 500",
            "  evalcost plan --model claude-3.7-sonnet-thinking --target-ci 0.02 --accuracy 0.7")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    if ((budget.get() == null) == (target.get() == null)) {
      throw new InvalidRequestException("plan needs exactly one of --budget USD and --target-ci H");
    }
    MonteCarlo monteCarlo = DrawnAhead.monteCarlo(); // drawing while the catalog is read
    Catalog catalog = catalog();
    Estimate estimate = new Estimator(catalog, monteCarlo, Options::of).estimate(request(run, catalog,
        new ModelResolver(catalog).resolve(model.get(), effort.get(), seller.get()), null, null, run.grader(catalog)));
    Plan plan = budget.get() != null ? Planner.forBudget(estimate, budget.get(), accuracy.get()) : Planner.forTarget(estimate, target.get(), accuracy.get());
    out().print(reports().plan(plan));
    return ExitCodes.OK;
  }
}
