package org.evalcost.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Whose token figures (profiles, calibration) a model uses: for {@code x@seller}, the model of the
 * catalog's first part named {@code x} when another seller sells it there (the same weights
 * generate the same tokens, whoever bills them); else the model itself.
 */
final class TokenOwners {
  private final Collection<Model> first;
  private Map<String, Model> byName;

  /** @param first the catalog's first part, a view read on first use */
  TokenOwners(Collection<Model> first) {
    this.first = first;
  }

  Model of(Model model) {
    int at = model.id().lastIndexOf('@');
    if (at <= 0) {
      return model;
    }
    Model owner = byName().get(ModelNames.key(model.id().substring(0, at)));
    return owner == null || owner == model || owner.provider().equals(model.provider()) ? model : owner;
  }

  /** The first part's models by every name's key, made once. */
  private synchronized Map<String, Model> byName() {
    if (byName == null) {
      Map<String, Model> map = new HashMap<>();
      for (Model m : first) {
        map.putIfAbsent(ModelNames.key(m.id()), m);
        for (String a : m.aliases()) {
          map.putIfAbsent(ModelNames.key(a), m);
        }
      }
      byName = map;
    }
    return byName;
  }
}
