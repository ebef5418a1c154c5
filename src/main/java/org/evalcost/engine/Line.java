package org.evalcost.engine;

import java.math.BigDecimal;
import org.evalcost.stats.Spread;

/**
 * One benchmark of an estimate. Token figures are means per item; totals multiply them by items
 * and repeats. {@code cost} is null when there is no price; {@code priceNote} then says why, and
 * otherwise notes anything special about the rates (a long-context tier, batch). {@code
 * outputCost} is the part of the cost paid for output, the part that {@code spread} makes
 * uncertain; {@code range} is the low and high cost, once computed.
 */
public record Line(
    Benchmark benchmark,
    int repeats,
    BigDecimal inputPerItem,
    BigDecimal outputPerItem,
    Basis basis,
    Source tokenSource,
    BigDecimal cost,
    BigDecimal outputCost,
    String priceNote,
    Spread spread,
    Range range) {

  public Line {
    Checks.present("benchmark", benchmark);
    Checks.positive("repeats", repeats);
    Checks.nonNegative("input_tokens", inputPerItem);
    Checks.nonNegative("output_tokens", outputPerItem);
    Checks.present("basis", basis);
    spread = spread == null ? Spread.NONE : spread;
  }

  public Line withRange(Range range) {
    return new Line(benchmark, repeats, inputPerItem, outputPerItem, basis, tokenSource, cost, outputCost,
        priceNote, spread, range);
  }

  public long requests() {
    return benchmark.items() * repeats;
  }

  public BigDecimal inputTokens() {
    return inputPerItem.multiply(BigDecimal.valueOf(requests()));
  }

  public BigDecimal outputTokens() {
    return outputPerItem.multiply(BigDecimal.valueOf(requests()));
  }

  public boolean priced() {
    return cost != null;
  }
}
