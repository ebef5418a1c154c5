package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CI gate on cost: which estimates exceed a budget, and by how much, to the cent, judged on the
 * point estimate or on the high end of each total's range.
 */
public final class Budget {
  /** The figure a gate judges. */
  public enum Figure {
    /** The estimate itself. */
    POINT,
    /** The high end of the total's range (the estimate itself where it has none). */
    HIGH
  }

  /**
   * What the gate found. {@code over} says, per estimate over the budget, by how much, naming the
   * budget at {@link InvalidRequestException#FIELD} until a front end words it ({@link #worded});
   * {@code unchecked} lists totals it could not judge for a missing price.
   */
  public record Verdict(BigDecimal maxUsd, Figure on, List<String> over, List<String> unchecked) {
    public Verdict {
      over = List.copyOf(over);
      unchecked = List.copyOf(unchecked);
    }

    /** The same verdict with the budget called what {@code name} calls {@link RequestField#MAX_COST}. */
    public Verdict worded(java.util.function.Function<RequestField, String> name) {
      List<String> said = new ArrayList<>();
      for (String o : over) {
        said.add(o.replace(InvalidRequestException.FIELD, name.apply(RequestField.MAX_COST)));
      }
      return new Verdict(maxUsd, on, said, unchecked);
    }
  }

  private Budget() {}

  public static Verdict check(List<Estimate> estimates, BigDecimal maxUsd) {
    return check(estimates, maxUsd, Figure.POINT);
  }

  public static Verdict check(List<Estimate> estimates, BigDecimal maxUsd, Figure on) {
    List<String> over = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (Estimate e : estimates) {
      Totals t = e.totals();
      if (!t.complete()) {
        unchecked.add(e.model().label() + ": total incomplete, a price is missing");
        continue;
      }
      boolean high = on == Figure.HIGH && t.range() != null;
      BigDecimal judged = high ? t.range().high() : t.costUsd();
      if (judged.compareTo(maxUsd) > 0) {
        BigDecimal excess = judged.subtract(maxUsd);
        over.add(String.format(Locale.ROOT, "%s costs %s$%,.2f, $%,.2f (%s%%) over " + InvalidRequestException.FIELD + " $%,.2f",
            e.model().label(), high ? "up to " : "", judged, excess, Percent.of(excess, maxUsd), maxUsd)
            + (high ? " (the high end of its range; the estimate is $" + String.format(Locale.ROOT, "%,.2f", t.costUsd())
            + ")" : ""));
      }
    }
    return new Verdict(maxUsd, on, over, unchecked);
  }
}
