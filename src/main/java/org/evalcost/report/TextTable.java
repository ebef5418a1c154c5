package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: numbers right, text left. Used by the table format;
 * knows nothing of what the cells mean.
 */
final class TextTable {
  private final List<String> headers = new ArrayList<>();
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> rulesBefore = new ArrayList<>();

  TextTable(List<Column> columns) {
    rightAligned = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      headers.add(columns.get(i).header());
      rightAligned[i] = columns.get(i).right();
    }
  }

  TextTable row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Draws a rule above the next row (before a total). */
  TextTable rule() {
    rulesBefore.add(rows.size());
    return this;
  }

  String render(String headerStart, String headerEnd) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(headerStart).append(line(headers, widths)).append(headerEnd).append('\n');
    for (int r = 0; r < rows.size(); r++) {
      if (rulesBefore.contains(r)) {
        out.append(rule(widths)).append('\n');
      }
      out.append(line(rows.get(r), widths)).append('\n');
    }
    return out.toString();
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(rightAligned[i] ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
    }
    return stripTrailing(line.toString());
  }

  private static String rule(int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    return "-".repeat(total + 2 * (widths.length - 1));
  }

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }
}
