package org.evalcost.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.stats.MonteCarlo;

/** evalcost compare: several models on one suite, side by side, with the ratio to the cheapest. */
final class CompareCommand extends CatalogCommand {
  private final Value<List<String>> models = repeatable("-m, --model, --models=MODEL", String.class, ",",
      "A model id, alias or variant (o3-mini-high); repeat, or separate with commas, for several.");
  private final Value<String> effort = option("--effort=SETTING", String.class,
      "Run every reasoning model at this setting (low, medium, high, ...); models with no reasoning "
          + "settings run as they are, and a name with its own setting (o3-mini-high) must agree.");
  private final Value<Boolean> allSellers = flag("--all-sellers",
      "Every seller of each model side by side (gpt-oss-120b@cerebras, ...@groq, ...).");
  private final RunOptions run = group(new RunOptions());
  private final IntervalOption range = group(new IntervalOption());
  private final BudgetOption budget = group(new BudgetOption());

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Compare what several models cost on the same suite.", """
            Benchmarks as rows, models as columns, the totals and each model's ratio to the cheapest. CSV is in \
            long form: one row per model and benchmark, ready for a pivot table.""")
        .examples(
            "  evalcost compare --model o1 --model gpt-4o --model claude-3.7-sonnet-thinking",
            "  evalcost compare --models o3-mini-low,o3-mini-high --benchmark aime-2024 --format markdown",
            "  evalcost compare --models o1,o3 --max-cost 1000 --format csv > costs.csv",
            "  evalcost compare --model gpt-oss-120b --all-sellers")
        .exitCodes(ExitCodes.WITH_GATES);
  }

  @Override
  public Integer call() {
    List<String> names = models.get();
    if (names.isEmpty()) {
      throw new InvalidRequestException("name the models to compare with --model or --models");
    }
    MonteCarlo monteCarlo = DrawnAhead.monteCarlo(); // drawing while the catalog is read
    Catalog catalog = catalog();
    ModelResolver resolver = new ModelResolver(catalog);
    Estimator estimator = new Estimator(catalog, monteCarlo, Options::of);
    budget.maxCost(); // a bad --max-cost or --gate-on is refused before the work
    List<ModelRef> refs = new ArrayList<>();
    // By label (model id and setting), not by the records' equals: that compares whole models,
    // and its first call makes the JDK build equals methods for each record type (docs/startup.md).
    Set<String> labels = new HashSet<>();
    List<org.evalcost.engine.UnknownNameException> unknown = new ArrayList<>();
    if (allSellers.get()) {
      List<String> every = new ArrayList<>();
      for (String name : names) {
        try {
          ModelRef ref = resolve(resolver, name.strip());
          for (String s : resolver.sellersOf(ref.model())) {
            int at = s.lastIndexOf('@');
            every.add(s.substring(0, at) + (ref.model().hasSettings() ? "-" + ref.setting().name() : "")
                + s.substring(at));
          }
        } catch (org.evalcost.engine.UnknownNameException e) {
          every.add(name);
        }
      }
      names = every;
    }
    for (String name : names) {
      ModelRef ref;
      try {
        ref = resolve(resolver, name.strip());
      } catch (org.evalcost.engine.UnknownNameException e) {
        unknown.add(e);
        continue;
      }
      if (!labels.add(ref.label())) {
        throw new InvalidRequestException("'" + name + "' names " + ref.label() + ", which is already compared");
      }
      refs.add(ref);
    }
    if (unknown.size() == 1) {
      throw unknown.get(0);
    }
    if (!unknown.isEmpty()) { // every unknown name at once, each with its suggestions
      StringBuilder message = new StringBuilder(unknown.size() + " models are unknown:");
      for (org.evalcost.engine.UnknownNameException e : unknown) {
        message.append("\n  ").append(e.message(Options::of));
        if (!e.suggestions().isEmpty()) {
          message.append("; did you mean: ").append(String.join(", ", e.suggestions())).append('?');
        }
      }
      throw new org.evalcost.engine.UnknownNameException(message.toString(), List.of());
    }
    List<Estimate> estimates = new ArrayList<>();
    ModelRef grader = run.grader(catalog);
    for (ModelRef ref : refs) {
      estimates.add(estimator.estimate(request(run, catalog, ref, range.interval.get(), null, grader)));
    }
    org.evalcost.engine.Budget.Verdict verdict = budget.verdict(estimates);
    out().print(renderer(verdict).compare(new Comparison(estimates)));
    out().flush();
    return Gates.maxCost(verdict, err());
  }

  /** A name at --effort, unless its model has no reasoning settings to set. */
  private ModelRef resolve(ModelResolver resolver, String name) {
    if (effort.get() == null) {
      return resolver.resolve(name, null);
    }
    ModelRef plain = resolver.resolve(name, null);
    return plain.model().hasSettings() ? resolver.resolve(name, effort.get()) : plain;
  }
}
