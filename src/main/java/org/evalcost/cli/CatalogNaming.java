package org.evalcost.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.logs.Naming;

/**
 * Log names resolved through the catalog, each answer remembered: logs repeat a few names
 * millions of times. A name the catalog does not know is tried again without its provider
 * ({@code openai/gpt-4o}); one it still does not know has no model.
 */
final class CatalogNaming implements Naming {
  private final ModelResolver resolver;
  private final Map<String, Optional<String>> models = new HashMap<>();
  private final Map<String, Map<String, String>> settings = new HashMap<>();

  CatalogNaming(ModelResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public String model(String logName) {
    Optional<String> known = models.get(logName);
    if (known != null) {
      return known.orElse(null);
    }
    return models.computeIfAbsent(logName, n -> {
      for (String name : List.of(n, n.substring(n.indexOf('/') + 1))) {
        try {
          return Optional.of(resolver.resolve(name, null).model().id());
        } catch (InvalidRequestException e) {
          // try the name without its provider
        }
      }
      return Optional.empty();
    }).orElse(null);
  }

  @Override
  public String setting(String model, String effort) {
    Map<String, String> byEffort = settings.get(model);
    String known = byEffort == null ? null : byEffort.get(effort == null ? "" : effort);
    if (known != null) {
      return known;
    }
    return settings.computeIfAbsent(model, k -> new HashMap<>()).computeIfAbsent(
        effort == null ? "" : effort, k -> {
          ModelRef ref = resolver.resolve(model, null);
          return effort != null && ref.model().setting(effort).isPresent() ? effort : ref.setting().name();
        });
  }
}
