package org.evalcost.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Setting;

/** A model's "settings" field: each setting's name and the prior class it runs as, checked against priors.json. */
final class SettingsField {
  private SettingsField() {}

  /** One setting; a value it refuses is an error at its field. */
  static Setting setting(FieldReader in, String name, String priorClass) {
    try {
      return new Setting(name, priorClass);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  /** A model's settings, each a name and the prior class it runs as. */
  static List<Setting> read(FieldReader o, Set<String> priorClasses) {
    if (o == null) {
      return null;
    }
    List<Setting> out = new ArrayList<>();
    for (String name = o.next(); name != null; name = o.next()) {
      String cls = o.text();
      out.add(setting(o, name, cls));
      checkClass(o, name, cls, priorClasses);
    }
    return out;
  }

  /** Refuses a class priors.json does not define (none given: every class is taken). */
  static void checkClass(FieldReader in, String field, String cls, Set<String> priorClasses) {
    if (priorClasses != null && !priorClasses.isEmpty() && !priorClasses.contains(cls)) {
      throw in.error(field, "unknown prior class '" + cls + "' (priors.json defines " + new TreeSet<>(priorClasses) + ")");
    }
  }
}
