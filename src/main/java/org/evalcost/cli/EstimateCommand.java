package org.evalcost.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Names;
import org.evalcost.engine.Suite;
import org.evalcost.engine.UnknownNameException;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost estimate: one model on a suite, per benchmark, with the basis of every figure. */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Estimate what it costs to run a model on a benchmark suite.",
      "Per benchmark: items, repeats, input and output tokens (reasoning included), the cost, "
          + "and the basis of the token figures: measured, calibrated to a published cost, or "
          + "predicted from a prior."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  evalcost estimate --model o1",
      "  evalcost estimate --model o3-mini --effort high --benchmark gpqa-diamond",
      "  evalcost estimate --model claude-3.7-sonnet-thinking --format csv > cost.csv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class EstimateCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL",
      description = "Model id, alias or variant (o1, gpt-4o-2024-05-13, o3-mini-high, claude-3.7-sonnet-thinking).")
  String model;

  @Option(names = "--effort", paramLabel = "SETTING",
      description = "Reasoning setting to run the model at (low, medium, high, thinking, ...; see 'evalcost models').")
  String effort;

  @Option(names = {"-s", "--suite"}, paramLabel = "SUITE",
      description = "Benchmark suite (default: the data's default suite, aa-index-v2).")
  String suite;

  @Option(names = {"-b", "--benchmark"}, paramLabel = "BENCHMARK",
      description = "Only this benchmark; repeat the option for several.")
  List<String> benchmarks = new ArrayList<>();

  @Option(names = "--repeats", paramLabel = "N", description = "Run every benchmark N times instead of the suite's repeats.")
  Integer repeats;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    Suite chosen = suite == null ? catalog.defaultSuite() : catalog.suite(suite).orElseThrow(() ->
        new UnknownNameException("unknown suite '" + suite + "'",
            Names.closest(suite, catalog.suites().stream().map(Suite::id).toList(), 3)));
    EstimateRequest request = new EstimateRequest(
        new ModelResolver(catalog).resolve(model, effort), chosen, benchmarks, repeats, root.environment.today());
    Estimate estimate = new Estimator(catalog).estimate(request);
    spec.commandLine().getOut().print(Renderers.of(common.format, root.environment.color()).estimate(estimate));
    return ExitCodes.OK;
  }
}
