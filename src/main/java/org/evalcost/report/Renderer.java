package org.evalcost.report;

import org.evalcost.engine.Backtest;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;

/** Turns results into the text of one format. Every output ends with a newline; lines end in \n. */
public interface Renderer {
  String estimate(Estimate estimate);

  /** Several models on one suite: benchmarks as rows, models as columns (CSV: long form). */
  String compare(Comparison comparison);

  /** Published costs against their leave-one-out estimates. */
  String backtest(Backtest.Result backtest);

  /** Items per benchmark within a budget or for a precision target. */
  String plan(Plan plan);

  /** Cost changes between two data sets or dates: every model in CSV and JSON, changes only for people. */
  String diff(CostDiff diff);
}
