package org.evalcost.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.evalcost.stats.MonteCarlo;

/** Estimates the same models on the same suite in two catalogs at two dates, and pairs them. */
public final class Differ {
  /** One side of a diff: a catalog and the date whose prices to use. */
  public record Side(String label, Catalog catalog, LocalDate asOf) {}

  private Differ() {}

  /**
   * Every model of either side at its default setting, or only {@code models} (names resolved in
   * the current catalog, else the base); a model in one catalog only is "added" or "removed".
   */
  public static CostDiff diff(Side base, Side current, String suiteId, List<String> models, List<String> benchmarks,
      Integer repeats, Pricing pricing, MonteCarlo monteCarlo, Function<RequestField, String> words) {
    Estimator baseEstimator = new Estimator(base.catalog(), monteCarlo, words);
    Estimator currentEstimator = new Estimator(current.catalog(), monteCarlo, words);
    Suite baseSuite = suite(base, suiteId);
    Suite currentSuite = suite(current, suiteId);
    Set<Key> keys = new LinkedHashSet<>();
    if (models.isEmpty()) {
      current.catalog().models().forEach(m -> keys.add(new Key(m.id(), null)));
      base.catalog().models().forEach(m -> keys.add(new Key(m.id(), null)));
    } else {
      for (String name : models) {
        ModelRef ref = resolve(name, current, base);
        keys.add(new Key(ref.model().id(), ref.setting().name()));
      }
    }
    List<CostDiff.ModelChange> changes = new ArrayList<>();
    for (Key key : keys) {
      changes.add(new CostDiff.ModelChange(key.model(), estimate(base, baseEstimator, baseSuite, key,
          benchmarks, repeats, pricing), estimate(current, currentEstimator, currentSuite, key, benchmarks, repeats, pricing)));
    }
    return new CostDiff(base.label() + " at the prices of " + base.asOf(),
        current.label() + " at the prices of " + current.asOf(), currentSuite.id(), changes);
  }

  private static ModelRef resolve(String name, Side current, Side base) {
    try {
      return new ModelResolver(current.catalog()).resolve(name, null);
    } catch (UnknownNameException e) {
      return new ModelResolver(base.catalog()).resolve(name, null);
    }
  }

  private static Suite suite(Side side, String id) {
    String wanted = id == null ? side.catalog().defaultSuite().id() : id;
    return side.catalog().suite(wanted).orElseThrow(() -> new UnknownNameException(
        "unknown suite '" + wanted + "' in " + side.label(),
        Names.closest(wanted, side.catalog().suites().stream().map(Suite::id).toList(), 3)));
  }

  /** A model and the setting to run it at (null: its default setting in each catalog). */
  private record Key(String model, String setting) {
    // Written out: a record's own equals and hashCode are built by method handles on first use,
    // which each run of diff would pay for (docs/startup.md, the ledger).
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && model.equals(k.model) && java.util.Objects.equals(setting, k.setting);
    }

    @Override
    public int hashCode() {
      return 31 * model.hashCode() + java.util.Objects.hashCode(setting);
    }
  }

  private static Optional<Estimate> estimate(Side side, Estimator estimator, Suite suite, Key key, List<String> benchmarks,
      Integer repeats, Pricing pricing) {
    return side.catalog().model(key.model()).flatMap(model -> model
        .setting(key.setting() == null ? model.defaultSetting() : key.setting())
        .map(setting -> estimator.estimate(new EstimateRequest(
            new ModelRef(model, setting), suite, benchmarks, repeats, side.asOf(), pricing))));
  }
}
