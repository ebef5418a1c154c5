package org.evalcost.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of reading a foreign price catalog: model records in the shape of data/models.json,
 * the entries that could not be mapped with the reason, and the entries imported only in part.
 */
public final class PriceImport {
  /** An entry left out, and why. */
  public record Skipped(String entry, String reason) {}

  /** Why an entry whose price the engine refuses is left out. */
  static String refused(org.evalcost.engine.InvalidValueException e) {
    return "a price the catalog refuses: " + e.field() + " " + e.getMessage();
  }

  final List<org.evalcost.engine.Model> models = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();
  final List<Skipped> partial = new ArrayList<>();
  int matched;

  public List<org.evalcost.engine.Model> models() {
    return models;
  }

  public List<Skipped> skipped() {
    return skipped;
  }

  public List<Skipped> partial() {
    return partial;
  }

  public int matched() {
    return matched;
  }
}
