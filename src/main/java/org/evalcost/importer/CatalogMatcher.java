package org.evalcost.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;

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

  /** A models.json record: the catalog's identity for a matched model, a guessed prior for a new one. */
  Map<String, Object> record(Optional<Model> matched, String id, String provider, List<String> aliases,
      List<Map<String, Object>> prices, String source, LocalDate checked) {
    Map<String, Object> r = new LinkedHashMap<>();
    if (matched.isPresent()) {
      Model m = matched.get();
      r.put("id", m.id());
      r.put("provider", m.provider());
      r.put("aliases", m.aliases());
      if (m.hasSettings()) {
        Map<String, String> settings = new LinkedHashMap<>();
        m.settings().forEach(s -> settings.put(s.name(), s.priorClass()));
        r.put("settings", settings);
        r.put("default_setting", m.defaultSetting());
      } else {
        r.put("prior", m.settings().get(0).priorClass());
      }
    } else {
      r.put("id", id);
      r.put("provider", provider);
      r.put("aliases", aliases);
      boolean reasoning = REASONING.matcher(id).find();
      String guess = reasoning ? "reasoning-medium" : "non-reasoning";
      String prior = priorClasses.contains(guess) || priorClasses.isEmpty() ? guess : priorClasses.get(0);
      r.put("prior", prior);
      r.put("notes", "prior class " + (prior.equals(guess) ? "guessed from the name" : "the catalog's first, having no '"
          + guess + "'") + "; correct it if you know better");
    }
    r.put("prices", prices);
    r.put("source", source);
    r.put("checked", checked.toString());
    return r;
  }
}
