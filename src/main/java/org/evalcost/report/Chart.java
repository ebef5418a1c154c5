package org.evalcost.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What every chart shares: the SVG element with its title and text alternative, the palette, the
 * axis, and the styles. Colours are presentation attributes (so a paper's SVG tools, which ignore
 * CSS, print the light theme); a screen in dark mode overrides them by class.
 */
final class Chart {
  /** Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies (black left out). */
  static final String[] PALETTE = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"};

  static final String INK = "#1b1b1b";
  static final String MUTED = "#595959";
  static final String GRID = "#d0d0d0";
  static final String PAPER = "#ffffff";
  static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

  /** Dark-mode overrides, on screen only: print keeps the light theme. */
  static final String STYLE = "@media screen and (prefers-color-scheme: dark) {"
      + " .paper { fill: #161616; } text { fill: #e6e6e6; } text.on-bar { fill: #000000; } text.muted { fill: #a6a6a6; }"
      + " .ink { stroke: #e6e6e6; } .grid { stroke: #3a3a3a; } .segment { stroke: #161616; }"
      + " .hollow { fill: #161616; stroke: #e6e6e6; } .dot { fill: #e6e6e6; stroke: #e6e6e6; } }";

  private Chart() {}

  /** Opens the svg element: its size, its role as an image, and its title and description for screen readers. */
  static Xml open(String id, int width, int height, String title, String description) {
    Xml svg = new Xml().open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Integer.toString(width),
        "height", Integer.toString(height), "viewBox", "0 0 " + width + " " + height, "role", "img",
        "aria-labelledby", id + "-title " + id + "-desc", "font-family", FONT, "font-size", "12");
    svg.element("title", title, "id", id + "-title");
    svg.element("desc", description, "id", id + "-desc");
    svg.element("style", STYLE);
    svg.empty("rect", "class", "paper", "width", Integer.toString(width), "height", Integer.toString(height),
        "fill", PAPER);
    return svg;
  }

  static String colour(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /** A horizontal axis at {@code y}, with a grid line up to {@code top} and a label under each tick. */
  static void xAxis(Xml svg, Scale scale, int top, int y, String caption) {
    xAxis(svg, scale, top, y, caption, false);
  }

  /** The same; with {@code percent}, ticks are labelled 0%, 25%, ... rather than in dollars. */
  static void xAxis(Xml svg, Scale scale, int top, int y, String caption, boolean percent) {
    svg.open("g", "class", "axis");
    List<BigDecimal> ticks = percent
        ? List.of(BigDecimal.ZERO, BigDecimal.valueOf(25), BigDecimal.valueOf(50), BigDecimal.valueOf(75), BigDecimal.valueOf(100))
        : scale.ticks();
    for (BigDecimal tick : ticks) {
      String x = px(scale.at(tick));
      svg.empty("line", "class", "grid", "x1", x, "x2", x, "y1", Integer.toString(top), "y2", Integer.toString(y),
          "stroke", GRID);
      svg.element("text", percent ? tick.toPlainString() + "%" : AxisNumbers.label(tick), "x", x, "y",
          Integer.toString(y + 16), "text-anchor", "middle", "fill", INK);
    }
    svg.empty("line", "class", "ink", "x1", px(scale.start()), "x2", px(scale.end()), "y1", Integer.toString(y),
        "y2", Integer.toString(y), "stroke", INK);
    svg.element("text", caption, "class", "muted", "x", px(scale.start().add(scale.end()).divide(BigDecimal.valueOf(2))),
        "y", Integer.toString(y + 34), "text-anchor", "middle", "fill", MUTED);
    svg.close("g");
  }

  static String px(BigDecimal pixels) {
    return pixels.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** An estimate of a label's width in pixels at 12 px, generous so text never overlaps. */
  static int textWidth(String text) {
    return (text.length() * 36 + 4) / 5;
  }
}
