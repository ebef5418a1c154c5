package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Line;
import org.evalcost.engine.Totals;

/**
 * The columns of an estimate's table, once for the formats people read (table, Markdown, HTML):
 * each column's header, its alignment, its cell of a line and of the total. CSV's columns are a
 * versioned contract of their own (docs/contracts.md) and plain numbers, so it lists its own.
 */
enum EstimateColumns {
  BENCHMARK("benchmark", null, false),
  ITEMS("items", null, true),
  REPEATS("repeats", null, true),
  INPUT("input tokens", null, true),
  OUTPUT("output tokens", null, true),
  COST("cost", "USD", true),
  LOW("low", null, true),
  HIGH("high", null, true),
  BASIS("basis", null, false);

  private final String name;
  private final String unit;
  private final boolean right;

  EstimateColumns(String name, String unit, boolean right) {
    this.name = name;
    this.unit = unit;
    this.right = right;
  }

  /** The columns, the unit in the header unless the table's caption gives it. */
  static List<Column> columns(boolean unitInHeader) {
    List<Column> out = new ArrayList<>();
    for (EstimateColumns c : values()) {
      out.add(new Column(unitInHeader && c.unit != null ? c.name + " (" + c.unit + ")" : c.name, c.right));
    }
    return out;
  }

  /** A line's cells. */
  static List<String> cells(Line line) {
    List<String> out = new ArrayList<>();
    for (EstimateColumns c : values()) {
      out.add(c.cell(line));
    }
    return out;
  }

  /** The total's cells, empty where a column has no total. */
  static List<String> totals(Totals t) {
    List<String> out = new ArrayList<>();
    for (EstimateColumns c : values()) {
      out.add(c.total(t));
    }
    return out;
  }

  private String cell(Line line) {
    return switch (this) {
      case BENCHMARK -> line.benchmark().id();
      case ITEMS -> Display.count(line.benchmark().items());
      case REPEATS -> Integer.toString(line.repeats());
      case INPUT -> Display.tokens(line.inputTokens());
      case OUTPUT -> Display.tokens(line.outputTokens());
      case COST -> Explanation.cost(line);
      case LOW -> Display.low(line.range());
      case HIGH -> Display.high(line.range());
      case BASIS -> line.basis().label();
    };
  }

  private String total(Totals t) {
    return switch (this) {
      case BENCHMARK -> "total";
      case ITEMS, REPEATS, BASIS -> "";
      case INPUT -> Display.tokens(t.inputTokens());
      case OUTPUT -> Display.tokens(t.outputTokens());
      case COST -> Display.totalCost(t);
      case LOW -> Display.low(t.range());
      case HIGH -> Display.high(t.range());
    };
  }

  /** Whether the total's cell is the one a format may set off (the label, the cost). */
  boolean emphasisedInTotal() {
    return this == BENCHMARK || this == COST;
  }
}
