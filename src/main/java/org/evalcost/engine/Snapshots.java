package org.evalcost.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A month in parentheses names a snapshot, as Artificial Analysis writes it ({@code GPT-4o (Nov
 * '24)}, {@code Mistral Large 2 (Nov '24)}, {@code MiMo-V2-Flash (Feb 2026)}). The month picks the
 * model whose id carries a date in that month ({@code gpt-4o-2024-11-20}, {@code
 * mistral-large-2411}); a model whose id carries another month is never taken for it; a model whose
 * id carries no date stands for every month.
 */
final class Snapshots {
  private Snapshots() {}

  /** Whether an id or alias of the model is one of the stems followed by a date (of that month, unless null). */
  private static boolean ofMonth(Model model, List<String> stems, IdDates.Month month) {
    List<String> names = new ArrayList<>(model.aliases());
    names.add(0, model.id());
    for (String n : names) {
      IdDates.Dated d = IdDates.dated(ModelNames.key(n));
      if (d.date() != null && stems.contains(d.stem()) && (month == null || !d.date().contradicts(month))) {
        return true;
      }
    }
    return false;
  }

  /** The one model with an id or alias that is {@code typedBase} followed by a date of that month, or null. */
  static Model dated(String typedBase, IdDates.Month month, List<Model> models) {
    String stem = ModelNames.key(typedBase);
    Model only = null;
    for (Model m : models) {
      if (ofMonth(m, List.of(stem), month)) {
        if (only != null && only != m) {
          return null;
        }
        only = m;
      }
    }
    return only;
  }

  /**
   * The model of that month among {@code models}: the found one when its id's date agrees or it
   * has none and no dated sibling matches; a dated sibling (an id or alias that is the found id's
   * stem, or the typed name, followed by a date of that month) otherwise; an error when the found model is of another month and no
   * sibling is of this one.
   */
  static Model pick(Model found, String typedBase, IdDates.Month month, List<Model> models, String name) {
    IdDates.Dated own = IdDates.dated(ModelNames.key(found.id()));
    if (own.date() != null && !own.date().contradicts(month)) {
      return found;
    }
    List<String> stems = List.of(own.stem(), ModelNames.key(typedBase));
    List<Model> matching = new ArrayList<>();
    List<String> dated = new ArrayList<>();
    for (Model m : models) {
      if (ofMonth(m, stems, month)) {
        matching.add(m);
      } else if (ofMonth(m, stems, null)) {
        dated.add(m.id());
      }
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (own.date() == null && matching.isEmpty()) {
      return found;
    }
    throw new UnknownNameException("'" + Names.shown(name) + "': " + (matching.isEmpty()
        ? "the catalog has no snapshot of " + found.id() + " from " + month
        : "more than one snapshot of " + found.id() + " is from " + month + "; name one"), matching.isEmpty()
            ? dated : matching.stream().map(Model::id).toList());
  }
}
