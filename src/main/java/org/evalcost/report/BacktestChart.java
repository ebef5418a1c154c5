package org.evalcost.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Range;

/**
 * Estimated against published cost on log-log axes: one point per published cost, its range as a
 * vertical whisker, and the line y = x where an estimate would be exact. A point inside its range
 * is filled, one outside is hollow, so the reading does not depend on colour.
 */
final class BacktestChart {
  private static final int LEFT = 96;
  private static final int TOP = 48;
  private static final int SIDE = 420;

  private final Backtest.Result result;

  BacktestChart(Backtest.Result result) {
    this.result = result;
  }

  String title() {
    return "Back-test: estimated against published cost";
  }

  String svg() {
    int names = result.rows().stream().mapToInt(r -> Chart.textWidth(r.estimate().model().label())).max().orElse(0);
    int width = LEFT + SIDE + 24 + Math.max(names, 120);
    int height = TOP + SIDE + 110;
    Xml svg = Chart.open("backtest", width, height, title(), description());
    svg.element("text", title(), "x", "20", "y", "24", "font-size", "15", "font-weight", "bold", "fill", Chart.INK);
    if (result.rows().isEmpty()) {
      svg.element("text", "No published costs to test against.", "x", "20", "y", Integer.toString(TOP + 20),
          "fill", Chart.INK);
      return svg.close("svg").toString();
    }
    List<BigDecimal> values = values();
    BigDecimal lowest = values.stream().filter(v -> v.signum() > 0).reduce(BigDecimal::min).orElse(BigDecimal.ONE);
    BigDecimal largest = values.stream().reduce(BigDecimal::max).orElse(BigDecimal.TEN);
    Scale x = Scale.logarithmic(lowest, largest, LEFT, SIDE);
    Scale y = Scale.logarithmic(lowest, largest, 0, SIDE);
    int bottom = TOP + SIDE;
    Chart.xAxis(svg, x, TOP, bottom, "published cost (USD)");
    svg.open("g", "class", "axis");
    for (BigDecimal tick : y.ticks()) {
      String ty = Chart.px(up(y, tick));
      svg.empty("line", "class", "grid", "x1", Integer.toString(LEFT), "x2", Integer.toString(LEFT + SIDE),
          "y1", ty, "y2", ty, "stroke", Chart.GRID);
      svg.element("text", AxisNumbers.label(tick), "x", Integer.toString(LEFT - 6), "y", ty, "text-anchor", "end",
          "dominant-baseline", "middle", "fill", Chart.INK);
    }
    svg.empty("line", "class", "ink", "x1", Integer.toString(LEFT), "x2", Integer.toString(LEFT), "y1",
        Integer.toString(TOP), "y2", Integer.toString(bottom), "stroke", Chart.INK);
    svg.element("text", "estimated cost (USD)", "class", "muted", "x", "18", "y", Integer.toString(TOP + SIDE / 2),
        "text-anchor", "middle", "transform", "rotate(-90 18 " + (TOP + SIDE / 2) + ")", "fill", Chart.MUTED);
    svg.close("g");
    svg.empty("line", "class", "ink identity", "x1", Chart.px(x.start()), "y1", Chart.px(up(y, BigDecimal.ZERO)),
        "x2", Chart.px(x.end()), "y2", Integer.toString(TOP), "stroke", Chart.INK, "stroke-dasharray", "5 4",
        "stroke-width", "1");
    Map<Backtest.Row, BigDecimal[]> labels = PointLabels.labels(result.rows(), x, y);
    for (Backtest.Row row : result.rows()) {
      point(svg, x, y, row, labels.get(row));
    }
    String legend = "filled: published cost inside the " + Display.interval(result.interval())
        + " range; hollow: outside; dashed line: estimate = published.";
    svg.element("text", legend, "class", "muted", "x", "20", "y", Integer.toString(bottom + 60), "fill", Chart.MUTED);
    svg.element("text", "Logarithmic axes, so costs a hundred times apart are equally legible.", "class", "muted",
        "x", "20", "y", Integer.toString(bottom + 80), "fill", Chart.MUTED);
    return svg.close("svg").toString();
  }

  private void point(Xml svg, Scale x, Scale y, Backtest.Row row, BigDecimal[] label) {
    String cx = Chart.px(x.at(row.published().costUsd()));
    String cy = Chart.px(up(y, row.estimated()));
    svg.open("g", "class", "point", "data-published", row.published().costUsd().toPlainString(),
        "data-estimated", row.estimated().toPlainString());
    Range r = row.estimate().totals().range();
    if (r != null) {
      svg.empty("line", "class", "ink whisker", "x1", cx, "x2", cx, "y1", Chart.px(up(y, r.low())),
          "y2", Chart.px(up(y, r.high())), "stroke", Chart.INK, "stroke-width", "1.5");
    }
    boolean inside = row.inside();
    svg.open("circle", "class", inside ? "dot" : "hollow", "cx", cx, "cy", cy, "r", "5",
        "fill", inside ? Chart.INK : Chart.PAPER, "stroke", Chart.INK, "stroke-width", "1.5");
    svg.element("title", label(row));
    svg.close("circle");
    svg.element("text", row.estimate().model().label(), "x", Chart.px(label[0]), "y", Chart.px(label[1]),
        "dominant-baseline", "middle", "fill", Chart.INK);
    svg.close("g");
  }

  /** The pixel row of a value on the vertical axis, which grows upwards. */
  static BigDecimal up(Scale y, BigDecimal value) {
    return BigDecimal.valueOf(TOP + SIDE).subtract(y.at(value));
  }

  private List<BigDecimal> values() {
    List<BigDecimal> values = new ArrayList<>();
    for (Backtest.Row row : result.rows()) {
      values.add(row.published().costUsd());
      values.add(row.estimated());
      Range r = row.estimate().totals().range();
      if (r != null) {
        values.add(r.low());
        values.add(r.high());
      }
    }
    return values;
  }

  private static String label(Backtest.Row row) {
    Range r = row.estimate().totals().range();
    return row.estimate().model().label() + ": published $" + Display.money(row.published().costUsd())
        + ", estimated $" + Display.money(row.estimated())
        + (r == null ? "" : " (range $" + Display.money(r.low()) + " to $" + Display.money(r.high()) + ")")
        + ", error " + Display.signedPercent(java.util.Optional.of(row.error()), java.util.Optional.of(BigDecimal.ONE))
        + "%, " + (row.inside() ? "inside" : "outside") + " the range";
  }

  String description() {
    StringBuilder out = new StringBuilder(title()).append(", on logarithmic axes. ");
    for (Backtest.Row row : result.rows()) {
      out.append(label(row)).append("; ");
    }
    return out.append(BacktestAndPlanWords.backtestSummary(result)).append('.').toString();
  }
}
