package org.evalcost.report;

import java.util.List;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;

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
    estimates.forEach(e -> out.append(" **").append(Display.totalCost(e.totals())).append("** |"));
    out.append("\n| low |");
    estimates.forEach(e -> out.append(' ').append(Display.low(e.totals().range())).append(" |"));
    out.append("\n| high |");
    estimates.forEach(e -> out.append(' ').append(Display.high(e.totals().range())).append(" |"));
    out.append("\n| x cheapest |");
    estimates.forEach(e -> out.append(' ').append(Display.ratio(c.ratioToCheapest(e).orElse(null))).append(" |"));
    out.append("\n\nUSD, prices in force on ").append(first.asOf()).append(", ")
        .append(cell(BillingWords.mode(first))).append("; low and high bound the ")
        .append(Display.interval(first.interval())).append(" range.\n\n");
    for (Estimate e : estimates) {
      out.append("- ").append(cell(Explanation.compareNote(e))).append('\n');
      for (String warning : e.warnings()) {
        out.append("- **Warning:** ").append(cell(e.model().label() + ": " + warning)).append('\n');
      }
    }
    return out.toString();
  }

  /** Escapes what would break a table cell or start unintended formatting. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
  }
}
