package org.evalcost.report;

/**
 * What a command shows, one method each of {@link Renderer}, {@link Reports} or {@link Listings}:
 * a format says which it can render ({@link Format#renders}).
 */
public enum Shown {
  ESTIMATE, COMPARISON, BACKTEST, PLAN, DIFF, MODELS, BENCHMARKS, SUITES;

  /** What the default of a format that does not render it throws: never reached from the cli, which refuses it first. */
  IllegalStateException refused() {
    return new IllegalStateException(this + " is not rendered in this format (Format.renders)");
  }
}
