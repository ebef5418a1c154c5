package org.evalcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Range;
import org.evalcost.engine.Rounding;

/**
 * The marks of one model's row in the cost chart: its benchmarks' segments (numbered as in the
 * legend), a dot at its total on a log axis, and the whisker of its total's range.
 */
final class CostMarks {
  /** A bar's height in pixels. */
  static final int BAR = 20;

  private CostMarks() {}

  /** One model's row: stacked benchmark segments on a linear axis, or, on a log one, a dot at its total. */
  static void bar(Xml svg, Scale scale, Estimate e, int y, int labels, boolean dot, String note) {
    String mid = Integer.toString(y + BAR / 2 + 4);
    svg.open("g", "class", "model");
    svg.element("text", e.model().label(), "x", Integer.toString(labels - 10), "y", mid, "text-anchor", "end",
        "fill", Chart.INK);
    BigDecimal total = e.totals().costUsd();
    BigDecimal end = scale.at(total);
    if (dot) {
      whisker(svg, scale, e, y);
      if (total.signum() > 0 && e.lines().stream().anyMatch(Line::priced)) {
        svg.open("circle", "class", "dot", "cx", Chart.px(end), "cy", Integer.toString(y + BAR / 2), "r", "5",
            "fill", Chart.INK, "stroke", Chart.INK, "data-total", total.toPlainString());
        svg.element("title", e.model().label() + ": $" + Display.money(total));
        svg.close("circle");
      }
      Range r = e.totals().range();
      BigDecimal after = r == null ? end.add(BigDecimal.valueOf(5)) : end.max(scale.at(Rounding.cents(r.high())));
      svg.element("text", note, "class", "total", "x", Chart.px(after.add(BigDecimal.valueOf(8))), "y", mid,
          "fill", Chart.INK, "data-total", total.toPlainString());
      svg.close("g");
      return;
    }
    segments(svg, scale.start(), end.subtract(scale.start()), e, y, mid, total);
    BigDecimal after = end.max(whisker(svg, scale, e, y));
    svg.element("text", note, "class", "total", "x", Chart.px(after.add(BigDecimal.valueOf(8))), "y", mid,
        "fill", Chart.INK, "data-total", total.toPlainString());
    svg.close("g");
  }

  /** A row of the share panel: each benchmark's part of the model's total, the whole bar 100%. */
  static void shareBar(Xml svg, Scale shares, Estimate e, int y, int labels) {
    String mid = Integer.toString(y + BAR / 2 + 4);
    svg.open("g", "class", "shares");
    svg.element("text", e.model().label(), "x", Integer.toString(labels - 10), "y", mid, "text-anchor", "end",
        "fill", Chart.INK);
    BigDecimal total = e.totals().costUsd();
    if (total.signum() > 0) {
      segments(svg, shares.start(), shares.end().subtract(shares.start()), e, y, mid, total);
    }
    svg.close("g");
  }

  /** The range of the total, as a whisker; where it ends (or the start, without a range). */
  private static BigDecimal whisker(Xml svg, Scale scale, Estimate e, int y) {
    Range r = e.totals().range();
    if (r == null) {
      return scale.start();
    }
    BigDecimal lo = scale.at(Rounding.cents(r.low()));
    BigDecimal hi = scale.at(Rounding.cents(r.high()));
    String cy = Integer.toString(y + BAR / 2);
    svg.empty("line", "class", "ink whisker", "x1", Chart.px(lo), "x2", Chart.px(hi), "y1", cy, "y2", cy,
        "stroke", Chart.INK, "stroke-width", "1.5", "data-low", Rounding.cents(r.low()).toPlainString(),
        "data-high", Rounding.cents(r.high()).toPlainString());
    for (BigDecimal x : List.of(lo, hi)) {
      svg.empty("line", "class", "ink", "x1", Chart.px(x), "x2", Chart.px(x), "y1", Integer.toString(y + 3),
          "y2", Integer.toString(y + BAR - 3), "stroke", Chart.INK, "stroke-width", "1.5");
    }
    return hi;
  }

  /** Benchmark segments from {@code start} over {@code length} pixels, each as long as its part of {@code total}. */
  private static void segments(Xml svg, BigDecimal start, BigDecimal length, Estimate e, int y, String mid,
      BigDecimal total) {
    BigDecimal cumulative = BigDecimal.ZERO;
    BigDecimal left = start;
    for (int i = 0; i < e.lines().size(); i++) {
      Line line = e.lines().get(i);
      if (!line.priced() || total.signum() == 0) {
        continue;
      }
      cumulative = cumulative.add(Rounding.cents(line.cost()));
      BigDecimal right = start.add(length.multiply(cumulative).divide(total, MathContext.DECIMAL64))
          .setScale(2, RoundingMode.HALF_UP);
      BigDecimal w = right.subtract(left);
      svg.open("rect", "class", "segment", "x", Chart.px(left), "y", Integer.toString(y), "width", Chart.px(w),
          "height", Integer.toString(BAR), "fill", Chart.colour(i), "stroke", Chart.PAPER, "stroke-width", "1",
          "data-cost", Rounding.cents(line.cost()).toPlainString(), "data-benchmark", line.benchmark().id());
      svg.element("title", e.model().label() + ", " + line.benchmark().name() + ": $" + Display.money(line.cost())
          + " (" + line.basis().label() + ")");
      svg.close("rect");
      if (w.compareTo(BigDecimal.valueOf(18)) >= 0) {
        svg.element("text", Integer.toString(i + 1), "class", "on-bar", "x",
            Chart.px(left.add(w.divide(BigDecimal.valueOf(2)))), "y", mid, "text-anchor", "middle", "font-size", "11",
            "fill", "#000000", "aria-hidden", "true");
      }
      left = right;
    }
  }
}
