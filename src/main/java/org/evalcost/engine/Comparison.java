package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Several models' estimates on the same suite, prices and billing, and how they rank. */
public record Comparison(List<Estimate> estimates) {
  public Comparison {
    estimates = List.copyOf(estimates);
    if (estimates.isEmpty()) {
      throw new InvalidRequestException("compare needs at least one model");
    }
  }

  /** The cheapest estimate with a complete total. */
  public Optional<Estimate> cheapest() {
    return estimates.stream()
        .filter(e -> e.totals().complete())
        .min(Comparator.comparing(e -> e.totals().costUsd()));
  }

  /** Total cost over the cheapest total; empty when either is incomplete or the cheapest is free. */
  public Optional<BigDecimal> ratioToCheapest(Estimate estimate) {
    if (!estimate.totals().complete()) {
      return Optional.empty();
    }
    return cheapest().map(c -> Percent.ratio(estimate.totals().costUsd(), c.totals().costUsd()));
  }
}
