package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts read as XML: bars as long as their costs to the pixel, on the scale the axis shows,
 * with every label and total present and nothing fetched from outside the file.
 */
class ReportChartsTest {

  @Test
  void linearBarsAreProportionalToCostToThePixel() throws Exception {
    Document svg = svg(Cli.fixture("compare", "--models", "plain-1,long-1", "--suite", "all", "--format", "svg"));
    List<Element> segments = elements(svg, "//rect[@class='segment']");
    assertThat(segments).hasSize(6);
    Map<String, BigDecimal> ticks = ticks(svg);
    assertThat(ticks).containsKey("$0");
    double origin = ticks.get("$0").doubleValue();
    // pixels per dollar, read off the axis: the last tick's label and position
    Map.Entry<String, BigDecimal> last = new ArrayList<>(ticks.entrySet()).get(ticks.size() - 1);
    double perDollar = (last.getValue().doubleValue() - origin) / dollars(last.getKey());
    for (Element bar : elements(svg, "//g[@class='model']")) {
      double x = origin;
      for (Element segment : elements(bar, "rect[@class='segment']")) {
        assertThat(attr(segment, "x")).isCloseTo(x, within(0.01));
        assertThat(attr(segment, "width")).as(segment.getAttribute("data-benchmark"))
            .isCloseTo(Double.parseDouble(segment.getAttribute("data-cost")) * perDollar, within(0.5));
        x += attr(segment, "width");
      }
      double total = attr(elements(bar, "text[@class='total']").get(0), "data-total");
      assertThat(x - origin).isCloseTo(total * perDollar, within(0.5));
    }
    assertThat(text(svg)).contains("plain-1", "long-1", "$0.38 \u00b7 cheapest", "$0.48 \u00b7 1.26\u00d7 cheapest",
        "1 Alpha", "Linear scale from $0.");
  }

  @Test
  void aWideSpreadGoesOnALogScaleAndSaysSo() throws Exception {
    Document svg = svg(Cli.fixture("compare", "--models", "t1,plain-1,long-1", "--suite", "all", "--format", "svg"));
    Map<String, BigDecimal> ticks = ticks(svg);
    double one = ticks.get("$1").doubleValue();
    double perDecade = ticks.get("$10").doubleValue() - one;
    assertThat(ticks.get("$0.1").doubleValue()).isCloseTo(one - perDecade, within(0.01));
    // On a log axis a segment's length would not be its cost: each total is a dot, and no bar is stacked.
    for (Element row : elements(svg, "//g[@class='model']")) {
      assertThat(elements(row, "rect[@class='segment']")).isEmpty();
      double total = attr(elements(row, "text[@class='total']").get(0), "data-total");
      assertThat(attr(elements(row, "circle[@class='dot']").get(0), "cx"))
          .isCloseTo(one + perDecade * Math.log10(total), within(0.5));
    }
    // The split by benchmark is a panel of shares: every bar the full width, segments in proportion to cost.
    List<Element> shares = elements(svg, "//g[@class='shares']");
    assertThat(shares).hasSize(3);
    Double fullWidth = null;
    for (Element row : shares) {
      List<Element> segments = elements(row, "rect[@class='segment']");
      Element last = segments.get(segments.size() - 1);
      double length = attr(last, "x") + attr(last, "width") - attr(segments.get(0), "x");
      fullWidth = fullWidth == null ? length : fullWidth;
      assertThat(length).isCloseTo(fullWidth, within(0.5));
      double sum = 0;
      for (Element segment : segments) {
        sum += Double.parseDouble(segment.getAttribute("data-cost"));
      }
      for (Element segment : segments) {
        assertThat(attr(segment, "width"))
            .isCloseTo(length * Double.parseDouble(segment.getAttribute("data-cost")) / sum, within(0.5));
      }
    }
    assertThat(text(svg)).contains("Share of each model's total, by benchmark", "100%");
    assertThat(text(svg)).contains("Logarithmic scale: the largest total is 14.4\u00d7 the smallest",
        "$5.47 \u00b7 14.39\u00d7 cheapest");
  }

  @Test
  void whiskersSpanTheRangeOfEachTotal() throws Exception {
    Document svg = svg(Cli.fixture("compare", "--models", "plain-1,long-1", "--suite", "all", "--format", "svg"));
    Map<String, BigDecimal> ticks = ticks(svg);
    double origin = ticks.get("$0").doubleValue();
    Map.Entry<String, BigDecimal> last = new ArrayList<>(ticks.entrySet()).get(ticks.size() - 1);
    double perDollar = (last.getValue().doubleValue() - origin) / dollars(last.getKey());
    List<Element> whiskers = elements(svg, "//line[@class='ink whisker']");
    assertThat(whiskers).hasSize(2);
    for (Element w : whiskers) {
      assertThat(attr(w, "x1")).isCloseTo(origin + perDollar * Double.parseDouble(w.getAttribute("data-low")), within(0.5));
      assertThat(attr(w, "x2")).isCloseTo(origin + perDollar * Double.parseDouble(w.getAttribute("data-high")), within(0.5));
    }
  }

  @Test
  void anUnpricedModelDrawsNoBarAndSaysItsTotalIsIncomplete() throws Exception {
    Document svg = svg(Cli.fixture("compare", "--models", "plain-1,future-1", "--suite", "all", "--format", "svg"));
    List<Element> bars = elements(svg, "//g[@class='model']");
    assertThat(elements(bars.get(1), "rect")).isEmpty();
    assertThat(text(svg)).contains("no price");
  }

  @Test
  void backtestPointsSitAtTheirCostsOnLogLogAxes() throws Exception {
    Document svg = svg(Cli.fixture("backtest", "--format", "svg"));
    Map<String, BigDecimal> ticks = ticks(svg);
    double ten = ticks.get("$10").doubleValue();
    double perDecade = ticks.get("$100").doubleValue() - ten;
    Element point = elements(svg, "//g[@class='point']").get(0);
    Element dot = elements(point, "circle").get(0);
    assertThat(attr(dot, "cx")).isCloseTo(ten + perDecade * Math.log10(15.21 / 10), within(0.5));
    // the vertical axis: $10 at the bottom (468), $100 one decade (the same pixels) above it
    assertThat(attr(dot, "cy")).isCloseTo(468 - perDecade * Math.log10(23.21 / 10), within(0.5));
    assertThat(dot.getAttribute("class")).isEqualTo("dot");
    assertThat(text(svg)).contains("think-1 (high)", "published cost (USD)", "estimated cost (USD)",
        "dashed line: estimate = published");
    assertThat(elements(svg, "//line[@class='ink identity']")).hasSize(1);
  }

  @Test
  void backtestNamesNeverOverlapAndSitRightOfTheirPoints(@TempDir Path dir) throws Exception {
    try (var files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("published.json"), """
        {"schema_version": 1, "published": [
          {"id": "t", "model": "think-1", "setting": "high", "suite": "small", "cost_usd": 15.21,
           "prices_as_of": "2024-06-01", "calibrate": true, "source": "s", "checked": "2024-06-01"},
          {"id": "p-small", "model": "plain-1", "suite": "small", "cost_usd": 0.30,
           "prices_as_of": "2024-06-01", "calibrate": false, "source": "s", "checked": "2024-06-01"},
          {"id": "p-all", "model": "plain-1", "suite": "all", "cost_usd": 0.31,
           "prices_as_of": "2024-06-01", "calibrate": false, "source": "s", "checked": "2024-06-01"},
          {"id": "l-all", "model": "long-1", "suite": "all", "cost_usd": 0.32,
           "prices_as_of": "2024-06-01", "calibrate": false, "source": "s", "checked": "2024-06-01"}
        ]}
        """);
    Document svg = svg(Cli.run("backtest", "--format", "svg", "--data-dir", dir.toString()));
    List<double[]> labels = new ArrayList<>();
    for (Element point : elements(svg, "//g[@class='point']")) {
      Element dot = elements(point, "circle").get(0);
      Element name = elements(point, "text").get(0);
      assertThat(attr(name, "x")).isGreaterThan(attr(dot, "cx"));
      labels.add(new double[] {attr(name, "y"), attr(dot, "cy")});
    }
    assertThat(labels).hasSize(4);
    labels.sort(java.util.Comparator.comparingDouble(l -> l[0]));
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i)[0] - labels.get(i - 1)[0]).as("gap between names").isGreaterThanOrEqualTo(15);
    }
    assertThat(labels).anySatisfy(l -> assertThat(l[0]).as("a name moved off its point").isNotEqualTo(l[1]));
  }

  @Test
  void planBarsShowTheShareOfItemsAndTheHalfWidths() throws Exception {
    Document svg = svg(Cli.fixture("plan", "-m", "plain-1", "--suite", "all", "--budget", "0.10", "--format", "svg"));
    Map<String, Double> items = new LinkedHashMap<>();
    Map<String, Double> widths = new LinkedHashMap<>();
    for (Element row : elements(svg, "//g[@class='benchmark']")) {
      items.put(row.getAttribute("data-benchmark"), attr(elements(row, "rect[@class='items']").get(0), "width"));
      widths.put(row.getAttribute("data-benchmark"), attr(elements(row, "rect[@class='half-width']").get(0), "width"));
    }
    // 42 of 100, 20 of 50, 10 of 10 on a 260-pixel track
    assertThat(items).containsExactly(Map.entry("alpha", 109.2), Map.entry("beta", 104.0), Map.entry("gamma", 260.0));
    // half-widths 0.1512, 0.2191, 0.3099: the widest fills the 220-pixel panel
    assertThat(widths.get("gamma")).isEqualTo(220.0);
    assertThat(widths.get("alpha")).isCloseTo(220 * 0.1512 / 0.3099, within(0.01));
    assertThat(text(svg)).contains("42 of 100 \u00b7 $0.02", "\u00b115.1 pts", "Total $0.10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"estimate", "compare", "plan", "backtest"})
  void htmlIsOneSelfContainedAccessibleFile(String command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "estimate" -> args.addAll(List.of("-m", "t1", "--suite", "all"));
      case "compare" -> args.addAll(List.of("--models", "t1,plain-1", "--suite", "all"));
      case "plan" -> args.addAll(List.of("-m", "plain-1", "--suite", "all", "--budget", "0.10"));
      default -> { }
    }
    args.addAll(List.of("--format", "html"));
    Cli.Result result = Cli.fixture(args.toArray(String[]::new));
    assertThat(result.code()).isZero();
    String html = result.out();
    assertSelfContained(html);
    Document page = parse(html);
    assertThat(elements(page, "//svg")).hasSize(1);
    Element svg = elements(page, "//svg").get(0);
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    for (String id : svg.getAttribute("aria-labelledby").split(" ")) {
      assertThat(elements(page, "//*[@id='" + id + "']")).as(id).hasSize(1);
      assertThat(elements(page, "//*[@id='" + id + "']").get(0).getTextContent()).isNotBlank();
    }
    assertThat(elements(page, "//table")).hasSize(command.equals("backtest") ? 2 : 1); // backtest: by class, then rows
    assertThat(elements(page, "//figcaption")).hasSize(1);
    assertThat(html).contains("prefers-color-scheme: dark", "@media print");
    for (Element segment : elements(page, "//rect[@class='segment']")) {
      assertThat(segment.getElementsByTagName("title").getLength()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"models", "benchmarks", "suites"})
  void listingsHaveNoChart(String command) {
    for (String format : List.of("html", "svg")) {
      Cli.Result result = Cli.fixture(command, "--format", format);
      assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).contains("'" + command + "' has no chart", "estimate, compare, plan and backtest");
    }
  }

  /** The format is refused as the options are parsed: before any data is read, so a broken data folder is not met. */
  @Test
  void anUnrenderableFormatIsRefusedBeforeTheDataIsRead() {
    Cli.Result result = Cli.run("models", "--format", "svg", "--data-dir", "/nonexistent/evalcost-data");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("evalcost: 'models' has no chart").contains("Run 'evalcost models --help'");
    assertThat(Cli.run("models", "--format", "json", "--data-dir", "/nonexistent/evalcost-data").code())
        .isEqualTo(ExitCodes.DATA);
  }

  static void assertSelfContained(String markup) {
    String withoutNamespaces = markup.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
        .replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");
    assertThat(withoutNamespaces).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
        .doesNotContain("//").doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
        .doesNotContain("src=").doesNotContain("href=");
  }

  static Document svg(Cli.Result result) throws Exception {
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertSelfContained(result.out());
    return parse(result.out());
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Object context, String xpath) throws Exception {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** Tick label to its pixel, from the horizontal axis. */
  private static Map<String, BigDecimal> ticks(Document svg) throws Exception {
    Map<String, BigDecimal> ticks = new LinkedHashMap<>();
    for (Element label : elements(svg, "//g[@class='axis'][1]/text[@text-anchor='middle']")) {
      if (label.getTextContent().startsWith("$")) {
        ticks.put(label.getTextContent(), new BigDecimal(label.getAttribute("x")));
      }
    }
    return ticks;
  }

  private static double dollars(String label) {
    return Double.parseDouble(label.substring(1).replace(",", ""));
  }

  private static double attr(Element e, String name) {
    return Double.parseDouble(e.getAttribute(name));
  }

  private static String text(Document svg) {
    return svg.getDocumentElement().getTextContent();
  }
}
