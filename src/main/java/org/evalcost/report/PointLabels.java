package org.evalcost.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Backtest;

/** The back-test chart's point names, placed so that none overlaps another. */
final class PointLabels {
  /** The least distance between two names, in pixels. */
  private static final BigDecimal GAP = BigDecimal.valueOf(15);

  private PointLabels() {}

  /**
   * Where each point's name goes: beside it, moved down just enough not to overlap the name above;
   * names so moved line up to the right of the rightmost point among them.
   */
  static Map<Backtest.Row, BigDecimal[]> labels(List<Backtest.Row> points, Scale x, Scale y) {
    List<Backtest.Row> rows = new ArrayList<>(points);
    rows.sort(Comparator.comparing(r -> BacktestChart.up(y, r.estimated())));
    Map<Backtest.Row, BigDecimal[]> placed = new IdentityHashMap<>();
    List<Backtest.Row> cluster = new ArrayList<>();
    BigDecimal previous = null;
    for (Backtest.Row row : rows) {
      BigDecimal at = BacktestChart.up(y, row.estimated());
      if (previous != null && at.subtract(previous).compareTo(GAP) < 0) {
        at = previous.add(GAP);
      } else {
        alignRight(cluster, x, placed);
        cluster.clear();
      }
      cluster.add(row);
      placed.put(row, new BigDecimal[] {null, at});
      previous = at;
    }
    alignRight(cluster, x, placed);
    return placed;
  }

  private static void alignRight(List<Backtest.Row> cluster, Scale x, Map<Backtest.Row, BigDecimal[]> placed) {
    BigDecimal right = cluster.stream().map(r -> x.at(r.published().costUsd())).reduce(BigDecimal::max)
        .orElse(BigDecimal.ZERO).add(BigDecimal.TEN);
    cluster.forEach(r -> placed.get(r)[0] = right);
  }
}
