package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.InvalidRequestException;

/** The --max-cost gate. */
final class BudgetOption {
  private BigDecimal maxCost;

  Specs options(Specs command) {
    return command.option("--max-cost=USD", BigDecimal.class,
        "Exit with code 4 if any estimate costs more than USD (5 if a price is missing).", v -> maxCost = v);
  }

  BigDecimal maxCost() {
    if (maxCost != null && maxCost.signum() < 0) {
      throw new InvalidRequestException("--max-cost must not be negative (was " + maxCost.toPlainString() + ")");
    }
    return maxCost;
  }
}
