package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Suite;

/** The listings as text tables: models, benchmarks and suites, with headers between {@code bold} and {@code reset}. */
final class TableListings extends TerminalText implements Listings {
  /** Headers in bold on a terminal that takes colour. */
  TableListings(boolean color) {
    super(color);
  }

  @Override
  public String models(List<Model> models, java.time.LocalDate asOf) {
    TextTable table = new TextTable(List.of(Column.left("model"), Column.left("provider"), Column.left("settings"), Column.right("input"), Column.right("cached"), Column.right("output"), Column.right("batch in/out"), Column.left("since"), Column.left("aliases")));
    for (Model m : models) {
      PricePeriod p = m.priceOn(asOf).orElse(null);
      table.row(List.of(m.id(), m.provider(), settings(m),
          p == null ? "-" : Display.rate(p.rates().input()),
          p == null || p.rates().cachedInput() == null ? "-" : Display.rate(p.rates().cachedInput()),
          p == null ? "-" : Display.rate(p.rates().output()),
          p == null || p.batch() == null ? "-" : Display.rate(p.batch().input()) + " / " + Display.rate(p.batch().output()),
          p == null ? "no price" : p.effectiveFrom().toString(),
          String.join(", ", m.aliases())));
    }
    java.time.LocalDate checked = null;
    for (Model m : models) {
      PricePeriod p = m.priceOn(asOf).orElse(null);
      if (p != null && (checked == null || p.source().checked().isAfter(checked))) {
        checked = p.source().checked();
      }
    }
    return table.render(bold, reset) + "\nUSD per 1M tokens, prices in force on " + asOf
        + (checked == null ? "" : "; the newest of these prices was checked on " + checked)
        + ". Reasoning tokens are billed as output.\n"
        + "* the default setting; name one as --effort, or append it to the model: o1-high.\n";
  }

  static String settings(Model m) {
    if (!m.hasSettings()) {
      return "-";
    }
    List<String> names = new ArrayList<>();
    m.settings().forEach(s -> names.add(s.name().equals(m.defaultSetting()) ? s.name() + "*" : s.name()));
    return String.join(",", names);
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    TextTable table = new TextTable(List.of(Column.left("benchmark"), Column.left("name"), Column.right("items"), Column.right("input tokens/item")));
    for (Benchmark b : benchmarks) {
      table.row(List.of(b.id(), b.name(), Display.count(b.items()),
          Display.tokens(b.inputTokens())));
    }
    return table.render(bold, reset);
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    TextTable table = new TextTable(List.of(Column.left("suite"), Column.left("name"), Column.left("benchmarks (x repeats)")));
    for (Suite s : suites) {
      List<String> entries = new ArrayList<>();
      s.entries().forEach(en -> entries.add(en.benchmark() + " x" + en.repeats()));
      table.row(List.of(s.id() + (s.id().equals(defaultSuite) ? "*" : ""), s.name(), String.join(", ", entries)));
    }
    return table.render(bold, reset) + "\n* the default suite\n";
  }
}
