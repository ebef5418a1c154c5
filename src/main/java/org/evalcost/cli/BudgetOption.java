package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.InvalidRequestException;

/** The --max-cost gate. */
final class BudgetOption implements Specs.Options {
  private final Specs.Value<BigDecimal> maxCost = new Specs.Value<>();

  @Override
  public Specs addTo(Specs command) {
    return command.option("--max-cost=USD", BigDecimal.class,
        "Exit with code 4 if any estimate costs more than USD (5 if a price is missing).", maxCost);
  }

  BigDecimal maxCost() {
    if (maxCost.get() != null && maxCost.get().signum() < 0) {
      throw new InvalidRequestException("--max-cost must not be negative (was " + maxCost.get().toPlainString() + ")");
    }
    return maxCost.get();
  }
}
