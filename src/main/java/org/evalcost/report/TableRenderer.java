package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;

/** Aligned columns for a terminal; bold headings only when colour is allowed. */
final class TableRenderer extends TerminalText implements Renderer {
  /** The terminal's width, past which a comparison is laid out one row per model; null: no limit. */
  private final Integer width;

  TableRenderer(boolean color, Integer width) {
    super(color);
    this.width = width;
  }

  @Override
  public String estimate(Estimate e) {
    TextTable table = new TextTable(EstimateColumns.columns(true));
    for (Line line : e.lines()) {
      table.row(EstimateColumns.cells(line));
    }
    table.rule().row(EstimateColumns.totals(e.totals()));
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Estimate for ").append(e.model().label()).append(reset).append('\n').append('\n');
    out.append(table.render(bold, reset)).append('\n');
    out.append(Wrap.hanging("model:   ", Explanation.model(e)));
    out.append(Wrap.hanging("suite:   ", Explanation.suite(e)));
    out.append(Wrap.hanging("prices:  ", Explanation.prices(e)));
    out.append(Wrap.hanging("billing: ", BillingWords.of(e)));
    out.append(Wrap.hanging("range:   ", Explanation.range(e)));
    out.append("tokens:\n");
    for (Map.Entry<Basis, String> basis : Explanation.bases(e).entrySet()) {
      out.append(Wrap.hanging("  " + pad(basis.getKey().label(), 11), basis.getValue()));
    }
    for (String warning : e.warnings()) {
      out.append(Wrap.hanging("warning: ", warning));
    }
    String stale = PriceAge.stale(List.of(e));
    if (stale != null) {
      out.append(Wrap.hanging("warning: ", stale));
    }
    return out.toString();
  }

  @Override
  public String compare(Comparison c) {
    List<Estimate> estimates = c.estimates();
    List<String> models = new ArrayList<>();
    estimates.forEach(e -> models.add(e.model().label()));
    TextTable table = new TextTable(Column.leftThenRight("benchmark", models));
    Estimate first = estimates.get(0);
    for (int i = 0; i < first.lines().size(); i++) {
      List<String> row = new ArrayList<>(List.of(first.lines().get(i).benchmark().id()));
      for (Estimate e : estimates) {
        row.add(Explanation.cost(e.lines().get(i)));
      }
      table.row(row);
    }
    List<String> total = new ArrayList<>(List.of("total"));
    List<String> low = new ArrayList<>(List.of("low"));
    List<String> high = new ArrayList<>(List.of("high"));
    List<String> ratio = new ArrayList<>(List.of("x cheapest"));
    for (Estimate e : estimates) {
      total.add(Display.totalCost(e.totals()));
      low.add(Display.low(e.totals().range()));
      high.add(Display.high(e.totals().range()));
      ratio.add(Display.ratio(c.ratioToCheapest(e).orElse(null)));
    }
    table.rule().row(total).row(low).row(high).row(ratio);
    String wide = table.render(bold, reset);
    String plain = bold.isEmpty() ? wide : table.render("", "");
    StringBuilder out = new StringBuilder();
    out.append(bold).append("Compare on ").append(Explanation.suite(first)).append(reset).append("\n\n");
    if (width != null && LongForm.widest(plain) > width) {
      out.append(LongForm.table(c).render(bold, reset)).append('\n');
      out.append(Wrap.hanging("layout:  ", "one row per model, as benchmarks across would be wider than the terminal; "
          + "--format csv gives every model and benchmark"));
    } else {
      out.append(wide).append('\n');
    }
    out.append(Wrap.hanging("costs:   ", "USD, prices in force on " + first.asOf() + ", "
        + BillingWords.mode(first) + "; low and high bound the " + Display.interval(first.interval())
        + " range"));
    for (Estimate e : estimates) {
      out.append(Wrap.hanging("  ", Explanation.compareNote(e)));
    }
    for (Estimate e : estimates) {
      for (String warning : e.warnings()) {
        out.append(Wrap.hanging("warning: ", e.model().label() + ": " + warning));
      }
    }
    String stale = PriceAge.stale(estimates);
    if (stale != null) {
      out.append(Wrap.hanging("warning: ", stale));
    }
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
