package org.evalcost.report;

import java.util.List;

/**
 * One self-contained HTML page: no script, no external style, font or image, and a content
 * security policy that would block any if one crept in. It is also well-formed XML, so tests can
 * parse it. Light, dark and print themes come from the same colours as the charts.
 */
final class Page {
  private static final String CSS = """
      :root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --muted: #595959; --rule: #d0d0d0; }
      @media screen and (prefers-color-scheme: dark) {
        :root { --fg: #e6e6e6; --bg: #161616; --muted: #a6a6a6; --rule: #3a3a3a; }
      }
      body { margin: 0; background: var(--bg); color: var(--fg);
        font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; }
      main { max-width: 1280px; margin: 0 auto; padding: 24px; }
      h1 { font-size: 1.4em; margin: 0 0 4px; }
      h2 { font-size: 1.1em; margin: 28px 0 8px; }
      .lead, figcaption, footer { color: var(--muted); }
      figure { margin: 20px 0; }
      figure svg { width: 100%; max-width: 1280px; height: auto; }
      .wide { overflow-x: auto; }
      table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
      th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
      th { font-weight: 600; }
      th[scope=row], th[scope=col] { white-space: nowrap; }
      caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
      .n { text-align: right; }
      tr.total th, tr.total td { font-weight: 600; border-top: 2px solid var(--fg); }
      .warning { font-weight: 600; }
      @media print {
        body { font-size: 10pt; }
        main { max-width: none; padding: 0; }
        figure, table { break-inside: avoid; }
      }
      """;

  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private final Xml html = new Xml();

  Page(String title, String lead) {
    html.raw("<!DOCTYPE html>\n");
    html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.empty("meta", "name", "color-scheme", "content", "light dark");
    html.empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY);
    html.empty("meta", "name", "generator", "content", "evalcost");
    html.element("title", title);
    html.raw("<style>\n").raw(CSS).raw("</style>\n");
    html.close("head");
    html.open("body").open("main");
    html.element("h1", title);
    html.element("p", lead, "class", "lead");
  }

  /** The chart, with its caption under it. */
  Page figure(String svg, String caption) {
    html.open("figure").raw(svg).element("figcaption", caption).close("figure");
    return this;
  }

  Page heading(String text) {
    html.element("h2", text);
    return this;
  }

  /** A table: a right-aligned column is numeric; row {@code total} (or none, -1) is the total. */
  Page table(String caption, List<Column> columns, List<List<String>> rows, int total) {
    html.open("div", "class", "wide").open("table");
    html.element("caption", caption);
    html.open("thead").open("tr");
    for (Column column : columns) {
      html.element("th", column.header(), "scope", "col", "class", column.right() ? "n" : null);
    }
    html.close("tr").close("thead").open("tbody");
    for (int r = 0; r < rows.size(); r++) {
      html.open("tr", "class", r == total ? "total" : null);
      List<String> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          html.element("th", row.get(i), "scope", "row");
        } else {
          html.element("td", row.get(i), "class", columns.get(i).right() ? "n" : null);
        }
      }
      html.close("tr");
    }
    html.close("tbody").close("table").close("div");
    return this;
  }

  /** A list of notes, "label: text", warnings in bold. */
  Page notes(List<Explanation.Note> notes) {
    html.open("ul");
    for (Explanation.Note note : notes) {
      html.open("li", "class", note.label().equals("Warning") ? "warning" : null)
          .element("strong", note.label() + ":").raw(" " + Xml.escape(note.text()) + "\n").close("li");
    }
    html.close("ul");
    return this;
  }

  String end() {
    html.element("footer", "Made with evalcost. Amounts in USD.");
    return html.close("main").close("body").close("html").toString();
  }
}
