package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.stats.Simulation;
import org.evalcost.stats.Spread;

/**
 * Gives each line and the total a low and high cost. Input cost is taken as known; the output
 * cost of each line is multiplied by the simulated quantiles of its uncertainty.
 */
final class Ranges {
  /** Lines with their ranges, and the total's range (null when some line has no price). */
  record Result(List<Line> lines, Range total) {}

  private Ranges() {}

  static Result apply(List<Line> lines, BigDecimal interval) {
    BigDecimal outputTotal = BigDecimal.ZERO;
    for (Line line : lines) {
      if (!line.priced()) {
        return new Result(lines, null);
      }
      outputTotal = outputTotal.add(line.outputCost());
    }
    if (outputTotal.signum() == 0) {
      List<Line> flat = lines.stream().map(l -> l.withRange(new Range(l.cost(), l.cost()))).toList();
      BigDecimal total = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Result(flat, new Range(total, total));
    }
    List<Spread> spreads = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    List<BigDecimal> pinWeights = new ArrayList<>();
    for (Line line : lines) {
      spreads.add(line.spread());
      weights.add(line.outputCost().divide(outputTotal, MathContext.DECIMAL64));
      pinWeights.add(line.outputTokens());
    }
    Simulation.Result sim = Simulation.run(spreads, weights, pinWeights, interval);
    List<Line> ranged = new ArrayList<>();
    BigDecimal inputTotal = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      BigDecimal input = line.cost().subtract(line.outputCost());
      inputTotal = inputTotal.add(input);
      Range range = new Range(input.add(line.outputCost().multiply(sim.lineLow().get(i))),
          input.add(line.outputCost().multiply(sim.lineHigh().get(i))));
      ranged.add(line.withRange(range.around(line.cost())));
    }
    Range total = new Range(inputTotal.add(outputTotal.multiply(sim.totalLow())),
        inputTotal.add(outputTotal.multiply(sim.totalHigh())));
    return new Result(ranged, total);
  }
}
