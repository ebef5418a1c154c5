package org.evalcost.importer;

import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/**
 * One price an upstream catalog lists for an entry: the engine's rates, from {@code from} on, or
 * undated (null) until the merge gives it a first day.
 */
record Offer(LocalDate from, Rates rates, Rates batch, List<Tier> tiers, Source source) {
  PricePeriod period(LocalDate start) {
    return new PricePeriod(from == null ? start : from, rates, batch, tiers, source);
  }
}
