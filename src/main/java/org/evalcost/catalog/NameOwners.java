package org.evalcost.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;

/** The names of a file's models so far (ids and aliases, compared as ModelNames.key) and the model that has each. */
final class NameOwners {
  private final Map<String, String> owners = new HashMap<>();

  /** Takes the model's names, refusing one that another model of the file has, at its aliases. */
  void claim(FieldReader in, Model model) {
    List<String> names = new ArrayList<>();
    names.add(model.id());
    names.addAll(model.aliases());
    for (String name : names) {
      String earlier = owners.putIfAbsent(ModelNames.key(name), model.id());
      if (earlier != null && !earlier.equals(model.id())) {
        throw in.error("aliases", "the name '" + name + "' is already used by model '" + earlier + "'");
      }
    }
  }
}
