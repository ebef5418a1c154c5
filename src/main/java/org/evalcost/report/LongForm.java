package org.evalcost.report;

import java.util.List;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;

/** A comparison laid out one row per model, for a terminal too narrow for its benchmarks across. */
final class LongForm {
  private LongForm() {}

  /** The longest line's length. */
  static int widest(String text) {
    int max = 0;
    for (String line : text.split("\n")) {
      max = Math.max(max, line.length());
    }
    return max;
  }

  /** One row per model: its total, range, ratio to the cheapest and the basis of its lines. */
  static TextTable table(Comparison c) {
    TextTable table = new TextTable(List.of(Column.left("model"), Column.right("cost (USD)"), Column.right("low"), Column.right("high"), Column.right("x cheapest"), Column.left("basis")));
    for (Estimate e : c.estimates()) {
      StringBuilder basis = new StringBuilder();
      for (org.evalcost.engine.Basis b : org.evalcost.engine.Basis.values()) { // most trusted first
        int n = 0;
        for (Line line : e.lines()) {
          n += line.basis() == b ? 1 : 0;
        }
        if (n > 0) {
          basis.append(basis.length() == 0 ? "" : ", ").append(b.label()).append(n == e.lines().size() ? "" : " " + n);
        }
      }
      table.row(List.of(e.model().label(), Display.totalCost(e.totals()), Display.low(e.totals().range()),
          Display.high(e.totals().range()), Display.ratio(c.ratioToCheapest(e).orElse(null)), basis.toString()));
    }
    return table;
  }
}
