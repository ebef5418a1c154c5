package org.evalcost.report;

/** The output formats. Adding one here fails compilation until {@link Renderers} wires it up. */
public enum Format {
  TABLE,
  CSV,
  JSON,
  MARKDOWN,
  /** A report with charts: estimates, comparisons, plans and back-tests. */
  HTML,
  /** The chart alone, of what {@link #HTML} charts. */
  SVG,
  /** Inspect AI's model cost file (models only). */
  INSPECT;

  /** Whether this format can render {@code shown}; the cli refuses the others when the options are parsed. */
  public boolean renders(Shown shown) {
    return switch (this) {
      case TABLE, CSV, JSON, MARKDOWN -> true;
      case HTML, SVG -> shown == Shown.ESTIMATE || shown == Shown.COMPARISON || shown == Shown.PLAN
          || shown == Shown.BACKTEST;
      case INSPECT -> shown == Shown.MODELS;
    };
  }

  /** Why this format cannot render what {@code command} shows. */
  public String refusal(String command) {
    return this == INSPECT
        ? "--format inspect writes Inspect AI's model cost file, from 'evalcost models'; '" + command
            + "' takes table, csv, json or markdown"
        : "'" + command + "' has no chart: --format html and svg are for estimate, compare, plan and backtest; use "
            + "table, csv, json or markdown";
  }
}
