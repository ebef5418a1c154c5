package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sums of an estimate's lines as displayed: each line rounded first, then added. {@code
 * costUsd} covers only the priced lines; {@code complete} says whether that is all of them.
 */
public record Totals(BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal costUsd, boolean complete) {

  public static Totals of(List<Line> lines) {
    BigDecimal input = BigDecimal.ZERO;
    BigDecimal output = BigDecimal.ZERO;
    BigDecimal cost = Rounding.cents(BigDecimal.ZERO);
    boolean complete = true;
    for (Line line : lines) {
      input = input.add(Rounding.tokens(line.inputTokens()));
      output = output.add(Rounding.tokens(line.outputTokens()));
      if (line.priced()) {
        cost = cost.add(Rounding.cents(line.cost()));
      } else {
        complete = false;
      }
    }
    return new Totals(input, output, cost, complete);
  }
}
