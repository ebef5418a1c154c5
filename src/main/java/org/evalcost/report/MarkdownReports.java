package org.evalcost.report;

import static org.evalcost.report.MarkdownRenderer.cell;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Line;
import org.evalcost.engine.Plan;

/** The Markdown of the reports beside estimates: a diff (fit for a pull-request comment), a back-test and a plan. */
final class MarkdownReports implements Reports {
  @Override
  public String diff(CostDiff d) {
    StringBuilder out = new StringBuilder("### Cost change on ").append(cell(d.suite())).append("\n\n");
    out.append("- **Base:** ").append(cell(d.baseLabel())).append('\n');
    out.append("- **Current:** ").append(cell(d.currentLabel())).append("\n\n");
    StringBuilder details = new StringBuilder();
    long unchanged = d.models().stream().filter(m -> m.status() == CostDiff.Status.UNCHANGED).count();
    if (unchanged == d.models().size()) {
      return out.append("No cost changed (").append(unchanged).append(" models).\n").toString();
    }
    out.append("| model | status | base (USD) | current (USD) | change | change % |\n|---|---|--:|--:|--:|--:|\n");
    for (CostDiff.ModelChange m : d.models()) {
      if (m.status() == CostDiff.Status.UNCHANGED) {
        continue;
      }
      out.append("| ").append(cell(m.label())).append(" | ").append(m.status().label()).append(" | ")
          .append(Display.money(m.baseCost())).append(" | ").append(Display.money(m.currentCost())).append(" | ")
          .append(Display.signedMoney(m.change())).append(" | ").append(Display.signedPercent(m.change(), m.baseCost()))
          .append(" |\n");
      for (CostDiff.BenchmarkChange b : m.comparable() ? m.benchmarks() : List.<CostDiff.BenchmarkChange>of()) {
        if (b.change().map(c -> c.signum() != 0).orElse(true)) {
          details.append("| ").append(cell(m.label())).append(" | ").append(cell(b.benchmark())).append(" | ")
              .append(Display.money(b.base())).append(" | ").append(Display.money(b.current())).append(" | ")
              .append(Display.signedMoney(b.change())).append(" | ")
              .append(Display.signedPercent(b.change(), b.base())).append(" |\n");
        }
      }
    }
    if (unchanged > 0) {
      out.append("\n").append(unchanged).append(unchanged == 1 ? " model" : " models").append(" unchanged.\n");
    }
    out.append("\n<details><summary>By benchmark</summary>\n\n")
        .append("| model | benchmark | base (USD) | current (USD) | change | change % |\n|---|---|--:|--:|--:|--:|\n")
        .append(details).append("\n</details>\n");
    return out.toString();
  }

  @Override
  public String backtest(Backtest.Result r) {
    StringBuilder out = new StringBuilder("### Back-test: each published cost against an estimate made without it\n\n");
    out.append("| published | model | class | suite | prices of | published (USD) | estimate | low | high | error % | inside "
        + "| unseen | low | high | error % | inside |\n");
    out.append("|---|---|---|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|---|\n");
    for (Backtest.Row row : r.rows()) {
      out.append("| ").append(cell(row.published().id())).append(" | ").append(cell(row.estimate().model().label()))
          .append(" | ").append(cell(row.priorClass())).append(" | ").append(cell(row.published().suite())).append(" | ").append(row.published().pricesAsOf())
          .append(" | ").append(Display.money(row.published().costUsd())).append(" | ").append(Display.money(row.estimated()))
          .append(" | ").append(Display.low(row.estimate().totals().range())).append(" | ")
          .append(Display.high(row.estimate().totals().range())).append(" | ")
          .append(Display.signedPercent(java.util.Optional.of(row.error()), java.util.Optional.of(java.math.BigDecimal.ONE)))
          .append(" | ").append(row.inside() ? "yes" : "no").append(" | ")
          .append(Display.money(row.unseen().totals().costUsd())).append(" | ")
          .append(Display.low(row.unseen().totals().range())).append(" | ")
          .append(Display.high(row.unseen().totals().range())).append(" | ")
          .append(Display.signedPercent(java.util.Optional.of(row.unseenError()), java.util.Optional.of(java.math.BigDecimal.ONE)))
          .append(" | ").append(row.unseenInside() ? "yes" : "no").append(" |\n");
    }
    out.append("\n").append(cell(BacktestAndPlanWords.backtestSummary(r))).append(".\n\nUnseen:\n\n");
    for (Backtest.Summary s : r.unseenByClass()) {
      out.append("- ").append(cell(BacktestAndPlanWords.unseenSummary(s, r.interval()))).append('\n');
    }
    return out.append("\n").append(cell(BacktestAndPlanWords.BACKTEST_METHOD)).append(".\n").toString();
  }

  @Override
  public String plan(Plan plan) {
    StringBuilder out = new StringBuilder("### Plan for ").append(cell(plan.estimate().model().label())).append(" on ")
        .append(cell(plan.estimate().suite().id())).append(' ').append(cell(BacktestAndPlanWords.planGoal(plan))).append("\n\n");
    out.append("| benchmark | items | of | repeats | cost (USD) | 95% CI |\n|---|--:|--:|--:|--:|--:|\n");
    for (Plan.Line line : plan.lines()) {
      out.append("| ").append(cell(line.benchmark().id())).append(" | ")
          .append(Display.count(line.items())).append(" | ")
          .append(Display.count(line.benchmark().items())).append(" | ").append(line.repeats())
          .append(" | ").append(Display.money(line.cost())).append(" | ").append(BacktestAndPlanWords.points(line.halfWidth()))
          .append(" |\n");
    }
    out.append("| **total** | | | | **").append(Display.money(plan.cost())).append("** | ")
        .append(BacktestAndPlanWords.points(plan.suiteHalfWidth())).append(" |\n\n");
    out.append("- **Rule:** ").append(cell(plan.rule())).append('\n');
    out.append("- **Accuracy assumed:** ").append(Display.interval(plan.accuracy())).append('\n');
    return out.toString();
  }
}
