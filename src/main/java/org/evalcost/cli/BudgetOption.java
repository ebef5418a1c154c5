package org.evalcost.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.evalcost.engine.Budget;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.InvalidRequestException;

/** The --max-cost gate, and which figure it judges (--gate-on). */
final class BudgetOption extends OptionGroup {
  private final Value<BigDecimal> maxCost = option("--max-cost=USD", BigDecimal.class,
      "Exit with code 4 if any estimate costs more than USD (5 if a price is missing).");
  private final Value<String> gateOn = option("--gate-on=FIGURE", String.class,
      "What --max-cost judges: point (the estimate; default) or high (the high end of its range, "
          + "for a budget that must hold in all but the unlucky runs).")
      .candidates("point", "high");

  BigDecimal maxCost() {
    if (maxCost.get() != null && maxCost.get().signum() < 0) {
      throw new InvalidRequestException("--max-cost must not be negative (was " + maxCost.get().toPlainString() + ")");
    }
    if (gateOn.get() != null && maxCost.get() == null) {
      throw new InvalidRequestException("--gate-on goes with --max-cost");
    }
    return maxCost.get();
  }

  Budget.Figure figure() {
    String on = gateOn.get() == null ? "point" : gateOn.get().toLowerCase(Locale.ROOT);
    return switch (on) {
      case "point" -> Budget.Figure.POINT;
      case "high" -> Budget.Figure.HIGH;
      default -> throw new InvalidRequestException("--gate-on takes point or high (was '" + gateOn.get() + "')");
    };
  }

  /** The gate's verdict on {@code estimates}, or null without --max-cost. */
  Budget.Verdict verdict(List<Estimate> estimates) {
    BigDecimal max = maxCost();
    return max == null ? null : Budget.check(estimates, max, figure()).worded(Options::of);
  }
}
