package org.evalcost.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Suite;

/** GitHub-flavoured Markdown tables, fit for a pull request or an issue. */
final class MarkdownRenderer implements Renderer {

  @Override
  public String estimate(Estimate e) {
    StringBuilder out = new StringBuilder();
    out.append("### Estimate for ").append(cell(e.model().label())).append("\n\n");
    List<Column> columns = EstimateColumns.columns(true);
    out.append('|');
    for (Column c : columns) {
      out.append(' ').append(c.header()).append(" |");
    }
    out.append("\n|");
    for (Column c : columns) {
      out.append(c.right() ? "--:|" : "---|");
    }
    out.append('\n');
    for (Line line : e.lines()) {
      out.append('|');
      for (String cell : EstimateColumns.cells(line)) {
        out.append(' ').append(cell(cell)).append(" |");
      }
      out.append('\n');
    }
    List<String> totals = EstimateColumns.totals(e.totals());
    out.append('|');
    for (EstimateColumns c : EstimateColumns.values()) {
      String cell = totals.get(c.ordinal());
      out.append(cell.isEmpty() ? "" : " ").append(c.emphasisedInTotal() ? "**" + cell + "**" : cell).append(" |");
    }
    out.append("\n\n");
    for (Explanation.Note note : Explanation.notes(e)) {
      out.append("- **").append(note.label()).append(":** ").append(cell(note.text())).append('\n');
    }
    return out.toString();
  }

  @Override
  public String compare(Comparison c) {
    List<Estimate> estimates = c.estimates();
    Estimate first = estimates.get(0);
    StringBuilder out = new StringBuilder("### Compare on ").append(cell(Explanation.suite(first))).append("\n\n");
    out.append("| benchmark |");
    estimates.forEach(e -> out.append(' ').append(cell(e.model().label())).append(" |"));
    out.append("\n|---|");
    estimates.forEach(e -> out.append("--:|"));
    out.append('\n');
    for (int i = 0; i < first.lines().size(); i++) {
      out.append("| ").append(cell(first.lines().get(i).benchmark().id())).append(" |");
      for (Estimate e : estimates) {
        out.append(' ').append(Explanation.cost(e.lines().get(i))).append(" |");
      }
      out.append('\n');
    }
    out.append("| **total** |");
    estimates.forEach(e -> out.append(" **").append(TableRenderer.totalCost(e.totals())).append("** |"));
    out.append("\n| low |");
    estimates.forEach(e -> out.append(' ').append(Display.low(e.totals().range())).append(" |"));
    out.append("\n| high |");
    estimates.forEach(e -> out.append(' ').append(Display.high(e.totals().range())).append(" |"));
    out.append("\n| x cheapest |");
    estimates.forEach(e -> out.append(' ').append(Display.ratio(c.ratioToCheapest(e).orElse(null))).append(" |"));
    out.append("\n\nUSD, prices in force on ").append(first.asOf()).append(", ")
        .append(cell(Explanation.billingMode(first))).append("; low and high bound the ")
        .append(Display.interval(first.interval())).append(" range.\n\n");
    for (Estimate e : estimates) {
      out.append("- ").append(cell(Explanation.compareNote(e))).append('\n');
      for (String warning : Explanation.warnings(e)) {
        out.append("- **Warning:** ").append(cell(e.model().label() + ": " + warning)).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String diff(CostDiff d) {
    StringBuilder out = new StringBuilder("### Cost change on ").append(cell(d.suite())).append("\n\n");
    out.append("- **Base:** ").append(cell(d.baseLabel())).append('\n');
    out.append("- **Current:** ").append(cell(d.currentLabel())).append("\n\n");
    StringBuilder details = new StringBuilder();
    long unchanged = d.models().stream().filter(m -> m.status() == CostDiff.Status.UNCHANGED).count();
    if (unchanged == d.models().size()) {
      return out.append("No cost changed (").append(unchanged).append(" models).\n").toString();
    }
    out.append("| model | status | base (USD) | current (USD) | change | change % |\n|---|---|--:|--:|--:|--:|\n");
    for (CostDiff.ModelChange m : d.models()) {
      if (m.status() == CostDiff.Status.UNCHANGED) {
        continue;
      }
      out.append("| ").append(cell(m.label())).append(" | ").append(m.status().label()).append(" | ")
          .append(Display.money(m.baseCost())).append(" | ").append(Display.money(m.currentCost())).append(" | ")
          .append(Display.signedMoney(m.change())).append(" | ").append(Display.signedPercent(m.change(), m.baseCost()))
          .append(" |\n");
      for (CostDiff.BenchmarkChange b : m.comparable() ? m.benchmarks() : List.<CostDiff.BenchmarkChange>of()) {
        if (b.change().map(c -> c.signum() != 0).orElse(true)) {
          details.append("| ").append(cell(m.label())).append(" | ").append(cell(b.benchmark())).append(" | ")
              .append(Display.money(b.base())).append(" | ").append(Display.money(b.current())).append(" | ")
              .append(Display.signedMoney(b.change())).append(" | ")
              .append(Display.signedPercent(b.change(), b.base())).append(" |\n");
        }
      }
    }
    if (unchanged > 0) {
      out.append("\n").append(unchanged).append(unchanged == 1 ? " model" : " models").append(" unchanged.\n");
    }
    out.append("\n<details><summary>By benchmark</summary>\n\n")
        .append("| model | benchmark | base (USD) | current (USD) | change | change % |\n|---|---|--:|--:|--:|--:|\n")
        .append(details).append("\n</details>\n");
    return out.toString();
  }

  @Override
  public String backtest(Backtest.Result r) {
    StringBuilder out = new StringBuilder("### Back-test: each published cost against an estimate made without it\n\n");
    out.append("| published | model | class | suite | prices of | published (USD) | estimate | low | high | error % | inside "
        + "| unseen | low | high | error % | inside |\n");
    out.append("|---|---|---|---|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|---|\n");
    for (Backtest.Row row : r.rows()) {
      out.append("| ").append(cell(row.published().id())).append(" | ").append(cell(row.estimate().model().label()))
          .append(" | ").append(cell(row.priorClass())).append(" | ").append(cell(row.published().suite())).append(" | ").append(row.published().pricesAsOf())
          .append(" | ").append(Display.money(row.published().costUsd())).append(" | ").append(Display.money(row.estimated()))
          .append(" | ").append(Display.low(row.estimate().totals().range())).append(" | ")
          .append(Display.high(row.estimate().totals().range())).append(" | ")
          .append(Display.signedPercent(java.util.Optional.of(row.error()), java.util.Optional.of(java.math.BigDecimal.ONE)))
          .append(" | ").append(row.inside() ? "yes" : "no").append(" | ")
          .append(Display.money(row.unseen().totals().costUsd())).append(" | ")
          .append(Display.low(row.unseen().totals().range())).append(" | ")
          .append(Display.high(row.unseen().totals().range())).append(" | ")
          .append(Display.signedPercent(java.util.Optional.of(row.unseenError()), java.util.Optional.of(java.math.BigDecimal.ONE)))
          .append(" | ").append(row.unseenInside() ? "yes" : "no").append(" |\n");
    }
    out.append("\n").append(cell(Explanation.backtestSummary(r))).append(".\n\nUnseen:\n\n");
    for (Backtest.Summary s : r.unseenByClass()) {
      out.append("- ").append(cell(Explanation.unseenSummary(s, r.interval()))).append('\n');
    }
    return out.append("\n").append(cell(Explanation.BACKTEST_METHOD)).append(".\n").toString();
  }

  @Override
  public String plan(Plan plan) {
    StringBuilder out = new StringBuilder("### Plan for ").append(cell(plan.estimate().model().label())).append(" on ")
        .append(cell(plan.estimate().suite().id())).append(' ').append(cell(Explanation.planGoal(plan))).append("\n\n");
    out.append("| benchmark | items | of | repeats | cost (USD) | 95% CI |\n|---|--:|--:|--:|--:|--:|\n");
    for (Plan.Line line : plan.lines()) {
      out.append("| ").append(cell(line.benchmark().id())).append(" | ")
          .append(Display.count(line.items())).append(" | ")
          .append(Display.count(line.benchmark().items())).append(" | ").append(line.repeats())
          .append(" | ").append(Display.money(line.cost())).append(" | ").append(Explanation.points(line.halfWidth()))
          .append(" |\n");
    }
    out.append("| **total** | | | | **").append(Display.money(plan.cost())).append("** | ")
        .append(Explanation.points(plan.suiteHalfWidth())).append(" |\n\n");
    out.append("- **Rule:** ").append(cell(plan.rule())).append('\n');
    out.append("- **Accuracy assumed:** ").append(Display.interval(plan.accuracy())).append('\n');
    return out.toString();
  }

  /** Escapes what would break a table cell or start unintended formatting. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
  }

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    out.append("| model | provider | settings | input | cached input | output | batch in / out | since |\n");
    out.append("|---|---|---|--:|--:|--:|--:|---|\n");
    for (Model m : models) {
      PricePeriod p = m.priceOn(asOf).orElse(null);
      out.append("| ").append(cell(m.id())).append(" | ").append(cell(m.provider()))
          .append(" | ").append(cell(TableListings.settings(m)))
          .append(" | ").append(p == null ? "-" : Display.rate(p.rates().input()))
          .append(" | ").append(p == null || p.rates().cachedInput() == null ? "-" : Display.rate(p.rates().cachedInput()))
          .append(" | ").append(p == null ? "-" : Display.rate(p.rates().output()))
          .append(" | ").append(p == null || p.batch() == null ? "-"
              : Display.rate(p.batch().input()) + " / " + Display.rate(p.batch().output()))
          .append(" | ").append(p == null ? "no price" : p.effectiveFrom().toString()).append(" |\n");
    }
    return out.append("\nUSD per 1M tokens, prices in force on ").append(asOf).append(".\n").toString();
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    StringBuilder out = new StringBuilder("| benchmark | name | items | input tokens/item |\n|---|---|--:|--:|\n");
    for (Benchmark b : benchmarks) {
      out.append("| ").append(cell(b.id())).append(" | ").append(cell(b.name())).append(" | ")
          .append(Display.count(b.items())).append(" | ")
          .append(Display.tokens(b.inputTokens())).append(" |\n");
    }
    return out.toString();
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    StringBuilder out = new StringBuilder("| suite | name | benchmarks (x repeats) |\n|---|---|---|\n");
    for (Suite s : suites) {
      List<String> entries = new ArrayList<>();
      s.entries().forEach(en -> entries.add(en.benchmark() + " x" + en.repeats()));
      out.append("| ").append(cell(s.id())).append(s.id().equals(defaultSuite) ? " (default)" : "")
          .append(" | ").append(cell(s.name())).append(" | ").append(cell(String.join(", ", entries))).append(" |\n");
    }
    return out.toString();
  }
}
