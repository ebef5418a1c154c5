package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CI gate on cost: which estimates exceed a budget, and by how much, to the cent. */
public final class Budget {
  /** What the gate found. {@code unchecked} lists totals it could not judge for a missing price. */
  public record Verdict(List<String> over, List<String> unchecked) {
    public boolean passed() {
      return over.isEmpty() && unchecked.isEmpty();
    }
  }

  private Budget() {}

  public static Verdict check(List<Estimate> estimates, BigDecimal maxUsd) {
    List<String> over = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (Estimate e : estimates) {
      Totals t = e.totals();
      if (!t.complete()) {
        unchecked.add(e.model().label() + ": total incomplete, a price is missing");
      } else if (t.costUsd().compareTo(maxUsd) > 0) {
        BigDecimal excess = t.costUsd().subtract(maxUsd);
        over.add(String.format(Locale.ROOT, "%s costs $%,.2f, $%,.2f (%s%%) over --max-cost $%,.2f",
            e.model().label(), t.costUsd(), excess, Percent.of(excess, maxUsd), maxUsd));
      }
    }
    return new Verdict(over, unchecked);
  }
}
