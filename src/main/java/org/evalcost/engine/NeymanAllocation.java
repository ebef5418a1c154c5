package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Neyman allocation of a budget over benchmarks: each gets items in proportion to one over the
 * square root of what an item costs, so that the suite's score is as sure as the money allows.
 */
final class NeymanAllocation {
  private NeymanAllocation() {}

  /** Items per benchmark: the continuous optimum with caps, floored, then topped up greedily. */
  static long[] items(List<Line> lines, BigDecimal budget) {
    int k = lines.size();
    BigDecimal[] cost = new BigDecimal[k];
    BigDecimal[] root = new BigDecimal[k];
    for (int i = 0; i < k; i++) {
      cost[i] = Planner.perRun(lines.get(i));
      root[i] = cost[i].sqrt(MathContext.DECIMAL64);
    }
    long[] n = new long[k];
    boolean[] capped = new boolean[k];
    BigDecimal remaining = budget;
    boolean changed = true;
    while (changed) {
      changed = false;
      BigDecimal sumRoots = BigDecimal.ZERO;
      for (int i = 0; i < k; i++) {
        if (!capped[i]) {
          sumRoots = sumRoots.add(root[i]);
        }
      }
      for (int i = 0; i < k; i++) {
        if (capped[i]) {
          continue;
        }
        BigDecimal ideal = remaining.divide(root[i].multiply(sumRoots), MathContext.DECIMAL64);
        long size = lines.get(i).benchmark().items();
        if (ideal.compareTo(BigDecimal.valueOf(size)) >= 0) {
          capped[i] = true;
          n[i] = size;
          remaining = remaining.subtract(cost[i].multiply(BigDecimal.valueOf(size)));
          changed = true;
        } else {
          n[i] = ideal.setScale(0, RoundingMode.FLOOR).longValueExact();
        }
      }
    }
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 0; i < k; i++) {
      spent = spent.add(cost[i].multiply(BigDecimal.valueOf(n[i])));
    }
    // Spend what flooring left: one item at a time where it cuts the most variance per dollar.
    while (true) {
      int best = -1;
      BigDecimal bestGain = BigDecimal.ZERO;
      for (int i = 0; i < k; i++) {
        if (n[i] >= lines.get(i).benchmark().items() || spent.add(cost[i]).compareTo(budget) > 0) {
          continue;
        }
        BigDecimal gain = n[i] == 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
            : BigDecimal.ONE.divide(BigDecimal.valueOf(n[i] * (n[i] + 1)).multiply(cost[i]), MathContext.DECIMAL64);
        if (best < 0 || gain.compareTo(bestGain) > 0) {
          best = i;
          bestGain = gain;
        }
      }
      if (best < 0) {
        return n;
      }
      n[best]++;
      spent = spent.add(cost[best]);
    }
  }
}
