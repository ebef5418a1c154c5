package org.evalcost.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Differ;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost diff: what changed in cost between two data sets or two dates. */
final class DiffCommand implements Callable<Integer> {
  private final EvalCost root;
  private final CommandSpec spec;
  private Path base;
  private LocalDate baseAsOf;
  private Path basePrices;
  private List<String> models = List.of();
  private BigDecimal failOnIncrease;
  private final RunOptions run = new RunOptions();
  private final BudgetOption budget = new BudgetOption();
  private final CommonOptions common = new CommonOptions();

  DiffCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("diff", this)
        .declaredOrder()
        .description(
            "Show what changed in cost between two data sets (--base DIR, --base-prices FILE) or two dates (--base-as-of DATE).",
            "Per model (at its default setting, unless --model names a variant) and benchmark: the cost "
                + "before and after, the change and the change in percent. --format markdown is fit for a "
                + "pull-request comment; --fail-on-increase makes it a CI gate.")
        .examples(
            "  evalcost diff --base-as-of 2025-05-01 --as-of 2025-07-01 --model o3",
            "  evalcost diff --base main-data/ --data-dir data/ --fail-on-increase 5 --format markdown",
            "  evalcost diff --base-prices old-prices.json --prices prices.json --model o1")
        .exitCodes(ExitCodes.WITH_GATES)
        .option("--base=DIR", Path.class, "The data directory to compare against.", v -> base = v)
        .option("--base-as-of=DATE", LocalDate.class, "The date whose prices to compare against (default: --as-of).",
            v -> baseAsOf = v)
        .converter(new DateConverter())
        .option("--base-prices=FILE", Path.class,
            "Lay this price file over the base data, as --prices does over the current data.", v -> basePrices = v)
        .repeatable("-m, --model=MODEL", String.class, null, "Only this model; repeat for several.", v -> models = v)
        .option("--fail-on-increase=PCT", BigDecimal.class,
            "Exit with code 4 if any model's total rose by more than PCT percent (5 if a total is incomplete).",
            v -> failOnIncrease = v)
        .mixin(run::options)
        .mixin(budget::options)
        .mixin(common::options)
        .build();
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    if (base == null && baseAsOf == null && basePrices == null && common.prices == null) {
      throw new InvalidRequestException(
          "diff needs something to compare with: --base DIR, --base-prices FILE, --base-as-of DATE, or --prices FILE");
    }
    if (failOnIncrease != null && failOnIncrease.signum() < 0) {
      throw new InvalidRequestException("--fail-on-increase must not be negative (was " + failOnIncrease.toPlainString() + ")");
    }
    Catalog current = common.catalog();
    Path baseDir = base != null ? base : common.dataDir;
    Catalog before = new CatalogLoader(baseDir == null ? DataSource.builtIn() : DataSource.directory(baseDir)).load();
    if (basePrices != null) {
      before = CatalogLoader.withPrices(before, basePrices, false);
    }
    LocalDate asOf = run.asOf(root.environment);
    CostDiff diff = Differ.diff(
        new Differ.Side(label(baseDir, basePrices), before, baseAsOf == null ? asOf : baseAsOf),
        new Differ.Side(label(common.dataDir, common.prices), current, asOf),
        run.suite, models, run.benchmarks, run.repeats, run.pricing());
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).diff(diff));
    spec.commandLine().getOut().flush();
    int code = ExitCodes.OK;
    if (failOnIncrease != null) {
      code = Gates.report(diff.increasesOver(failOnIncrease), diff.incomplete(), "cost increase",
          spec.commandLine().getErr());
    }
    if (code == ExitCodes.OK && budget.maxCost() != null) {
      List<org.evalcost.engine.Estimate> currents = new ArrayList<>();
      diff.models().forEach(m -> m.current().ifPresent(currents::add));
      code = Gates.maxCost(currents, budget.maxCost(), spec.commandLine().getErr());
    }
    return code;
  }

  private static String label(Path dir, Path prices) {
    String label = dir == null ? "built-in data" : dir.toString();
    return prices == null ? label : label + " with prices from " + prices;
  }
}
