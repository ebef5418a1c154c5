package org.evalcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import org.evalcost.engine.Plan;

/**
 * A plan in two panels, one row per benchmark: the share of its items the plan runs (a bar on a
 * track that is the whole benchmark) and the 95% confidence half-width that sample gives.
 */
final class PlanChart {
  private static final int TOP = 64;
  private static final int ROW = 30;
  private static final int BAR = 18;
  private static final int ITEMS = 260;
  private static final int WIDTHS = 220;

  private final Plan plan;

  PlanChart(Plan plan) {
    this.plan = plan;
  }

  String title() {
    return "Plan for " + plan.estimate().model().label() + " on " + plan.estimate().suite().id() + " "
        + BacktestAndPlanWords.planGoal(plan);
  }

  String svg() {
    int labels = plan.lines().stream().mapToInt(l -> Chart.textWidth(l.benchmark().name())).max().orElse(0) + 30;
    int itemNotes = plan.lines().stream().mapToInt(l -> Chart.textWidth(items(l))).max().orElse(0) + 24;
    int widths = labels + ITEMS + itemNotes;
    int width = widths + WIDTHS + 100;
    int height = TOP + plan.lines().size() * ROW + 56;
    Xml svg = Chart.open("plan", width, height, title(), description());
    svg.element("text", title(), "x", "20", "y", "24", "font-size", "15", "font-weight", "bold", "fill", Chart.INK);
    svg.element("text", "items run, of each benchmark's items", "class", "muted", "x", Integer.toString(labels),
        "y", Integer.toString(TOP - 12), "fill", Chart.MUTED);
    svg.element("text", "95% CI half-width of accuracy", "class", "muted", "x", Integer.toString(widths),
        "y", Integer.toString(TOP - 12), "fill", Chart.MUTED);
    BigDecimal widest = plan.lines().stream().map(Plan.Line::halfWidth).filter(h -> h != null)
        .reduce(BigDecimal::max).orElse(BigDecimal.ONE);
    for (int i = 0; i < plan.lines().size(); i++) {
      Plan.Line line = plan.lines().get(i);
      int y = TOP + i * ROW;
      String mid = Integer.toString(y + BAR / 2 + 4);
      svg.open("g", "class", "benchmark", "data-benchmark", line.benchmark().id());
      svg.element("text", line.benchmark().name(), "x", Integer.toString(labels - 10), "y", mid, "text-anchor", "end",
          "fill", Chart.INK);
      svg.empty("rect", "class", "grid track", "x", Integer.toString(labels), "y", Integer.toString(y),
          "width", Integer.toString(ITEMS), "height", Integer.toString(BAR), "fill", "none", "stroke", Chart.GRID);
      BigDecimal share = BigDecimal.valueOf(line.items())
          .divide(BigDecimal.valueOf(line.benchmark().items()), MathContext.DECIMAL64);
      svg.empty("rect", "class", "items", "x", Integer.toString(labels), "y", Integer.toString(y),
          "width", Chart.px(share.multiply(BigDecimal.valueOf(ITEMS))), "height", Integer.toString(BAR),
          "fill", Chart.colour(i), "data-items", Long.toString(line.items()));
      svg.element("text", items(line), "x", Integer.toString(labels + ITEMS + 8), "y", mid, "fill", Chart.INK);
      if (line.halfWidth() != null) {
        BigDecimal w = line.halfWidth().divide(widest, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(WIDTHS));
        svg.empty("rect", "class", "half-width", "x", Integer.toString(widths), "y", Integer.toString(y),
            "width", Chart.px(w), "height", Integer.toString(BAR), "fill", Chart.colour(i),
            "data-half-width", line.halfWidth().toPlainString());
        svg.element("text", BacktestAndPlanWords.points(line.halfWidth()), "x",
            Chart.px(w.add(BigDecimal.valueOf(widths + 8))), "y", mid, "fill", Chart.INK);
      } else {
        svg.element("text", "not run", "x", Integer.toString(widths), "y", mid, "fill", Chart.INK);
      }
      svg.close("g");
    }
    svg.element("text", summary(), "class", "muted", "x", "20", "y", Integer.toString(height - 16), "fill", Chart.MUTED);
    return svg.close("svg").toString();
  }

  /** "42 of 100 \u00d7 1 \u00b7 $0.02" */
  private static String items(Plan.Line line) {
    return Display.count(line.items()) + " of " + Display.count(line.benchmark().items())
        + (line.repeats() > 1 ? " \u00d7 " + line.repeats() : "") + " \u00b7 $" + Display.money(line.cost());
  }

  String summary() {
    return "Total $" + Display.money(plan.cost()) + "; the suite's mean accuracy: "
        + BacktestAndPlanWords.points(plan.suiteHalfWidth()) + " (95% CI, at an assumed accuracy of "
        + Display.interval(plan.accuracy()) + "). Linear scales.";
  }

  String description() {
    StringBuilder out = new StringBuilder(title()).append(". ");
    for (Plan.Line line : plan.lines()) {
      out.append(line.benchmark().name()).append(": ").append(items(line)).append(", ")
          .append(BacktestAndPlanWords.points(line.halfWidth())).append("; ");
    }
    return out.append(summary()).toString();
  }
}
