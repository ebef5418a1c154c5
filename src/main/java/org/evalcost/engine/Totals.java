package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sums of an estimate's lines as displayed: each line rounded first, then added. {@code
 * costUsd} covers only the priced lines; {@code complete} says whether that is all of them; {@code
 * range} is the total's low and high (null when incomplete or not computed).
 */
public record Totals(BigDecimal inputTokens, BigDecimal outputTokens, BigDecimal costUsd, boolean complete,
    Range range) {

  public static Totals of(List<Line> lines) {
    return of(lines, null);
  }

  /** With the total's range, which is not the sum of the lines' ranges. */
  public static Totals of(List<Line> lines, Range range) {
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
    return new Totals(input, output, cost, complete, complete && range != null ? range.around(cost) : null);
  }
}
