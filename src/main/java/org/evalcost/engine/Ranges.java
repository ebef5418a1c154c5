package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.evalcost.stats.Spread;

/**
 * Gives each line and the total a low and high cost. The output cost of each line is multiplied by
 * the simulated quantiles of its uncertainty; input cost is taken as known, but for a line that
 * {@link Line#drawsInput()} (its tokens unmeasured on a benchmark whose input varies between
 * models, or its input billed at a benchmark's fitted cache share), where the input cost is a draw
 * of its own, and the line's range that of its output and input drawn together.
 */
final class Ranges {
  /** Lines with their ranges, and the total's range (null when some line has no price). */
  record Result(List<Line> lines, Range total) {}

  private Ranges() {}

  static Result apply(List<Line> lines, BigDecimal interval, MonteCarlo monteCarlo) {
    BigDecimal drawn = BigDecimal.ZERO; // the output costs and the uncertain input costs, which the draws scale
    int inputs = 0; // lines whose input is a draw: a part each
    for (Line line : lines) {
      if (!line.priced()) {
        return new Result(lines, null);
      }
      BigDecimal uncertain = uncertainInput(line);
      drawn = drawn.add(line.outputCost()).add(uncertain);
      inputs += uncertain.signum() > 0 ? 1 : 0;
    }
    if (drawn.signum() == 0) {
      List<Line> flat = lines.stream().map(l -> l.withRange(new Range(l.cost(), l.cost()))).toList();
      BigDecimal total = lines.stream().map(Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Result(flat, new Range(total, total));
    }
    // One part per line's output, then one per uncertain input cost, in the lines' order.
    List<Spread> spreads = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    List<BigDecimal> pinWeights = new ArrayList<>();
    for (Line line : lines) {
      spreads.add(line.spread());
      weights.add(line.outputCost().divide(drawn, MathContext.DECIMAL64));
      pinWeights.add(line.outputTokens());
    }
    int[] partners = new int[lines.size() + inputs];
    Arrays.fill(partners, -1);
    for (int i = 0; i < lines.size(); i++) {
      BigDecimal input = uncertainInput(lines.get(i));
      if (input.signum() > 0) {
        partners[i] = spreads.size(); // the line's range is its output and input drawn together
        spreads.add(new Spread(BigDecimal.ZERO, lines.get(i).inputSigma(), BigDecimal.ZERO, false));
        weights.add(input.divide(drawn, MathContext.DECIMAL64));
        pinWeights.add(BigDecimal.ZERO);
      }
    }
    MonteCarlo.Result sim = monteCarlo.run(spreads, weights, pinWeights, partners, interval);
    List<Line> ranged = new ArrayList<>();
    BigDecimal knownInput = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      BigDecimal input = line.cost().subtract(line.outputCost());
      BigDecimal uncertain = uncertainInput(line);
      BigDecimal low;
      BigDecimal high;
      if (uncertain.signum() > 0) { // the quantiles of output and input together
        low = line.cost().multiply(sim.lineLow().get(i));
        high = line.cost().multiply(sim.lineHigh().get(i));
      } else {
        low = line.outputCost().multiply(sim.lineLow().get(i));
        high = line.outputCost().multiply(sim.lineHigh().get(i));
        knownInput = knownInput.add(input);
        low = low.add(input);
        high = high.add(input);
      }
      ranged.add(line.withRange(new Range(low, high).around(line.cost())));
    }
    Range total = new Range(knownInput.add(drawn.multiply(sim.totalLow())), knownInput.add(drawn.multiply(sim.totalHigh())));
    return new Result(ranged, total);
  }

  /** The input cost of a line that is a draw. */
  private static BigDecimal uncertainInput(Line line) {
    return line.drawsInput() ? line.cost().subtract(line.outputCost()) : BigDecimal.ZERO;
  }
}
