package org.evalcost.engine;

/**
 * The parts of a request a message can blame. The engine names them in its own words ("items",
 * "cache hit rate"); a front end that took them from options or fields of its own names them so
 * instead (the cli: "--items", "--cache-hit-rate").
 */
public enum RequestField {
  ITEMS("items"),
  REPEATS("repeats"),
  INPUT_TOKENS("input tokens"),
  OUTPUT_TOKENS("output tokens"),
  CACHE_HIT_RATE("cache hit rate"),
  INTERVAL("interval"),
  ACCURACY("accuracy"),
  BUDGET("budget"),
  TARGET_CI("target CI"),
  EFFORT("effort"),
  MAX_COST("the budget"),
  PRICES("a price file"),
  GRADER("the request's grader"),
  NO_CACHE("no cache");

  private final String label;

  RequestField(String label) {
    this.label = label;
  }

  /** The engine's own name for it. */
  public String label() {
    return label;
  }
}
