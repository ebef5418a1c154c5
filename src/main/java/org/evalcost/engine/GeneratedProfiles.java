package org.evalcost.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generated profiles a catalog reads through {@link MoreProfiles}: one model's at a time, each
 * read once and kept (--all-models' threads read different models' at once). Catalogs derived from
 * one another share it, and what it has read.
 */
final class GeneratedProfiles {
  private final MoreProfiles supply;
  private final Map<String, Map<String, UsageProfile>> byModel = new ConcurrentHashMap<>();

  GeneratedProfiles(MoreProfiles supply) {
    this.supply = supply;
  }

  /** The profile of this key, where the supply holds the benchmark's. */
  Optional<UsageProfile> find(String model, String setting, String benchmark) {
    if (!supply.benchmarks().contains(benchmark)) {
      return Optional.empty();
    }
    Map<String, UsageProfile> known = byModel.get(model);
    if (known == null) {
      Map<String, UsageProfile> read = new HashMap<>();
      for (UsageProfile p : supply.read(model)) {
        read.putIfAbsent(Catalog.key(p.model(), p.setting(), p.benchmark()), p);
      }
      known = byModel.computeIfAbsent(model, m -> read);
    }
    return Optional.ofNullable(known.get(Catalog.key(model, setting, benchmark)));
  }

  List<UsageProfile> all() {
    return supply.all();
  }
}
