package org.evalcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Range;
import org.evalcost.engine.Rounding;

/**
 * Horizontal bars, one per model, stacked by benchmark, with the total's range as a whisker and
 * the total (and, for several models, the ratio to the cheapest) written beside the bar. Segments
 * are numbered as in the legend, so the chart does not rely on colour alone.
 */
final class CostChart {
  static final int WIDTH = 860;
  private static final int ROW = 32;
  private static final int BAR = 20;
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
      bar(svg, scale, estimates.get(i), TOP + i * ROW, labels, split);
    }
    if (split) {
      svg.element("text", "Share of each model's total, by benchmark", "x", "20", "y", Integer.toString(sharesTop - 18),
          "font-size", "13", "font-weight", "bold", "fill", Chart.INK);
      Scale shares = Scale.linear(BigDecimal.valueOf(100), labels, length);
      Chart.xAxis(svg, shares, sharesTop - 6, sharesAxis, "share of the model's total cost, %", true);
      for (int i = 0; i < estimates.size(); i++) {
        shareBar(svg, shares, estimates.get(i), sharesTop + i * ROW, labels);
      }
    }
    legend.draw(svg);
    svg.element("text", scale.describe("total"), "class", "muted", "x", "20", "y", Integer.toString(height - 30),
        "fill", Chart.MUTED);
    svg.element("text", Explanation.priceData(estimates), "class", "muted", "x", "20", "y",
        Integer.toString(height - 14), "fill", Chart.MUTED);
    return svg.close("svg").toString();
  }

  /** One model's row: stacked benchmark segments on a linear axis, or, on a log one, a dot at its total. */
  private void bar(Xml svg, Scale scale, Estimate e, int y, int labels, boolean dot) {
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
      svg.element("text", beside(e), "class", "total", "x", Chart.px(after.add(BigDecimal.valueOf(8))), "y", mid,
          "fill", Chart.INK, "data-total", total.toPlainString());
      svg.close("g");
      return;
    }
    segments(svg, scale.start(), end.subtract(scale.start()), e, y, mid, total);
    BigDecimal after = end.max(whisker(svg, scale, e, y));
    svg.element("text", beside(e), "class", "total", "x", Chart.px(after.add(BigDecimal.valueOf(8))), "y", mid,
        "fill", Chart.INK, "data-total", total.toPlainString());
    svg.close("g");
  }

  /** A row of the share panel: each benchmark's part of the model's total, the whole bar 100%. */
  private void shareBar(Xml svg, Scale shares, Estimate e, int y, int labels) {
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
