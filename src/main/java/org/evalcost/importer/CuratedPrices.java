package org.evalcost.importer;

import static org.evalcost.importer.UpstreamRecords.diffs;
import static org.evalcost.importer.UpstreamRecords.label;
import static org.evalcost.importer.UpstreamRecords.withPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalcost.catalog.ConfirmedPrices;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;

/** What the upstream copies say of each curated model's own price, for the report and the data. */
final class CuratedPrices {
  private final List<String> disagreements = new ArrayList<>();
  private final List<String> behind = new ArrayList<>();
  /** By model id: the newest copy's. */
  private final Map<String, ConfirmedPrices.Confirmed> confirmed = new TreeMap<>();
  private final List<Model> overrides = new ArrayList<>();
  /** Models an upstream copy gives another price for: none of their prices counts as confirmed. */
  private final Set<String> disputed = new HashSet<>();

  /**
   * Lists a curated price that an upstream catalog gives more than 1% apart; an upstream that
   * still gives one of the curated record's earlier prices is behind it, listed apart, and never
   * brings that old price back in an update; one that gives the same rates in a newer copy
   * confirms the price as of that copy's date, unless another copy of the same seller gives a
   * different one. In an update ({@code newPricesFrom} not null), a
   * differing price becomes the curated model's period from that day.
   */
  void compare(Model own, UpstreamEntry e, LocalDate newPricesFrom) {
    Rates latest = e.prices().get(e.prices().size() - 1).rates();
    List<String> diffs = diffs(own.prices().get(own.prices().size() - 1).rates(), latest);
    for (int i = own.prices().size() - 2; i >= 0 && !diffs.isEmpty(); i--) {
      if (diffs(own.prices().get(i).rates(), latest).isEmpty()) {
        behind.add("| " + own.id() + " | " + label(e) + " | the curated price from "
            + own.prices().get(i).effectiveFrom() + "; since " + own.prices().get(i + 1).effectiveFrom() + ": "
            + String.join("; ", diffs) + " |");
        return;
      }
    }
    PricePeriod mine = own.prices().get(own.prices().size() - 1);
    Source theirs = e.prices().get(e.prices().size() - 1).source();
    ConfirmedPrices.Confirmed earlier = confirmed.get(own.id());
    if (diffs.isEmpty() && theirs.checked().isAfter(mine.source().checked())
        && (earlier == null || theirs.checked().isAfter(earlier.source().checked()))) {
      confirmed.put(own.id(), new ConfirmedPrices.Confirmed(own.id(), mine.effectiveFrom(), mine.rates(), theirs));
    }
    if (!diffs.isEmpty()) {
      disputed.add(own.id());
      disagreements.add("| " + own.id() + " | " + label(e) + " | " + String.join("; ", diffs) + " |");
      if (newPricesFrom != null) {
        overrides.add(withPeriod(own, e.prices().get(e.prices().size() - 1), newPricesFrom));
      }
    }
  }

  /** Curated prices more than 1% from an upstream price of the same seller, as report rows. */
  List<String> disagreements() {
    return disagreements;
  }

  /** Upstream prices that are a curated model's earlier price, as report rows. */
  List<String> behind() {
    return behind;
  }

  /** Curated prices a newer upstream copy gives too and none gives otherwise, by model id. */
  List<ConfirmedPrices.Confirmed> confirmed() {
    List<ConfirmedPrices.Confirmed> out = new ArrayList<>();
    for (ConfirmedPrices.Confirmed c : confirmed.values()) {
      if (!disputed.contains(c.model())) {
        out.add(c);
      }
    }
    return out;
  }

  /** In an update: curated models with the newer price as a period of their own. */
  List<Model> overrides() {
    return overrides;
  }
}
