package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits an evaluation into a budget, or a precision target into a cost. Within a budget: the whole
 * suite if it fits; else every item once; else as many items per benchmark as minimise the
 * variance of the suite's mean accuracy for the money, which gives each benchmark items in
 * proportion to 1 / sqrt(cost per item) (Neyman allocation, capped at the benchmark's size).
 */
public final class Planner {
  private Planner() {}

  /** What one run of an item of the line costs. */
  static BigDecimal perRun(org.evalcost.engine.Line line) {
    return line.cost().divide(BigDecimal.valueOf(line.requests()), MathContext.DECIMAL64);
  }

  private static void requirePrices(Estimate estimate) {
    if (!estimate.totals().complete()) {
      throw new InvalidRequestException("cannot plan without prices: " + String.join("; ", estimate.warnings()));
    }
  }

  static void checkAccuracy(BigDecimal accuracy) {
    if (accuracy.signum() <= 0 || accuracy.compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidRequestException(RequestField.ACCURACY, "{field} must be between 0 and 1, exclusive (was " + accuracy.toPlainString() + ")");
    }
  }

  public static Plan forBudget(Estimate estimate, BigDecimal budget, BigDecimal accuracy) {
    requirePrices(estimate);
    checkAccuracy(accuracy);
    if (budget.signum() <= 0) {
      throw new InvalidRequestException(RequestField.BUDGET, "{field} must be more than 0 (was " + budget.toPlainString() + ")");
    }
    List<org.evalcost.engine.Line> lines = graded(estimate.lines());
    BigDecimal exact = lines.stream().map(org.evalcost.engine.Line::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (exact.compareTo(budget) <= 0) {
      return new Plan(estimate, budget, null, "the whole suite fits the budget", accuracy, everyItem(lines, accuracy, false));
    }
    BigDecimal once = lines.stream().map(l -> perRun(l).multiply(BigDecimal.valueOf(l.benchmark().items())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (once.compareTo(budget) <= 0) {
      return new Plan(estimate, budget, null, "every item once: the suite's repeats do not fit the budget", accuracy,
          everyItem(lines, accuracy, true));
    }
    long[] items = NeymanAllocation.items(lines, budget);
    List<Plan.Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      org.evalcost.engine.Line line = lines.get(i);
      out.add(new Plan.Line(line.benchmark(), items[i], 1, perRun(line).multiply(BigDecimal.valueOf(items[i])),
          Plan.halfWidth(accuracy, items[i]), items[i] == line.benchmark().items()));
    }
    return new Plan(estimate, budget, null, "a sample of items, once each, allocated to minimise the variance of the suite's "
        + "mean accuracy (Neyman: items in proportion to 1 / sqrt(cost per item))", accuracy, out);
  }

  /** Every item of every benchmark: at the suite's repeats, or each run {@code once}. */
  private static List<Plan.Line> everyItem(List<org.evalcost.engine.Line> lines, BigDecimal accuracy, boolean once) {
    List<Plan.Line> out = new ArrayList<>();
    for (org.evalcost.engine.Line line : lines) {
      long n = line.benchmark().items();
      int repeats = once ? 1 : line.repeats();
      out.add(new Plan.Line(line.benchmark(), n, repeats, perRun(line).multiply(BigDecimal.valueOf(n * repeats)),
          Plan.halfWidth(accuracy, n), true));
    }
    return out;
  }

  /**
   * The lines with each grader line's cost folded into the line of the benchmark it grades: an
   * item planned is an item graded, so its cost per item counts both.
   */
  static List<org.evalcost.engine.Line> graded(List<org.evalcost.engine.Line> lines) {
    List<org.evalcost.engine.Line> out = new ArrayList<>();
    for (org.evalcost.engine.Line line : lines) {
      if (line.basis() == Basis.GRADER && !out.isEmpty()) {
        org.evalcost.engine.Line graded = out.remove(out.size() - 1);
        out.add(new org.evalcost.engine.Line(graded.benchmark(), graded.repeats(), graded.inputPerItem(),
            graded.outputPerItem(), graded.basis(), graded.tokenSource(),
            graded.cost() == null || line.cost() == null ? null : graded.cost().add(line.cost()), graded.outputCost(),
            graded.priceNote(), graded.spread(), graded.range()));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The items each benchmark needs for a 95% half-width of {@code target} (capped at its size). */
  public static Plan forTarget(Estimate estimate, BigDecimal target, BigDecimal accuracy) {
    requirePrices(estimate);
    checkAccuracy(accuracy);
    if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidRequestException(RequestField.TARGET_CI, "{field} must be between 0 and 1, exclusive (was " + target.toPlainString() + ")");
    }
    List<Plan.Line> out = new ArrayList<>();
    BigDecimal needed = Plan.Z95.multiply(Plan.Z95).multiply(Plan.variance(accuracy))
        .divide(target.multiply(target), MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING);
    for (org.evalcost.engine.Line line : graded(estimate.lines())) {
      long size = line.benchmark().items();
      long n = Math.min(size, needed.longValueExact());
      out.add(new Plan.Line(line.benchmark(), n, 1, perRun(line).multiply(BigDecimal.valueOf(n)),
          Plan.halfWidth(accuracy, n), n == size && needed.longValueExact() > size));
    }
    return new Plan(estimate, null, target, "the items each benchmark needs for a 95% half-width of " + target.toPlainString()
        + " (z^2 p(1-p) / h^2, at most the benchmark's size), once each", accuracy, out);
  }
}
