package org.evalcost.report;

/** What a command shows, one method of {@link Renderer} each: a format says which it can render. */
public enum Shown {
  ESTIMATE, COMPARISON, BACKTEST, PLAN, DIFF, MODELS, BENCHMARKS, SUITES
}
