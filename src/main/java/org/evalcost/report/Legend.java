package org.evalcost.report;

import java.util.List;

/** Numbered colour swatches with names, wrapped into rows that fit a width. */
final class Legend {
  private static final int ROW = 20;

  private final List<String> names;
  private final int x;
  private final int y;
  private final int width;
  private final int rows;

  Legend(List<String> names, int x, int y, int width) {
    this.names = names;
    this.x = x;
    this.y = y;
    this.width = width;
    this.rows = layout(null);
  }

  int bottom() {
    return y + rows * ROW;
  }

  void draw(Xml svg) {
    svg.open("g", "class", "legend");
    layout(svg);
    svg.close("g");
  }

  /** Places the entries, drawing them when {@code svg} is given; returns the number of rows. */
  private int layout(Xml svg) {
    int cx = x;
    int row = 0;
    for (int i = 0; i < names.size(); i++) {
      String label = (i + 1) + " " + names.get(i);
      int w = 18 + Chart.textWidth(label) + 18;
      if (cx > x && cx + w > x + width) {
        cx = x;
        row++;
      }
      if (svg != null) {
        int top = y + row * ROW;
        svg.empty("rect", "x", Integer.toString(cx), "y", Integer.toString(top), "width", "12", "height", "12",
            "fill", Chart.colour(i));
        svg.element("text", label, "x", Integer.toString(cx + 18), "y", Integer.toString(top + 11), "fill", Chart.INK);
      }
      cx += w;
    }
    return names.isEmpty() ? 0 : row + 1;
  }
}
