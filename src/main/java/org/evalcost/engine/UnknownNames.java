package org.evalcost.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The error for a name no rule of {@link ModelResolver} finds, with the names it most likely meant. */
final class UnknownNames {
  private UnknownNames() {}

  /**
   * An unknown name, with suggestions from its family first (llama-4-maverick: other llamas), then
   * by spelling, and how to get prices the catalog lacks.
   */
  static UnknownNameException of(String name, List<Model> registered) {
    String family = ModelNames.family(name);
    Set<String> same = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>();
    for (Model m : registered) {
      for (String n : ModelResolver.names(m)) {
        all.add(n);
        if (!family.isEmpty() && ModelNames.family(n).equals(family)) {
          same.add(n);
        }
      }
    }
    List<String> suggestions = new ArrayList<>(Names.closest(name, same, 3));
    if (suggestions.size() < 3) {
      for (String n : Names.closest(name, all, 5)) {
        if (suggestions.size() < 3 && !suggestions.contains(n)) {
          suggestions.add(n);
        }
      }
    }
    return new UnknownNameException(RequestField.PRICES, "unknown model '" + Names.shown(name)
        + "' (to price a model the catalog lacks: 'evalcost update' fetches the newest upstream prices, or give your "
        + "own with " + InvalidRequestException.FIELD + ")", suggestions);
  }
}
