package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.Suite;
import org.evalcost.engine.Totals;

/** Aligned columns for a terminal; bold headings only when colour is allowed. */
final class TableRenderer implements Renderer {
  private final String bold;
  private final String reset;
  /** The terminal's width, past which a comparison is laid out one row per model; null: no limit. */
  private final Integer width;

  TableRenderer(boolean color) {
    this(color, null);
  }

  TableRenderer(boolean color, Integer width) {
    this.bold = color ? "\u001b[1m" : "";
    this.reset = color ? "\u001b[0m" : "";
    this.width = width;
  }

  @Override
  public String estimate(Estimate e) {
    TextTable table = new TextTable(EstimateColumns.columns(true));
    for (Line line : e.lines()) {
      table.row(EstimateColumns.cells(line));
    }
    table.rule().row(EstimateColumns.totals(e.totals()));
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Estimate for ").append(e.model().label()).append(reset).append('\n').append('\n');
    out.append(table.render(bold, reset)).append('\n');
    out.append(Wrap.hanging("model:   ", Explanation.model(e)));
    out.append(Wrap.hanging("suite:   ", Explanation.suite(e)));
    out.append(Wrap.hanging("prices:  ", Explanation.prices(e)));
    out.append(Wrap.hanging("billing: ", Explanation.billing(e)));
    out.append(Wrap.hanging("range:   ", Explanation.range(e)));
    out.append("tokens:\n");
    for (Map.Entry<Basis, String> basis : Explanation.bases(e).entrySet()) {
      out.append(Wrap.hanging("  " + pad(basis.getKey().label(), 11), basis.getValue()));
    }
    for (String warning : Explanation.warnings(e)) {
      out.append(Wrap.hanging("warning: ", warning));
    }
    String stale = Explanation.stale(List.of(e));
    if (stale != null) {
      out.append(Wrap.hanging("warning: ", stale));
    }
    return out.toString();
  }

  @Override
  public String compare(Comparison c) {
    List<Estimate> estimates = c.estimates();
    List<String> models = new ArrayList<>();
    estimates.forEach(e -> models.add(e.model().label()));
    TextTable table = new TextTable(Column.leftThenRight("benchmark", models));
    Estimate first = estimates.get(0);
    for (int i = 0; i < first.lines().size(); i++) {
      List<String> row = new ArrayList<>(List.of(first.lines().get(i).benchmark().id()));
      for (Estimate e : estimates) {
        row.add(Explanation.cost(e.lines().get(i)));
      }
      table.row(row);
    }
    List<String> total = new ArrayList<>(List.of("total"));
    List<String> low = new ArrayList<>(List.of("low"));
    List<String> high = new ArrayList<>(List.of("high"));
    List<String> ratio = new ArrayList<>(List.of("x cheapest"));
    for (Estimate e : estimates) {
      total.add(totalCost(e.totals()));
      low.add(Display.low(e.totals().range()));
      high.add(Display.high(e.totals().range()));
      ratio.add(Display.ratio(c.ratioToCheapest(e).orElse(null)));
    }
    table.rule().row(total).row(low).row(high).row(ratio);
    String wide = table.render(bold, reset);
    String plain = bold.isEmpty() ? wide : table.render("", "");
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Compare on ").append(Explanation.suite(first)).append(reset).append("\n\n");
    if (width != null && widest(plain) > width) {
      out.append(longForm(c).render(bold, reset)).append('\n');
      out.append(Wrap.hanging("layout:  ", "one row per model, as benchmarks across would be wider than the terminal; "
          + "--format csv gives every model and benchmark"));
    } else {
      out.append(wide).append('\n');
    }
    out.append(Wrap.hanging("costs:   ", "USD, prices in force on " + first.asOf() + ", "
        + Explanation.billingMode(first) + "; low and high bound the " + Display.interval(first.interval())
        + " range"));
    for (Estimate e : estimates) {
      out.append(Wrap.hanging("  ", Explanation.compareNote(e)));
    }
    for (Estimate e : estimates) {
      for (String warning : Explanation.warnings(e)) {
        out.append(Wrap.hanging("warning: ", e.model().label() + ": " + warning));
      }
    }
    String stale = Explanation.stale(estimates);
    if (stale != null) {
      out.append(Wrap.hanging("warning: ", stale));
    }
    return out.toString();
  }

  private static int widest(String text) {
    int max = 0;
    for (String line : text.split("\n")) {
      max = Math.max(max, line.length());
    }
    return max;
  }

  /** A comparison with one row per model: its total, range, ratio to the cheapest and the basis of its lines. */
  private static TextTable longForm(Comparison c) {
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
      table.row(List.of(e.model().label(), totalCost(e.totals()), Display.low(e.totals().range()),
          Display.high(e.totals().range()), Display.ratio(c.ratioToCheapest(e).orElse(null)), basis.toString()));
    }
    return table;
  }

  @Override
  public String diff(CostDiff d) {
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Cost change on ").append(d.suite()).append(reset).append("\n\n");
    out.append(Wrap.hanging("base:    ", d.baseLabel()));
    out.append(Wrap.hanging("current: ", d.currentLabel())).append('\n');
    TextTable models = new TextTable(List.of(Column.left("model"), Column.left("status"), Column.right("base (USD)"), Column.right("current (USD)"), Column.right("change"), Column.right("change %")));
    TextTable benchmarks = new TextTable(List.of(Column.left("model"), Column.left("benchmark"), Column.right("base (USD)"), Column.right("current (USD)"), Column.right("change"), Column.right("change %")));
    long unchanged = 0;
    for (CostDiff.ModelChange m : d.models()) {
      if (m.status() == CostDiff.Status.UNCHANGED) {
        unchanged++;
        continue;
      }
      models.row(List.of(m.label(), m.status().label(), Display.money(m.baseCost()), Display.money(m.currentCost()),
          Display.signedMoney(m.change()), Display.signedPercent(m.change(), m.baseCost())));
      for (CostDiff.BenchmarkChange b : m.comparable() ? m.benchmarks() : List.<CostDiff.BenchmarkChange>of()) {
        if (b.change().map(c -> c.signum() != 0).orElse(true)) {
          benchmarks.row(List.of(m.label(), b.benchmark(), Display.money(b.base()), Display.money(b.current()),
              Display.signedMoney(b.change()), Display.signedPercent(b.change(), b.base())));
        }
      }
    }
    if (unchanged == d.models().size()) {
      return out.append("No cost changed (").append(unchanged).append(" models).\n").toString();
    }
    out.append(models.render(bold, reset));
    if (unchanged > 0) {
      out.append(unchanged).append(unchanged == 1 ? " model" : " models").append(" unchanged.\n");
    }
    return out.append("\nBy benchmark:\n").append(benchmarks.render(bold, reset)).toString();
  }

  @Override
  public String backtest(Backtest.Result r) {
    TextTable table = new TextTable(List.of(Column.left("published"), Column.left("model"), Column.left("class"), Column.left("suite"), Column.right("published (USD)"), Column.right("estimate"), Column.right("error %"), Column.left("inside"), Column.right("unseen"), Column.right("low"), Column.right("high"), Column.right("error %"), Column.left("inside")));
    java.util.Optional<java.math.BigDecimal> one = java.util.Optional.of(java.math.BigDecimal.ONE);
    for (Backtest.Row row : r.rows()) {
      table.row(List.of(row.published().id(), row.estimate().model().label(), row.priorClass(), row.published().suite(),
          Display.money(row.published().costUsd()), Display.money(row.estimated()),
          Display.signedPercent(java.util.Optional.of(row.error()), one), row.inside() ? "yes" : "no",
          Display.money(row.unseen().totals().costUsd()), Display.low(row.unseen().totals().range()),
          Display.high(row.unseen().totals().range()), Display.signedPercent(java.util.Optional.of(row.unseenError()), one),
          row.unseenInside() ? "yes" : "no"));
    }
    StringBuilder out = new StringBuilder(bold + "Back-test: each published cost against an estimate made without it"
        + reset + "\n\n" + table.render(bold, reset) + "\n" + Wrap.hanging("summary: ", Explanation.backtestSummary(r)));
    for (Backtest.Summary s : r.unseenByClass()) {
      out.append(Wrap.hanging("unseen:  ", Explanation.unseenSummary(s, r.interval())));
    }
    return out.append(Wrap.hanging("method:  ", Explanation.BACKTEST_METHOD + "; low and high bound the unseen "
        + "estimate's " + Display.interval(r.interval()) + " range")).toString();
  }

  @Override
  public String plan(Plan plan) {
    TextTable table = new TextTable(List.of(Column.left("benchmark"), Column.right("items"), Column.right("of"), Column.right("repeats"), Column.right("cost (USD)"), Column.right("95% CI")));
    for (Plan.Line line : plan.lines()) {
      table.row(List.of(line.benchmark().id(), Display.count(line.items()),
          Display.count(line.benchmark().items()), Integer.toString(line.repeats()),
          Display.money(line.cost()), Explanation.points(line.halfWidth())));
    }
    table.rule().row(List.of("total", "", "", "", Display.money(plan.cost()),
        Explanation.points(plan.suiteHalfWidth())));
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Plan for ").append(plan.estimate().model().label()).append(" on ")
        .append(plan.estimate().suite().id()).append(' ').append(Explanation.planGoal(plan)).append(reset).append("\n\n");
    out.append(table.render(bold, reset)).append('\n');
    out.append(Wrap.hanging("rule:     ", plan.rule()));
    out.append(Wrap.hanging("accuracy: ", "CI half-widths assume an accuracy of "
        + Display.interval(plan.accuracy()) + (plan.accuracy().compareTo(new java.math.BigDecimal("0.5")) == 0
            ? " (the worst case)" : "") + "; the total's is that of the suite's mean accuracy"));
    out.append(Wrap.hanging("costs:    ", "point estimates at the prices in force on " + plan.estimate().asOf() + ", "
        + Explanation.billingMode(plan.estimate())));
    for (Plan.Line line : plan.lines()) {
      if (line.capped() && plan.target() != null) {
        out.append(Wrap.hanging("note:     ", line.benchmark().id() + " has only " + line.benchmark().items()
            + " items: its half-width cannot reach the target"));
      }
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  static String totalCost(Totals t) {
    if (t.complete()) {
      return Display.money(t.costUsd());
    }
    return t.costUsd().signum() == 0 ? "n/a" : Display.money(t.costUsd()) + " (incomplete)";
  }

  @Override
  public String models(List<Model> models, java.time.LocalDate asOf) {
    return TableListings.models(models, asOf, bold, reset);
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    return TableListings.benchmarks(benchmarks, bold, reset);
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    return TableListings.suites(suites, defaultSuite, bold, reset);
  }
}
