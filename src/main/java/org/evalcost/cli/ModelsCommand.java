package org.evalcost.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.Names;
import org.evalcost.engine.UnknownNameException;
import org.evalcost.report.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** evalcost models: every priced model with the prices in force today. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the models, their settings and the prices in force today (USD per 1M tokens).",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE})
final class ModelsCommand implements Callable<Integer> {
  @ParentCommand EvalCost root;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-p", "--provider"}, paramLabel = "PROVIDER", description = "Only this provider's models (openai, anthropic, ...).")
  String provider;

  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    List<Model> models = catalog.models();
    if (provider != null) {
      List<String> providers = models.stream().map(Model::provider).distinct().toList();
      if (!providers.contains(provider)) {
        throw new UnknownNameException("unknown provider '" + provider + "'", Names.closest(provider, providers, 3));
      }
      models = models.stream().filter(m -> m.provider().equals(provider)).toList();
    }
    spec.commandLine().getOut().print(
        Renderers.of(common.format, root.environment.color()).models(models, root.environment.today()));
    return ExitCodes.OK;
  }
}
