package org.evalcost.report;

/** Chooses the renderer for a format; the switch is exhaustive, so a new format must be wired here. */
public final class Renderers {
  private Renderers() {}

  public static Renderer of(Format format, boolean color) {
    return switch (format) {
      case TABLE -> new TableRenderer(color);
      case CSV -> new CsvRenderer();
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer();
      case SVG -> new SvgRenderer();
    };
  }
}
