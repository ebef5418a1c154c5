package org.evalcost.report;

import org.evalcost.engine.Backtest;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Plan;

/**
 * A format that renders some results only (the charts, Inspect's cost file): it overrides what
 * {@link Format#renders} says it renders, and the cli refuses the rest when the options are parsed,
 * so these refusals are never reached from it.
 */
abstract class PartialRenderer implements Renderer {
  private static IllegalStateException refused(Shown shown) {
    return new IllegalStateException(shown + " is not rendered in this format (Format.renders)");
  }

  @Override
  public String estimate(Estimate estimate) {
    throw refused(Shown.ESTIMATE);
  }

  @Override
  public String compare(Comparison comparison) {
    throw refused(Shown.COMPARISON);
  }

  @Override
  public String backtest(Backtest.Result backtest) {
    throw refused(Shown.BACKTEST);
  }

  @Override
  public String plan(Plan plan) {
    throw refused(Shown.PLAN);
  }

  @Override
  public String diff(CostDiff diff) {
    throw refused(Shown.DIFF);
  }
}
