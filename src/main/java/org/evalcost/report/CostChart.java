package org.evalcost.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Range;

/**
 * Horizontal bars, one per model, stacked by benchmark, with the total's range as a whisker and
 * the total (and, for several models, the ratio to the cheapest) written beside the bar. Segments
 * are numbered as in the legend, so the chart does not rely on colour alone.
 */
final class CostChart {
  static final int WIDTH = 860;
  /** A model's row: its bar of {@link CostMarks#BAR} pixels and the gap below. */
  private static final int ROW = 32;
  private static final int TOP = 44;

  private final Comparison comparison;
  private final List<Estimate> estimates;
  private final boolean several;

  CostChart(Comparison comparison) {
    this.comparison = comparison;
    this.estimates = comparison.estimates();
    this.several = estimates.size() > 1;
  }

  String title() {
    Estimate first = estimates.get(0);
    return several ? "Cost per model on " + first.suite().id() + ", by benchmark"
        : "Cost of " + first.model().label() + " on " + first.suite().id() + ", by benchmark";
  }

  /** The scale: log when the totals spread widely (a single bar is always linear). */
  private Scale scale(int start, int length) {
    List<BigDecimal> totals = new ArrayList<>();
    List<BigDecimal> ends = new ArrayList<>();
    for (Estimate e : estimates) {
      totals.add(e.totals().costUsd());
      Range r = e.totals().range();
      if (r != null) {
        ends.add(r.low());
        ends.add(r.high());
      }
    }
    return Scale.choose(totals, ends, start, length);
  }

  String svg() {
    int labels = Math.min(260, estimates.stream().mapToInt(e -> Chart.textWidth(e.model().label())).max().orElse(0)) + 20;
    int notes = estimates.stream().mapToInt(e -> Chart.textWidth(beside(e))).max().orElse(0) + 24;
    int length = Math.max(320, WIDTH - labels - notes - 12);
    int width = labels + length + notes + 12;
    Scale scale = scale(labels, length);
    int axis = TOP + estimates.size() * ROW + 4;
    // On a log axis a stacked segment's length is not its cost: there, totals are dots with their
    // range, and the split by benchmark is a second panel of shares, where lengths do add up.
    boolean split = scale.log();
    int sharesTop = axis + 74;
    int sharesAxis = sharesTop + estimates.size() * ROW + 4;
    Legend legend = new Legend(legendNames(), 20, (split ? sharesAxis : axis) + 58, width - 40);
    int height = legend.bottom() + 50;

    Xml svg = Chart.open("cost", width, height, title(), description());
    svg.element("text", title(), "x", "20", "y", "24", "font-size", "15", "font-weight", "bold", "fill", Chart.INK);
    Chart.xAxis(svg, scale, TOP - 6, axis, (split ? "total cost in USD (dots); whiskers: the " : "cost in USD; whiskers: the ")
        + Display.interval(estimates.get(0).interval()) + " range of the total");
    for (int i = 0; i < estimates.size(); i++) {
      CostMarks.bar(svg, scale, estimates.get(i), TOP + i * ROW, labels, split, beside(estimates.get(i)));
    }
    if (split) {
      svg.element("text", "Share of each model's total, by benchmark", "x", "20", "y", Integer.toString(sharesTop - 18),
          "font-size", "13", "font-weight", "bold", "fill", Chart.INK);
      Scale shares = Scale.linear(BigDecimal.valueOf(100), labels, length);
      Chart.xAxis(svg, shares, sharesTop - 6, sharesAxis, "share of the model's total cost, %", true);
      for (int i = 0; i < estimates.size(); i++) {
        CostMarks.shareBar(svg, shares, estimates.get(i), sharesTop + i * ROW, labels);
      }
    }
    legend.draw(svg);
    svg.element("text", scale.describe("total"), "class", "muted", "x", "20", "y", Integer.toString(height - 30),
        "fill", Chart.MUTED);
    svg.element("text", PriceAge.caption(estimates), "class", "muted", "x", "20", "y",
        Integer.toString(height - 14), "fill", Chart.MUTED);
    return svg.close("svg").toString();
  }

  /** "$2,767.06 · 25.42× cheapest", "$108.86 · cheapest", "no price" */
  String beside(Estimate e) {
    if (e.lines().stream().noneMatch(Line::priced)) {
      return "no price";
    }
    String total = "$" + Display.money(e.totals().costUsd());
    if (!e.totals().complete()) {
      return total + " \u00b7 incomplete: not every benchmark is priced";
    }
    if (!several) {
      return total;
    }
    Optional<BigDecimal> ratio = comparison.ratioToCheapest(e);
    if (ratio.isEmpty()) {
      return total;
    }
    if (comparison.cheapest().orElseThrow() == e) {
      return total + " \u00b7 cheapest";
    }
    return total + " \u00b7 " + ratio.get().setScale(2, RoundingMode.HALF_UP).toPlainString() + "\u00d7 cheapest";
  }

  private List<String> legendNames() {
    return estimates.get(0).lines().stream().map(l -> l.benchmark().name()).toList();
  }

  /** The chart in words, for screen readers and for anyone who cannot tell the colours apart. */
  String description() {
    StringBuilder out = new StringBuilder(title()).append(". ");
    for (Estimate e : estimates) {
      out.append(e.model().label()).append(": ").append(beside(e));
      Range r = e.totals().range();
      if (r != null) {
        out.append(", ").append(Display.interval(e.interval())).append(" range $").append(Display.money(r.low()))
            .append(" to $").append(Display.money(r.high()));
      }
      out.append("; ");
    }
    out.append("benchmarks in order: ").append(String.join(", ", legendNames())).append('.');
    return out.toString();
  }
}
