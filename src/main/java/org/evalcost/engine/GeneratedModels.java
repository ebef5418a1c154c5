package org.evalcost.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models a catalog reads through {@link MoreModels} only when a name is not among its first
 * ones: read once, and refused where one repeats a first model's id.
 */
final class GeneratedModels {
  private final MoreModels supply;
  private final Map<String, Model> first;
  private List<Model> read;

  GeneratedModels(MoreModels supply, Map<String, Model> first) {
    this.supply = supply;
    this.first = first;
  }

  synchronized List<Model> all() {
    if (read == null) {
      List<Model> models = supply == null ? List.of() : List.copyOf(supply.read());
      for (Model m : models) {
        if (first.containsKey(m.id())) {
          throw new InvalidValueException("id", "duplicate model '" + m.id() + "'");
        }
      }
      read = models;
    }
    return read;
  }

  Optional<Model> find(String id) {
    for (Model m : all()) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
