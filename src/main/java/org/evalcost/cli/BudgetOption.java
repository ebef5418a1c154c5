package org.evalcost.cli;

import java.math.BigDecimal;
import org.evalcost.engine.InvalidRequestException;
import picocli.CommandLine.Option;

/** The --max-cost gate. */
final class BudgetOption {
  @Option(names = "--max-cost", paramLabel = "USD",
      description = "Exit with code 4 if any estimate costs more than USD (5 if a price is missing).")
  BigDecimal maxCost;

  BigDecimal maxCost() {
    if (maxCost != null && maxCost.signum() < 0) {
      throw new InvalidRequestException("--max-cost must not be negative (was " + maxCost.toPlainString() + ")");
    }
    return maxCost;
  }
}
