package org.evalcost.cli;

import java.util.List;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.Names;
import org.evalcost.engine.UnknownNameException;

/** evalcost models: every priced model with the prices in force today. */
final class ModelsCommand extends CatalogCommand {
  private final Value<String> provider = option("-p, --provider=PROVIDER", String.class,
      "Only this provider's models (openai, anthropic, ...).");
  private final Value<String> search = option("--search=TEXT", String.class,
      "Only models whose id or an alias contains TEXT (compared as names are: case, dots and dashes aside).");
  private final Value<Boolean> reasoning = flag("--reasoning",
      "Only models that can reason (a setting or class other than non-reasoning).");

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("List the models, their settings and the prices in force today (USD per 1M tokens).")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    Catalog catalog = catalog();
    List<Model> models = catalog.models();
    if (provider.get() != null) {
      List<String> providers = models.stream().map(Model::provider).distinct().toList();
      if (!providers.contains(provider.get())) {
        throw new UnknownNameException("unknown provider '" + provider.get() + "'", Names.closest(provider.get(), providers, 3));
      }
      models = models.stream().filter(m -> m.provider().equals(provider.get())).toList();
    }
    if (search.get() != null) {
      String wanted = ModelNames.key(search.get());
      List<Model> found = new java.util.ArrayList<>();
      for (Model m : models) {
        boolean hit = ModelNames.key(m.id()).contains(wanted);
        for (String a : m.aliases()) {
          hit |= ModelNames.key(a).contains(wanted);
        }
        if (hit) {
          found.add(m);
        }
      }
      models = found;
    }
    if (reasoning.get()) {
      List<Model> found = new java.util.ArrayList<>();
      for (Model m : models) {
        for (org.evalcost.engine.Setting s : m.settings()) {
          if (!s.priorClass().equals("non-reasoning")) {
            found.add(m);
            break;
          }
        }
      }
      models = found;
    }
    out().print(listings().models(models, root.environment.today()));
    return ExitCodes.OK;
  }
}
