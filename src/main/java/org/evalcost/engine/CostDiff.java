package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in cost between two estimates of the same models: two data sets, two dates, or
 * both. Changes are taken between the displayed (rounded) figures, so they add up on screen.
 */
public record CostDiff(String baseLabel, String currentLabel, String suite, List<ModelChange> models) {

  public CostDiff {
    models = List.copyOf(models);
  }

  /** How a model's cost moved between two data sets; {@link #label()} is the word every format prints. */
  public enum Status {
    ADDED("added"), REMOVED("removed"), NO_LONGER_PRICED("no longer priced"), NEWLY_PRICED("newly priced"),
    UNPRICED("unpriced"), INCOMPLETE("incomplete"), UNCHANGED("unchanged"), CHANGED("changed");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How one model's cost moved; either side is empty when the model exists in only one data set. */
  public record ModelChange(String model, Optional<Estimate> base, Optional<Estimate> current) {

    /**
     * added or removed (in one data set only); newly priced, no longer priced or unpriced (no price
     * period in force on one or both dates); incomplete (a price in force, but some line unpriced,
     * e.g. no batch rate); changed or unchanged.
     */
    public Status status() {
      if (base.isEmpty()) {
        return Status.ADDED;
      }
      if (current.isEmpty()) {
        return Status.REMOVED;
      }
      boolean basePriced = base.get().price().isPresent();
      boolean currentPriced = current.get().price().isPresent();
      if (!basePriced || !currentPriced) {
        return basePriced ? Status.NO_LONGER_PRICED : currentPriced ? Status.NEWLY_PRICED : Status.UNPRICED;
      }
      if (!base.get().totals().complete() || !current.get().totals().complete()) {
        return Status.INCOMPLETE;
      }
      return change().orElseThrow().signum() == 0 ? Status.UNCHANGED : Status.CHANGED;
    }

    /** Whether the per-benchmark changes are worth showing to a person. */
    public boolean comparable() {
      return status() == Status.CHANGED || status() == Status.INCOMPLETE;
    }

    public Optional<BigDecimal> baseCost() {
      return base.filter(e -> e.totals().complete()).map(e -> e.totals().costUsd());
    }

    public Optional<BigDecimal> currentCost() {
      return current.filter(e -> e.totals().complete()).map(e -> e.totals().costUsd());
    }

    public Optional<BigDecimal> change() {
      return baseCost().flatMap(b -> currentCost().map(c -> c.subtract(b)));
    }

    public String label() {
      return current.or(() -> base).orElseThrow().model().label();
    }

    /** Per benchmark, in the current suite's order, then benchmarks only the base had. */
    public List<BenchmarkChange> benchmarks() {
      Set<String> ids = new LinkedHashSet<>();
      current.ifPresent(e -> e.lines().forEach(l -> ids.add(l.benchmark().id())));
      base.ifPresent(e -> e.lines().forEach(l -> ids.add(l.benchmark().id())));
      List<BenchmarkChange> out = new ArrayList<>();
      for (String id : ids) {
        out.add(new BenchmarkChange(id, cost(base, id), cost(current, id)));
      }
      return out;
    }

    private static Optional<BigDecimal> cost(Optional<Estimate> estimate, String benchmark) {
      return estimate.flatMap(e -> e.lines().stream().filter(l -> l.benchmark().id().equals(benchmark))
          .findFirst()).filter(Line::priced).map(l -> Rounding.cents(l.cost()));
    }
  }

  /** One benchmark's cost before and after; empty where there is none. */
  public record BenchmarkChange(String benchmark, Optional<BigDecimal> base, Optional<BigDecimal> current) {
    public Optional<BigDecimal> change() {
      return base.flatMap(b -> current.map(c -> c.subtract(b)));
    }
  }

  /** The models whose total rose by more than {@code percent}% (a model that was free and now costs counts). */
  public List<String> increasesOver(BigDecimal percent) {
    List<String> over = new ArrayList<>();
    for (ModelChange m : models) {
      if (m.change().isEmpty() || m.change().get().signum() <= 0) {
        continue;
      }
      BigDecimal base = m.baseCost().orElseThrow();
      BigDecimal limit = base.multiply(percent).divide(BigDecimal.valueOf(100));
      if (m.change().get().compareTo(limit) > 0) {
        over.add(String.format(java.util.Locale.ROOT, "%s rose from $%,.2f to $%,.2f (+%s%%), more than %s%%",
            m.label(), base, m.currentCost().orElseThrow(), Percent.of(m.change().get(), base),
            percent.stripTrailingZeros().toPlainString()));
      }
    }
    return over;
  }

  /** Models the gate could not judge because a total on either side is incomplete. */
  public List<String> incomplete() {
    return models.stream().filter(m -> m.status() == Status.INCOMPLETE)
        .map(m -> m.label() + ": a total is incomplete, a price is missing").toList();
  }
}
