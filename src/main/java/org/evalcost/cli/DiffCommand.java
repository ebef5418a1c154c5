package org.evalcost.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Differ;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.stats.MonteCarlo;

/** evalcost diff: what changed in cost between two data sets or two dates. */
final class DiffCommand extends CatalogCommand {
  private final Value<Path> base = option("--base=DIR", Path.class, "The data directory to compare against.");
  private final Value<LocalDate> baseAsOf = option("--base-as-of=DATE", LocalDate.class,
      "The date whose prices to compare against (default: --as-of).")
      .converter(new DateConverter());
  private final Value<Path> basePrices = option("--base-prices=FILE", Path.class,
      "Lay this price file over the base data, as --prices does over the current data.");
  private final Value<List<String>> models = repeatable("-m, --model=MODEL", String.class, null,
      "Only this model; repeat for several.");
  private final Value<BigDecimal> failOnIncrease = option("--fail-on-increase=PCT", BigDecimal.class,
      "Exit with code 4 if any model's total rose by more than PCT percent (5 if a total is incomplete).");
  private final RunOptions run = group(new RunOptions());
  private final BudgetOption budget = group(new BudgetOption());

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Show what changed in cost between two data sets (--base DIR, --base-prices FILE) or two dates (--base-as-of DATE).", """
            Per model (at its default setting, unless --model names a variant) and benchmark: the cost before and \
            after, the change and the change in percent. --format markdown is fit for a pull-request comment; \
            --fail-on-increase makes it a CI gate.""")
        .examples(
            "  evalcost diff --base-as-of 2025-05-01 --as-of 2025-07-01 --model o3",
            "  evalcost diff --base main-data/ --data-dir data/ --fail-on-increase 5 --format markdown",
            "  evalcost diff --base-prices old-prices.json --prices prices.json --model o1")
        .exitCodes(ExitCodes.WITH_GATES);
  }

  @Override
  public Integer call() {
    if (base.get() == null && baseAsOf.get() == null && basePrices.get() == null && common.prices.get() == null) {
      throw new InvalidRequestException(
          "diff needs something to compare with: --base DIR, --base-prices FILE, --base-as-of DATE, or --prices FILE");
    }
    if (failOnIncrease.get() != null && failOnIncrease.get().signum() < 0) {
      throw new InvalidRequestException("--fail-on-increase must not be negative (was " + failOnIncrease.get().toPlainString() + ")");
    }
    Catalog current = catalog();
    Path baseDir = base.get() != null ? base.get() : common.dataDir.get();
    Catalog before = new CatalogLoader(baseDir == null ? DataSource.builtIn() : DataSource.directory(baseDir)).load();
    if (basePrices.get() != null) {
      before = CatalogLoader.withPrices(before, basePrices.get(), false);
    }
    LocalDate asOf = run.asOf(root.environment);
    if (run.grader.get() != null) {
      throw new org.evalcost.engine.InvalidRequestException("--grader does not apply to diff: both sides use each "
          + "benchmark's own grader");
    }
    CostDiff diff = Differ.diff(
        new Differ.Side(label(baseDir, basePrices.get()), before, baseAsOf.get() == null ? asOf : baseAsOf.get()),
        new Differ.Side(label(common.dataDir.get(), common.prices.get()), current, asOf),
        run.suite.get(), models.get(), run.benchmarks.get(), run.repeats.get(), run.pricing(),
        MonteCarlo.seeded(), Options::of);
    out().print(reports().diff(diff));
    out().flush();
    int code = ExitCodes.OK;
    if (failOnIncrease.get() != null) {
      code = Gates.report(diff.increasesOver(failOnIncrease.get()), diff.incomplete(), "cost increase",
          err());
    }
    if (code == ExitCodes.OK && budget.maxCost() != null) {
      List<org.evalcost.engine.Estimate> currents = new ArrayList<>();
      diff.models().forEach(m -> m.current().ifPresent(currents::add));
      code = Gates.maxCost(budget.verdict(currents), err());
    }
    return code;
  }

  private static String label(Path dir, Path prices) {
    String label = dir == null ? "built-in data" : dir.toString();
    return prices == null ? label : label + " with prices from " + prices;
  }
}
