package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.GivenUsage;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost estimate: one model on a suite, per benchmark, with the basis of every figure. */
final class EstimateCommand implements Callable<Integer> {
  private final EvalCost root;
  private final CommandSpec spec;
  private boolean allModels;
  private String model;
  private String effort;
  private final RunOptions run = new RunOptions();
  private final IntervalOption range = new IntervalOption();
  private final BudgetOption budget = new BudgetOption();
  private Long items;
  private BigDecimal inputTokens;
  private BigDecimal outputTokens;
  private final CommonOptions common = new CommonOptions();

  EstimateCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("estimate", this)
        .declaredOrder()
        .description(
            "Estimate what it costs to run a model on a benchmark suite.",
            "Per benchmark: items, repeats, input and output tokens (reasoning included), the cost, "
                + "and the basis of the token figures: measured, calibrated to a published cost, or "
                + "predicted from a prior. With --items, --input-tokens and --output-tokens it prices "
                + "token counts you already have instead.")
        .examples(
            "  evalcost estimate --model o1",
            "  evalcost estimate --model o3-mini --effort high --benchmark gpqa-diamond",
            "  evalcost estimate --model claude-3.7-sonnet-thinking --format csv > cost.csv",
            "  evalcost estimate --model o3 --as-of 2025-05-01 --batch --max-cost 500",
            "  evalcost estimate --model gpt-4o --items 12000 --input-tokens 350 --output-tokens 600")
        .exitCodes(ExitCodes.WITH_GATES)
        .flag("--all-models", "Every model of the catalog at its default setting, one after another.",
            v -> allModels = v)
        .option("-m, --model=MODEL", String.class,
            "Model id, alias or variant (o1, gpt-4o-2024-05-13, o3-mini-high, claude-3.7-sonnet-thinking).",
            v -> model = v)
        .option("--effort=SETTING", String.class,
            "Reasoning setting to run the model at (low, medium, high, thinking, ...; see 'evalcost models').",
            v -> effort = v)
        .mixin(run::options)
        .mixin(range::options)
        .mixin(budget::options)
        .option("--items=N", Long.class, "Price your own run: N items (with --input-tokens and --output-tokens).",
            v -> items = v)
        .option("--input-tokens=T", BigDecimal.class, "With --items: mean input tokens per item.", v -> inputTokens = v)
        .option("--output-tokens=T", BigDecimal.class, "With --items: mean output tokens per item, reasoning included.",
            v -> outputTokens = v)
        .mixin(common::options)
        .build();
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    if (allModels) {
      return everyModel(catalog);
    }
    if (model == null) {
      throw new InvalidRequestException("name a model with --model, or use --all-models");
    }
    ModelRef ref = new ModelResolver(catalog).resolve(model, effort);
    Estimator estimator = new Estimator(catalog);
    BigDecimal maxCost = budget.maxCost();
    Estimate estimate;
    if (items == null && inputTokens == null && outputTokens == null) {
      estimate = estimator.estimate(new EstimateRequest(ref, run.suite(catalog), run.benchmarks, run.repeats,
          run.asOf(root.environment), run.pricing(), range.interval));
    } else {
      if (items == null || run.suite != null || !run.benchmarks.isEmpty()) {
        throw new InvalidRequestException(
            "--input-tokens and --output-tokens go with --items, and not with --suite or --benchmark");
      }
      estimate = estimator.estimate(ref,
          new GivenUsage(items, run.repeats == null ? 1 : run.repeats, inputTokens, outputTokens),
          run.asOf(root.environment), run.pricing());
    }
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).estimate(estimate));
    spec.commandLine().getOut().flush();
    return Gates.maxCost(List.of(estimate), maxCost, spec.commandLine().getErr());
  }

  /** Every model at its default setting on the suite: a comparison, so CSV stays one table. */
  private int everyModel(Catalog catalog) {
    if (model != null || effort != null || items != null) {
      throw new InvalidRequestException("--all-models goes without --model, --effort and --items");
    }
    Estimator estimator = new Estimator(catalog);
    List<EstimateRequest> requests = new java.util.ArrayList<>();
    for (org.evalcost.engine.Model m : catalog.models()) {
      requests.add(new EstimateRequest(new ModelRef(m, m.setting(m.defaultSetting()).orElseThrow()),
          run.suite(catalog), run.benchmarks, run.repeats, run.asOf(root.environment), run.pricing(), range.interval));
    }
    // The estimates are independent, and each is mostly its Monte Carlo: one per core.
    List<Estimate> estimates = InParallel.map(requests, estimator::estimate);
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color())
        .compare(new org.evalcost.engine.Comparison(estimates)));
    spec.commandLine().getOut().flush();
    return Gates.maxCost(estimates, budget.maxCost(), spec.commandLine().getErr());
  }
}
