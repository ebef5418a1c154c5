package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Totals;

/** A self-contained HTML report: the chart, the table behind it, and the assumptions. */
final class HtmlRenderer implements Renderer, Reports {

  @Override
  public String estimate(Estimate e) {
    CostChart chart = new CostChart(new Comparison(List.of(e)));
    Totals t = e.totals();
    Page page = new Page("Estimate for " + e.model().label(), lead(e));
    page.figure(chart.svg(), "Each segment is one benchmark, numbered as in the legend; the whisker is the "
        + Display.interval(e.interval()) + " range of the total.");
    List<List<String>> rows = new ArrayList<>();
    for (Line line : e.lines()) {
      rows.add(EstimateColumns.cells(line));
    }
    rows.add(EstimateColumns.totals(t));
    page.table("Cost per benchmark (USD)", EstimateColumns.columns(false), rows, rows.size() - 1);
    page.heading("How this was estimated");
    return page.notes(Explanation.notes(e).stream()
        .map(n -> new Explanation.Note(capitalised(n.label()), n.text())).toList()).end();
  }

  @Override
  public String compare(Comparison c) {
    List<Estimate> estimates = c.estimates();
    Estimate first = estimates.get(0);
    CostChart chart = new CostChart(c);
    Page page = new Page("Compare on " + Explanation.suite(first), "USD, prices in force on " + first.asOf() + ", "
        + BillingWords.mode(first) + "; low and high bound the " + Display.interval(first.interval()) + " range.");
    page.figure(chart.svg(), "Each bar is one model, divided by benchmark and numbered as in the legend; the "
        + "whisker is the " + Display.interval(first.interval()) + " range of its total.");
    List<String> models = new ArrayList<>();
    estimates.forEach(e -> models.add(e.model().label()));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < first.lines().size(); i++) {
      List<String> row = new ArrayList<>(List.of(first.lines().get(i).benchmark().id()));
      for (Estimate e : estimates) {
        row.add(Explanation.cost(e.lines().get(i)));
      }
      rows.add(row);
    }
    int total = rows.size();
    rows.add(column("total", estimates, e -> Display.totalCost(e.totals())));
    rows.add(column("low", estimates, e -> Display.low(e.totals().range())));
    rows.add(column("high", estimates, e -> Display.high(e.totals().range())));
    rows.add(column("\u00d7 cheapest", estimates, e -> Display.ratio(c.ratioToCheapest(e).orElse(null))));
    page.table("Cost per benchmark and model (USD)", Column.leftThenRight("benchmark", models), rows, total);
    page.heading("How these were estimated");
    List<Explanation.Note> notes = new ArrayList<>();
    for (Estimate e : estimates) {
      notes.add(new Explanation.Note(e.model().label(), Explanation.basesAndPrices(e)));
      e.warnings().forEach(w -> notes.add(new Explanation.Note("Warning", e.model().label() + ": " + w)));
    }
    return page.notes(notes).end();
  }

  @Override
  public String backtest(Backtest.Result r) {
    BacktestChart chart = new BacktestChart(r);
    Page page = new Page("Back-test: each published cost against an estimate made without it",
        capitalised(BacktestAndPlanWords.backtestSummary(r)) + ".");
    page.figure(chart.svg(), "Leave-one-out: each published cost's own calibration is removed and the model is "
        + "estimated at the prices of the cost's date.");
    List<List<String>> rows = new ArrayList<>();
    for (Backtest.Row row : r.rows()) {
      rows.add(List.of(row.published().id(), row.estimate().model().label(), row.published().suite(),
          row.published().pricesAsOf().toString(), Display.money(row.published().costUsd()),
          Display.money(row.estimated()), Display.low(row.estimate().totals().range()),
          Display.high(row.estimate().totals().range()),
          Display.signedPercent(java.util.Optional.of(row.error()), java.util.Optional.of(java.math.BigDecimal.ONE)),
          row.inside() ? "yes" : "no", row.priorClass(), Display.money(row.unseen().totals().costUsd()),
          Display.low(row.unseen().totals().range()), Display.high(row.unseen().totals().range()),
          Display.signedPercent(java.util.Optional.of(row.unseenError()), java.util.Optional.of(java.math.BigDecimal.ONE)),
          row.unseenInside() ? "yes" : "no"));
    }
    List<List<String>> classes = new ArrayList<>();
    for (Backtest.Summary s : r.unseenByClass()) {
      classes.add(List.of(BacktestAndPlanWords.unseenSummary(s, r.interval())));
    }
    page.table("Unseen estimates by prior class", List.of(Column.left("summary")), classes, -1);
    page.table("Published and estimated costs (USD)", List.of(Column.left("published"), Column.left("model"), Column.left("suite"), Column.left("prices of"), Column.right("published"), Column.right("estimate"), Column.right("low"), Column.right("high"), Column.right("error %"), Column.left("inside"), Column.left("class"), Column.right("unseen"), Column.right("low"), Column.right("high"), Column.right("error %"), Column.left("inside")), rows, -1);
    return page.end();
  }

  @Override
  public String plan(Plan plan) {
    PlanChart chart = new PlanChart(plan);
    Page page = new Page(chart.title(), chart.summary());
    page.figure(chart.svg(), "Left: the items each benchmark runs, as a share of all its items. Right: the 95% "
        + "confidence half-width of its accuracy that sample gives.");
    List<List<String>> rows = new ArrayList<>();
    for (Plan.Line line : plan.lines()) {
      rows.add(List.of(line.benchmark().id(), Display.count(line.items()), Display.count(line.benchmark().items()),
          Integer.toString(line.repeats()), Display.money(line.cost()), BacktestAndPlanWords.points(line.halfWidth())));
    }
    rows.add(List.of("total", "", "", "", Display.money(plan.cost()), BacktestAndPlanWords.points(plan.suiteHalfWidth())));
    page.table("Items per benchmark", List.of(Column.left("benchmark"), Column.right("items"), Column.right("of"), Column.right("repeats"), Column.right("cost (USD)"), Column.right("95% CI")), rows, rows.size() - 1);
    return page.notes(List.of(new Explanation.Note("Rule", plan.rule()),
        new Explanation.Note("Accuracy assumed", Display.interval(plan.accuracy())))).end();
  }

  private static String lead(Estimate e) {
    Totals t = e.totals();
    return "Total " + Display.totalCost(t) + " USD"
        + (t.range() == null ? "" : " (" + Display.interval(e.interval()) + " range " + Display.money(t.range().low())
            + " to " + Display.money(t.range().high()) + ")")
        + " on " + e.suite().id() + ", prices in force on " + e.asOf() + ", " + BillingWords.basisCounts(e) + ".";
  }

  private static List<String> column(String label, List<Estimate> estimates,
      java.util.function.Function<Estimate, String> cell) {
    List<String> row = new ArrayList<>(List.of(label));
    estimates.forEach(e -> row.add(cell.apply(e)));
    return row;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
