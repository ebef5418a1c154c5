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
    Range range,
    BigDecimal inputSigma) {

  public Line {
    Checks.present("benchmark", benchmark);
    Checks.positive("repeats", repeats);
    Checks.nonNegative("input_tokens", inputPerItem);
    Checks.nonNegative("output_tokens", outputPerItem);
    Checks.present("basis", basis);
    spread = spread == null ? Spread.NONE : spread;
    Checks.nonNegativeIfGiven("input_sigma", inputSigma);
  }

  /** A line whose input cost is known: only its output is drawn. */
  public Line(Benchmark benchmark, int repeats, BigDecimal inputPerItem, BigDecimal outputPerItem, Basis basis,
      Source tokenSource, BigDecimal cost, BigDecimal outputCost, String priceNote, Spread spread, Range range) {
    this(benchmark, repeats, inputPerItem, outputPerItem, basis, tokenSource, cost, outputCost, priceNote, spread,
        range, null);
  }

  public Line withRange(Range range) {
    return new Line(benchmark, repeats, inputPerItem, outputPerItem, basis, tokenSource, cost, outputCost,
        priceNote, spread, range, inputSigma);
  }

  /** Whether the input cost is a draw of its own ({@link #inputSigma}, the sd of its logarithm), not known. */
  public boolean drawsInput() {
    return inputSigma != null && inputSigma.signum() > 0;
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
