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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost diff: what changed in cost between two data sets or two dates. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show what changed in cost between two data sets (--base DIR) or two dates (--base-as-of DATE).",
      "Per model (at its default setting, unless --model names a variant) and benchmark: the cost "
          + "before and after, the change and the change in percent. --format markdown is fit for a "
          + "pull-request comment; --fail-on-increase makes it a CI gate."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evalcost diff --base-as-of 2025-05-01 --as-of 2025-07-01 --model o3",
      "  evalcost diff --base main-data/ --data-dir data/ --fail-on-increase 5 --format markdown"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE,
        ExitCodes.GATE_LINE, ExitCodes.GATE_UNCHECKED_LINE})
final class DiffCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--base", paramLabel = "DIR", description = "The data directory to compare against.")
  Path base;

  @Option(names = "--base-as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "The date whose prices to compare against (default: --as-of).")
  LocalDate baseAsOf;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "Only this model; repeat for several.")
  List<String> models = new ArrayList<>();

  @Option(names = "--fail-on-increase", paramLabel = "PCT",
      description = "Exit with code 4 if any model's total rose by more than PCT percent (5 if a total is incomplete).")
  BigDecimal failOnIncrease;

  @Mixin RunOptions run;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    if (base == null && baseAsOf == null) {
      throw new InvalidRequestException("diff needs --base DIR, --base-as-of DATE, or both");
    }
    if (failOnIncrease != null && failOnIncrease.signum() < 0) {
      throw new InvalidRequestException("--fail-on-increase must not be negative (was " + failOnIncrease.toPlainString() + ")");
    }
    Catalog current = common.catalog();
    Catalog before = base == null ? current : new CatalogLoader(DataSource.directory(base)).load();
    LocalDate asOf = run.asOf(root.environment);
    String currentLabel = common.dataDir == null ? "built-in data" : common.dataDir.toString();
    if (common.prices != null) {
      currentLabel += " with prices from " + common.prices;
    }
    CostDiff diff = Differ.diff(
        new Differ.Side(base == null ? currentLabel : base.toString(), before, baseAsOf == null ? asOf : baseAsOf),
        new Differ.Side(currentLabel, current, asOf),
        run.suite, models, run.benchmarks, run.repeats, run.pricing());
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).diff(diff));
    spec.commandLine().getOut().flush();
    int code = ExitCodes.OK;
    if (failOnIncrease != null) {
      code = Gates.report(diff.increasesOver(failOnIncrease), diff.incomplete(), "cost increase",
          spec.commandLine().getErr());
    }
    if (code == ExitCodes.OK && run.maxCost() != null) {
      List<org.evalcost.engine.Estimate> currents = new ArrayList<>();
      diff.models().forEach(m -> m.current().ifPresent(currents::add));
      code = Gates.maxCost(currents, run.maxCost(), spec.commandLine().getErr());
    }
    return code;
  }
}
