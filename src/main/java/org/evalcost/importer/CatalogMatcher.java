package org.evalcost.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;

/**
 * Ties imported entries to the catalog's models, so an imported file laid over the catalog with
 * --prices updates their prices instead of adding clashing names; gives new models unique ids.
 */
final class CatalogMatcher {
  private static final Pattern REASONING =
      Pattern.compile("(^|[/-])(o[1-9](-|$)|.*reason|.*think|.*-r1($|-)|deepseek-r1|qwq)", Pattern.CASE_INSENSITIVE);

  private final Map<String, Model> byName = new HashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Set<String> matchedIds = new HashSet<>();
  private final List<String> priorClasses;

  CatalogMatcher(Catalog catalog) {
    this.priorClasses = catalog.priors().stream().map(org.evalcost.engine.Prior::priorClass).toList();
    for (Model model : catalog.models()) {
      byName.put(key(model.id()), model);
      model.aliases().forEach(a -> byName.put(key(a), model));
    }
    taken.addAll(byName.keySet());
  }

  /** Names as the catalog compares them (ModelNames.key). */
  private static String key(String name) {
    return org.evalcost.engine.ModelNames.key(name);
  }

  /** The catalog model an entry named {@code id} (or one of {@code names}) is, unless already matched. */
  Optional<Model> match(String id, List<String> names) {
    Model model = byName.get(key(id));
    if (model == null) {
      for (String name : names) {
        model = byName.get(key(name));
        if (model != null) {
          break;
        }
      }
    }
    if (model == null || matchedIds.contains(model.id())) {
      return Optional.empty();
    }
    matchedIds.add(model.id());
    return Optional.of(model);
  }

  /** Whether an entry's name belongs to a catalog model that an earlier entry already priced. */
  boolean alreadyMatched(String id) {
    Model model = byName.get(key(id));
    return model != null && matchedIds.contains(model.id());
  }

  /** An id no model has yet: the entry's own, else with its provider before or after; null if all are taken. */
  String freshId(String id, String provider) {
    for (String candidate : List.of(id, provider + "/" + id, id + "@" + provider)) {
      if (taken.add(key(candidate))) {
        return candidate;
      }
    }
    return null;
  }

  /** Keeps only the names no model uses yet, and reserves them. */
  List<String> freshAliases(List<String> names, String id) {
    return names.stream().filter(n -> !n.equalsIgnoreCase(id)).filter(n -> taken.add(key(n)))
        .distinct().toList();
  }

  /**
   * The imported model: the catalog's identity (settings, evidence) for a matched one; for a new
   * one a prior class guessed from the name, marked as a guess so every estimate says so.
   */
  Model record(Optional<Model> matched, String id, String provider, List<String> aliases, List<PricePeriod> prices,
      String source, LocalDate checked) {
    Source from = new Source(source, checked);
    if (matched.isPresent()) {
      Model m = matched.get();
      return new Model(m.id(), m.provider(), m.aliases(), m.settings(), m.defaultSetting(), prices, from,
          m.classEvidence(), m.classGuessed(), null, m.released());
    }
    boolean reasoning = REASONING.matcher(id).find();
    String guess = reasoning ? "reasoning-medium" : "non-reasoning";
    String prior = priorClasses.contains(guess) || priorClasses.isEmpty() ? guess : priorClasses.get(0);
    String evidence = (prior.equals(guess) ? "prior class guessed from the name"
        : "the catalog's first prior class, as it has no '" + guess + "'") + " (evalcost import prices); correct it"
        + " if you know better";
    return new Model(id, provider, aliases, List.of(new Setting(Setting.DEFAULT, prior)), Setting.DEFAULT, prices,
        from, evidence, true, null);
  }
}
