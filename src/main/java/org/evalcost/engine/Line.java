package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * One benchmark of an estimate. Token figures are means per item; totals multiply them by items
 * and repeats. {@code cost} is null when there is no price; {@code priceNote} then says why, and
 * otherwise notes anything special about the rates (a long-context tier, batch).
 */
public record Line(
    Benchmark benchmark,
    int repeats,
    BigDecimal inputPerItem,
    BigDecimal outputPerItem,
    Basis basis,
    Source tokenSource,
    BigDecimal cost,
    String priceNote) {

  public Line {
    Checks.present("benchmark", benchmark);
    Checks.positive("repeats", repeats);
    Checks.nonNegative("input_tokens", inputPerItem);
    Checks.nonNegative("output_tokens", outputPerItem);
    Checks.present("basis", basis);
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
