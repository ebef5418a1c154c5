package org.evalcost.report;

/** The words of plans and back-tests: a plan's goal and half-widths, a back-test's summaries and method. */
final class BacktestAndPlanWords {
  private BacktestAndPlanWords() {}

  /** "within $500.00" or "for a 95% half-width of 0.02". */
  static String planGoal(org.evalcost.engine.Plan plan) {
    return plan.budget() != null ? "within $" + Display.money(plan.budget())
        : "for a 95% half-width of " + plan.target().toPlainString();
  }

  /** "±2.8 pts" for a half-width of 0.028; "not run" for none. */
  static String points(java.math.BigDecimal halfWidth) {
    return halfWidth == null ? "not run"
        : "\u00b1" + halfWidth.multiply(java.math.BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString() + " pts";
  }

  /**
   * The unseen estimates of one class: "reasoning-high, 40 costs: median absolute error 31.2%; 34
   * inside the 80% range (85.0%); median high/low 4.6x".
   */
  static String unseenSummary(org.evalcost.engine.Backtest.Summary s, java.math.BigDecimal interval) {
    return s.group() + ", " + s.count() + (s.count() == 1 ? " cost" : " costs") + ": median absolute error "
        + org.evalcost.engine.Percent.of(s.medianAbsoluteError(), java.math.BigDecimal.ONE) + "%; " + s.inside()
        + " inside the " + Display.interval(interval) + " range (" + org.evalcost.engine.Percent.of(
            java.math.BigDecimal.valueOf(s.inside()), java.math.BigDecimal.valueOf(Math.max(1, s.count())))
        + "%); median high/low " + s.medianSharpness().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "x";
  }

  /** What the two estimates of a back-test row are. */
  static final String BACKTEST_METHOD = "estimate: the model as the catalog knows it, its own calibration removed "
      + "(leave-one-out), at the publisher's rates where it gave them, else at the prices in force on the cost's "
      + "date; unseen: as a new model, all its profiles and calibrations removed and the class priors refitted "
      + "without it, so the estimate rests on its class and price alone";

  /** "median absolute error 12.3%; 2 of 3 published costs inside the 80% range" */
  static String backtestSummary(org.evalcost.engine.Backtest.Result r) {
    if (r.rows().isEmpty()) {
      return "no published costs to test against";
    }
    return "median absolute error " + org.evalcost.engine.Percent.of(r.medianAbsoluteError(), java.math.BigDecimal.ONE)
        + "%; " + r.inside() + " of " + r.rows().size() + " published costs inside the " + Display.interval(r.interval())
        + " range (coverage " + org.evalcost.engine.Percent.of(java.math.BigDecimal.valueOf(r.inside()),
            java.math.BigDecimal.valueOf(r.rows().size())) + "%)";
  }
}
