package org.evalcost.report;

import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Plan;

/** Just the chart, as a standalone SVG file for a paper or a slide. */
final class SvgRenderer implements Renderer, Reports {
  private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  @Override
  public String estimate(Estimate estimate) {
    return PROLOGUE + new CostChart(new Comparison(List.of(estimate))).svg();
  }

  @Override
  public String compare(Comparison comparison) {
    return PROLOGUE + new CostChart(comparison).svg();
  }

  @Override
  public String backtest(Backtest.Result backtest) {
    return PROLOGUE + new BacktestChart(backtest).svg();
  }

  @Override
  public String plan(Plan plan) {
    return PROLOGUE + new PlanChart(plan).svg();
  }
}
