package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Several models' estimates on the same suite, prices and billing, and how they rank;
 * {@code cheapest} is found once, as every model's ratio is to it.
 */
public record Comparison(List<Estimate> estimates, Optional<Estimate> cheapest) {
  public Comparison {
    estimates = List.copyOf(estimates);
    if (estimates.isEmpty()) {
      throw new InvalidRequestException("compare needs at least one model");
    }
  }

  public Comparison(List<Estimate> estimates) {
    this(estimates, cheapestOf(estimates));
  }

  /** The cheapest estimate with a complete total (the first of equals). */
  private static Optional<Estimate> cheapestOf(List<Estimate> estimates) {
    // A loop: Comparator.comparing made the JDK spin 19 method-handle classes on every compare run.
    Estimate cheapest = null;
    for (Estimate e : estimates) {
      if (e.totals().complete()
          && (cheapest == null || e.totals().costUsd().compareTo(cheapest.totals().costUsd()) < 0)) {
        cheapest = e;
      }
    }
    return Optional.ofNullable(cheapest);
  }

  /** Total cost over the cheapest total; empty when either is incomplete or the cheapest is free. */
  public Optional<BigDecimal> ratioToCheapest(Estimate estimate) {
    if (!estimate.totals().complete()) {
      return Optional.empty();
    }
    return cheapest.map(c -> Percent.ratio(estimate.totals().costUsd(), c.totals().costUsd()));
  }
}
