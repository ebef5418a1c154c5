package org.evalcost.report;

/** Chooses the renderer for a format; the switch is exhaustive, so a new format must be wired here. */
public final class Renderers {
  private Renderers() {}

  /**
   * The renderer of estimates and comparisons. {@code width}: the terminal's, past which a
   * comparison's table is laid out long (null for none); {@code gate}: a --max-cost gate's verdict,
   * which the JSON carries as {@code gate} (null for none).
   */
  public static Renderer of(Format format, boolean color, Integer width, org.evalcost.engine.Budget.Verdict gate) {
    return switch (format) {
      case TABLE -> new TableRenderer(color, width);
      case CSV -> new CsvRenderer();
      case JSON -> new JsonRenderer(gate);
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer();
      case SVG -> new SvgRenderer();
      case INSPECT -> new Renderer() {}; // it lists models only
    };
  }

  /** The reports of a format: back-tests, plans, diffs; html and svg have no diff (refused when the options are parsed). */
  public static Reports reports(Format format, boolean color) {
    return switch (format) {
      case TABLE -> new TableReports(color);
      case CSV -> new CsvRenderer();
      case JSON -> new JsonReports();
      case MARKDOWN -> new MarkdownReports();
      case HTML -> new HtmlRenderer();
      case SVG -> new SvgRenderer();
      case INSPECT -> new Reports() {}; // it lists models only
    };
  }

  /** The listings of a format; html and svg list nothing (refused when the options are parsed). */
  public static Listings listings(Format format, boolean color) {
    return switch (format) {
      case TABLE -> new TableListings(color);
      case CSV -> new CsvListings();
      case JSON -> new JsonListings();
      case MARKDOWN -> new MarkdownListings();
      case INSPECT -> new InspectListings();
      case HTML, SVG -> new Listings() {};
    };
  }
}
