package org.evalcost.report;

import static org.evalcost.report.MarkdownRenderer.cell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Suite;

/** The Markdown of the listings: models with their prices, benchmarks and suites. */
final class MarkdownListings implements Listings {

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
