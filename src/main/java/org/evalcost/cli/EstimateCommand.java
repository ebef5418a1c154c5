package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.List;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.GivenUsage;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.stats.MonteCarlo;

/** evalcost estimate: one model on a suite, per benchmark, with the basis of every figure. */
final class EstimateCommand extends CatalogCommand {
  private final Value<Boolean> allModels = flag("--all-models",
      "Every model of the catalog at its default setting, one after another.");
  private final Value<String> model = option("-m, --model=MODEL", String.class,
      "Model id, alias or variant (o1, gpt-4o-2024-05-13, o3-mini-high, claude-3.7-sonnet-thinking).");
  private final Value<String> effort = option("--effort=SETTING", String.class,
      "Reasoning setting to run the model at (low, medium, high, thinking, ...; see 'evalcost models').");
  private final Value<String> seller = option("--provider=SELLER", String.class, "Who sells the model: a seller id "
      + "as 'evalcost models' lists them (cerebras, openrouter, azure, ...); the same as MODEL@SELLER (default: the "
      + "model's creator, else OpenRouter, else the first seller by id).");
  private final RunOptions run = group(new RunOptions());
  private final IntervalOption range = group(new IntervalOption());
  private final BudgetOption budget = group(new BudgetOption());
  private final Value<Long> items = option("--items=N", Long.class,
      "Price your own run: N items (with --input-tokens and --output-tokens).");
  private final Value<BigDecimal> inputTokens = option("--input-tokens=T", BigDecimal.class,
      "With --items: mean input tokens per item.");
  private final Value<BigDecimal> outputTokens = option("--output-tokens=T", BigDecimal.class, "Mean output tokens "
      + "per item, reasoning included: with --items, of your own run; alone, of every benchmark run (a "
      + "--benchmark-file's, say), in place of the data's.");

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Estimate what it costs to run a model on a benchmark suite.", """
            Per benchmark: items, repeats, input and output tokens (reasoning included), the cost, and the basis \
            of the token figures: measured, calibrated to a published cost, or predicted from a prior. With \
            --items, --input-tokens and --output-tokens it prices token counts you already have instead.""")
        .examples(
            "  evalcost estimate --model o1",
            "  evalcost estimate --model o3-mini --effort high --benchmark gpqa-diamond",
            "  evalcost estimate --model claude-3.7-sonnet-thinking --format csv > cost.csv",
            "  evalcost estimate --model o3 --as-of 2025-05-01 --batch --max-cost 500",
            "  evalcost estimate --model gpt-4o --items 12000 --input-tokens 350 --output-tokens 600")
        .exitCodes(ExitCodes.WITH_GATES);
  }

  @Override
  public Integer call() {
    MonteCarlo monteCarlo = DrawnAhead.monteCarlo(); // drawing while the catalog is read
    Catalog catalog = catalog();
    if (allModels.get()) {
      return everyModel(catalog, monteCarlo);
    }
    if (model.get() == null) {
      throw new InvalidRequestException("name a model with --model, or use --all-models");
    }
    ModelRef ref = new ModelResolver(catalog).resolve(model.get(), effort.get(), seller.get());
    Estimator estimator = new Estimator(catalog, monteCarlo, Options::of);
    budget.maxCost(); // a bad --max-cost or --gate-on is refused before the work
    Estimate estimate;
    if (items.get() == null && inputTokens.get() == null) {
      // --output-tokens alone: the output per item of each benchmark run (one of a --benchmark-file, say),
      // with its input as the benchmark gives it.
      estimate = estimator.estimate(
          request(run, catalog, ref, range.interval.get(), outputTokens.get(), run.grader(catalog)));
    } else {
      if (items.get() == null || run.suite.get() != null || !run.benchmarks.get().isEmpty()) {
        throw new InvalidRequestException(
            "--input-tokens goes with --items and --output-tokens, and --items not with --suite or --benchmark "
                + "(--output-tokens alone sets the output per item of the benchmarks run)");
      }
      estimate = estimator.estimate(ref,
          new GivenUsage(items.get(), run.repeats.get() == null ? 1 : run.repeats.get(), inputTokens.get(), outputTokens.get()),
          run.asOf(root.environment), run.pricing());
    }
    org.evalcost.engine.Budget.Verdict verdict = budget.verdict(List.of(estimate));
    out().print(renderer(verdict).estimate(estimate));
    out().flush();
    return Gates.maxCost(verdict, err());
  }

  /** Every model at its default setting on the suite: a comparison, so CSV stays one table. */
  private int everyModel(Catalog catalog, MonteCarlo monteCarlo) {
    if (model.get() != null || effort.get() != null || items.get() != null || seller.get() != null) {
      throw new InvalidRequestException("--all-models goes without --model, --effort, --provider and --items");
    }
    Estimator estimator = new Estimator(catalog, monteCarlo, Options::of);
    List<EstimateRequest> requests = new java.util.ArrayList<>();
    ModelRef grader = run.grader(catalog);
    for (org.evalcost.engine.Model m : catalog.models()) {
      requests.add(request(run, catalog, new ModelRef(m, m.setting(m.defaultSetting()).orElseThrow()),
          range.interval.get(), null, grader));
    }
    // The estimates are independent, and each is mostly its Monte Carlo: one per core.
    List<Estimate> estimates = InParallel.map(requests, estimator::estimate);
    org.evalcost.engine.Budget.Verdict verdict = budget.verdict(estimates);
    out().print(renderer(verdict)
        .compare(new org.evalcost.engine.Comparison(estimates)));
    out().flush();
    return Gates.maxCost(verdict, err());
  }
}
