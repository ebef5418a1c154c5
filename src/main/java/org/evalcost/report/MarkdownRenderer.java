package org.evalcost.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Suite;
import org.evalcost.engine.Totals;

/** GitHub-flavoured Markdown tables, fit for a pull request or an issue. */
final class MarkdownRenderer implements Renderer {

  @Override
  public String estimate(Estimate e) {
    StringBuilder out = new StringBuilder();
    out.append("### Estimate for ").append(cell(e.model().label())).append("\n\n");
    out.append("| benchmark | items | repeats | input tokens | output tokens | cost (USD) | basis |\n");
    out.append("|---|--:|--:|--:|--:|--:|---|\n");
    for (Line line : e.lines()) {
      out.append("| ").append(cell(line.benchmark().id()))
          .append(" | ").append(String.format(Locale.ROOT, "%,d", line.benchmark().items()))
          .append(" | ").append(line.repeats())
          .append(" | ").append(Display.tokens(line.inputTokens()))
          .append(" | ").append(Display.tokens(line.outputTokens()))
          .append(" | ").append(line.priced() ? Display.money(line.cost()) : "n/a")
          .append(" | ").append(line.basis().label()).append(" |\n");
    }
    Totals t = e.totals();
    out.append("| **total** | | | ").append(Display.tokens(t.inputTokens()))
        .append(" | ").append(Display.tokens(t.outputTokens()))
        .append(" | **").append(TableRenderer.totalCost(t)).append("** | |\n\n");
    out.append("- **Model:** ").append(cell(Explanation.model(e))).append('\n');
    out.append("- **Suite:** ").append(cell(Explanation.suite(e))).append('\n');
    out.append("- **Prices:** ").append(cell(Explanation.prices(e))).append('\n');
    for (Map.Entry<Basis, String> basis : Explanation.bases(e).entrySet()) {
      out.append("- **").append(basis.getKey().label()).append(":** ").append(cell(basis.getValue())).append('\n');
    }
    for (String warning : Explanation.warnings(e)) {
      out.append("- **Warning:** ").append(cell(warning)).append('\n');
    }
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
          .append(" | ").append(cell(TableRenderer.settings(m)))
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
          .append(String.format(Locale.ROOT, "%,d", b.items())).append(" | ")
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
