package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Estimate;

/** How old the prices behind estimates are, and the warning when they are older than STALE_DAYS. */
final class PriceAge {
  private PriceAge() {}

  /** A price checked longer ago than this before the estimate's date is flagged in the table. */
  static final int STALE_DAYS = 90;

  /** Days from the price's last check to the estimate's date; null without a price. */
  static Long days(Estimate e) {
    return e.price().isEmpty() ? null
        : java.time.temporal.ChronoUnit.DAYS.between(e.price().get().source().checked(), e.asOf());
  }

  /** "Prices in force on 2026-12-02, last checked 2025-09-05": the newest check of the estimates' prices, for captions. */
  static String caption(List<Estimate> estimates) {
    java.time.LocalDate checked = null;
    for (Estimate e : estimates) {
      if (e.price().isPresent() && (checked == null || e.price().get().source().checked().isAfter(checked))) {
        checked = e.price().get().source().checked();
      }
    }
    return "Prices in force on " + estimates.get(0).asOf()
        + (checked == null ? "; none priced." : ", last checked " + checked + ".");
  }

  /** The table's note on prices checked more than STALE_DAYS before the estimates' date, or null. */
  static String stale(List<Estimate> estimates) {
    List<String> old = new ArrayList<>();
    for (Estimate e : estimates) {
      Long age = days(e);
      if (age != null && age > STALE_DAYS) {
        old.add(estimates.size() > 1 ? e.model().label() + " " + e.price().get().source().checked() + " (" + age
            + " days)" : e.price().get().source().checked() + ", " + age + " days");
      }
    }
    if (old.isEmpty()) {
      return null;
    }
    if (old.size() > 5) {
      int more = old.size() - 5;
      old = new ArrayList<>(old.subList(0, 5));
      old.add("and " + more + " more");
    }
    return (estimates.size() > 1 ? "prices checked more than " + STALE_DAYS + " days before " + estimates.get(0).asOf()
        + ": " : "the price was last checked on ") + String.join(", ", old)
        + (estimates.size() > 1 ? "" : " before " + estimates.get(0).asOf())
        + "; 'evalcost update' fetches the newest upstream prices";
  }
}
