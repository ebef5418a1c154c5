package org.evalcost.report;

import org.evalcost.engine.Backtest;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Plan;

/**
 * The reports beside estimates in one format: a back-test, a plan, a diff. A format that renders
 * only some (the charts have no diff) leaves the others to these defaults, which refuse:
 * {@link Format#renders} says so, and the cli refuses them when the options are parsed, so these
 * refusals are never reached from it.
 */
public interface Reports {
  /** Published costs against their leave-one-out estimates. */
  default String backtest(Backtest.Result backtest) {
    throw Shown.BACKTEST.refused();
  }

  /** Items per benchmark within a budget or for a precision target. */
  default String plan(Plan plan) {
    throw Shown.PLAN.refused();
  }

  /** Cost changes between two data sets or dates: every model in CSV and JSON, changes only for people. */
  default String diff(CostDiff diff) {
    throw Shown.DIFF.refused();
  }
}
