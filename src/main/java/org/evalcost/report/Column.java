package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;

/** A table's column: its header, and whether its cells (numbers) align right. */
record Column(String header, boolean right) {
  static Column left(String header) {
    return new Column(header, false);
  }

  static Column right(String header) {
    return new Column(header, true);
  }

  /** A text column, then a number column per header: the shape of every comparison. */
  static List<Column> leftThenRight(String first, List<String> rest) {
    List<Column> columns = new ArrayList<>(List.of(left(first)));
    for (String header : rest) {
      columns.add(right(header));
    }
    return columns;
  }
}
