package org.evalcost.report;

import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Model;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Suite;

/** Just the chart, as a standalone SVG file for a paper or a slide. */
final class SvgRenderer implements Renderer {
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

  @Override
  public String diff(CostDiff diff) {
    throw HtmlRenderer.unavailable("diff");
  }

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    throw HtmlRenderer.unavailable("models");
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    throw HtmlRenderer.unavailable("benchmarks");
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    throw HtmlRenderer.unavailable("suites");
  }
}
