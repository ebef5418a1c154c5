package org.evalcost.report;

import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Plan;

/**
 * One header row, then one row per item; no total row, so a spreadsheet's SUM gives the total.
 * Numbers are plain: "." for decimals, no grouping. The columns are a contract (README).
 */
final class CsvRenderer implements Renderer, Reports {
  static final List<String> ESTIMATE_COLUMNS = List.of("model", "setting", "suite", "benchmark", "items",
      "repeats", "input_tokens", "output_tokens", "cost_usd", "basis", "cost_usd_low", "cost_usd_high", "prices_as_of",
      "price_checked");

  @Override
  public String estimate(Estimate e) {
    CsvWriter csv = new CsvWriter().row(ESTIMATE_COLUMNS);
    rows(csv, e);
    return csv.toString();
  }

  /** Long form: the estimate columns, one row per model and benchmark. */
  @Override
  public String compare(Comparison c) {
    CsvWriter csv = new CsvWriter().row(ESTIMATE_COLUMNS);
    c.estimates().forEach(e -> rows(csv, e));
    return csv.toString();
  }

  private static void rows(CsvWriter csv, Estimate e) {
    for (Line line : e.lines()) {
      csv.row(List.of(CsvWriter.text(e.model().model().id()), CsvWriter.text(e.model().setting().name()),
          CsvWriter.text(e.suite().id()), CsvWriter.text(line.benchmark().id()),
          Long.toString(line.benchmark().items()), Integer.toString(line.repeats()),
          Display.plainTokens(line.inputTokens()), Display.plainTokens(line.outputTokens()),
          line.priced() ? Display.plainMoney(line.cost()) : "", line.basis().label(),
          line.range() == null ? "" : Display.plainMoney(line.range().low()),
          line.range() == null ? "" : Display.plainMoney(line.range().high()), e.asOf().toString(),
          e.price().map(p -> p.source().checked().toString()).orElse("")));
    }
  }

  @Override
  public String backtest(Backtest.Result r) {
    CsvWriter csv = new CsvWriter().row(List.of("published_id", "model", "setting", "suite", "prices_as_of",
        "published_usd", "estimate_usd", "estimate_usd_low", "estimate_usd_high", "error_pct", "inside", "prior_class",
        "unseen_usd", "unseen_usd_low", "unseen_usd_high", "unseen_error_pct", "unseen_inside"));
    for (Backtest.Row row : r.rows()) {
      var range = row.estimate().totals().range();
      var unseen = row.unseen().totals().range();
      csv.row(List.of(CsvWriter.text(row.published().id()), CsvWriter.text(row.published().model()),
          CsvWriter.text(row.published().setting()), CsvWriter.text(row.published().suite()),
          row.published().pricesAsOf().toString(), Display.plainMoney(row.published().costUsd()),
          Display.plainMoney(row.estimated()), range == null ? "" : Display.plainMoney(range.low()),
          range == null ? "" : Display.plainMoney(range.high()),
          org.evalcost.engine.Percent.of(row.error(), java.math.BigDecimal.ONE), Boolean.toString(row.inside()),
          CsvWriter.text(row.priorClass()), Display.plainMoney(row.unseen().totals().costUsd()),
          unseen == null ? "" : Display.plainMoney(unseen.low()), unseen == null ? "" : Display.plainMoney(unseen.high()),
          org.evalcost.engine.Percent.of(row.unseenError(), java.math.BigDecimal.ONE),
          Boolean.toString(row.unseenInside())));
    }
    return csv.toString();
  }

  @Override
  public String plan(Plan plan) {
    CsvWriter csv = new CsvWriter().row(List.of("model", "setting", "suite", "benchmark", "items", "items_available",
        "repeats", "cost_usd", "ci_half_width"));
    for (Plan.Line line : plan.lines()) {
      csv.row(List.of(CsvWriter.text(plan.estimate().model().model().id()),
          CsvWriter.text(plan.estimate().model().setting().name()), CsvWriter.text(plan.estimate().suite().id()),
          CsvWriter.text(line.benchmark().id()), Long.toString(line.items()), Long.toString(line.benchmark().items()),
          Integer.toString(line.repeats()), Display.plainMoney(line.cost()),
          line.halfWidth() == null ? "" : line.halfWidth().toPlainString()));
    }
    return csv.toString();
  }

  /** Every model and benchmark of both sides, with a status per model. */
  @Override
  public String diff(CostDiff d) {
    CsvWriter csv = new CsvWriter().row(List.of("model", "setting", "benchmark", "status", "base_cost_usd",
        "cost_usd", "change_usd", "change_pct"));
    for (CostDiff.ModelChange m : d.models()) {
      Estimate any = m.current().or(() -> m.base()).orElseThrow();
      for (CostDiff.BenchmarkChange b : m.benchmarks()) {
        csv.row(List.of(CsvWriter.text(m.model()), CsvWriter.text(any.model().setting().name()),
            CsvWriter.text(b.benchmark()), m.status().label(),
            b.base().map(Display::plainMoney).orElse(""), b.current().map(Display::plainMoney).orElse(""),
            b.change().map(Display::plainMoney).orElse(""),
            b.change().isPresent() && b.base().get().signum() != 0
                ? org.evalcost.engine.Percent.of(b.change().get(), b.base().get()) : ""));
      }
    }
    return csv.toString();
  }
}
