package org.evalcost.report;

import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Line;
import org.evalcost.engine.Plan;

/** The terminal's text of the reports beside estimates: a diff, a back-test and a plan, headed in bold where it takes colour. */
final class TableReports extends TerminalText implements Reports {
  TableReports(boolean color) {
    super(color);
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
        + reset + "\n\n" + table.render(bold, reset) + "\n" + Wrap.hanging("summary: ", BacktestAndPlanWords.backtestSummary(r)));
    for (Backtest.Summary s : r.unseenByClass()) {
      out.append(Wrap.hanging("unseen:  ", BacktestAndPlanWords.unseenSummary(s, r.interval())));
    }
    return out.append(Wrap.hanging("method:  ", BacktestAndPlanWords.BACKTEST_METHOD + "; low and high bound the unseen "
        + "estimate's " + Display.interval(r.interval()) + " range")).toString();
  }

  @Override
  public String plan(Plan plan) {
    TextTable table = new TextTable(List.of(Column.left("benchmark"), Column.right("items"), Column.right("of"), Column.right("repeats"), Column.right("cost (USD)"), Column.right("95% CI")));
    for (Plan.Line line : plan.lines()) {
      table.row(List.of(line.benchmark().id(), Display.count(line.items()),
          Display.count(line.benchmark().items()), Integer.toString(line.repeats()),
          Display.money(line.cost()), BacktestAndPlanWords.points(line.halfWidth())));
    }
    table.rule().row(List.of("total", "", "", "", Display.money(plan.cost()),
        BacktestAndPlanWords.points(plan.suiteHalfWidth())));
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Plan for ").append(plan.estimate().model().label()).append(" on ")
        .append(plan.estimate().suite().id()).append(' ').append(BacktestAndPlanWords.planGoal(plan)).append(reset).append("\n\n");
    out.append(table.render(bold, reset)).append('\n');
    out.append(Wrap.hanging("rule:     ", plan.rule()));
    out.append(Wrap.hanging("accuracy: ", "CI half-widths assume an accuracy of "
        + Display.interval(plan.accuracy()) + (plan.accuracy().compareTo(new java.math.BigDecimal("0.5")) == 0
            ? " (the worst case)" : "") + "; the total's is that of the suite's mean accuracy"));
    out.append(Wrap.hanging("costs:    ", "point estimates at the prices in force on " + plan.estimate().asOf() + ", "
        + BillingWords.mode(plan.estimate())));
    for (Plan.Line line : plan.lines()) {
      if (line.capped() && plan.target() != null) {
        out.append(Wrap.hanging("note:     ", line.benchmark().id() + " has only " + line.benchmark().items()
            + " items: its half-width cannot reach the target"));
      }
    }
    return out.toString();
  }
}
