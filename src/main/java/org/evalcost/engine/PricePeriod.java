package org.evalcost.engine;

import java.time.LocalDate;
import java.util.List;

/** The rates a model was sold at from {@code effectiveFrom} until the next period starts. */
public record PricePeriod(
    LocalDate effectiveFrom, Rates rates, Rates batch, List<Tier> tiers, Source source) {
  public PricePeriod {
    Checks.present("effective_from", effectiveFrom);
    Checks.present("rates", rates);
    Checks.present("source", source);
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
  }
}
