package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evalcost.importer.PriceCache;
import org.evalcost.importer.PriceUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evalcost update against a loopback HTTP server: a good catalog is installed and then priced
 * from, and every bad answer (HTML, cut short, slow, shrunken, an error status, too large) is
 * refused with exit code 6 and leaves the previous download exactly as it was.
 */
class UpdateTest {
  @TempDir Path tmp;
  private HttpServer server;
  private Path data;
  private Path home;
  private volatile String body;
  private volatile String contentType = "application/json";
  private volatile int status = 200;
  private volatile long delayMillis;
  private volatile boolean cutShort;

  /** Five generated models from genai-prices, beside the frozen test catalog. */
  @BeforeEach
  void start() throws IOException {
    data = tmp.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path f : files.toList()) {
        // The generated rules name the shipped classes: the fixture's 'plain' is called 'non-reasoning' here.
        Files.writeString(data.resolve(f.getFileName()), Files.readString(f).replace("\"plain\"", "\"non-reasoning\""));
      }
    }
    StringBuilder generated = new StringBuilder("{\"schema_version\": 1, \"models\": [");
    for (int i = 1; i <= 5; i++) {
      generated.append(i > 1 ? "," : "").append("{\"id\": \"gen-").append(i).append("\", \"provider\": \"acme\", ")
          .append("\"prior\": \"non-reasoning\", \"prices\": [{\"effective_from\": \"2024-01-01\", \"input\": 1, \"output\": 2, ")
          .append("\"source\": \"genai-prices test copy\", \"checked\": \"2024-01-01\"}], ")
          .append("\"source\": \"genai-prices test copy, entry acme/gen-").append(i)
          .append("\", \"checked\": \"2024-01-01\"}");
    }
    Files.writeString(data.resolve("upstream-models.json"), generated.append("]}\n").toString());
    home = tmp.resolve("home");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/data.json", exchange -> {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      try (OutputStream out = exchange.getResponseBody()) {
        if (cutShort) {
          exchange.sendResponseHeaders(status, 0);
          out.write(bytes, 0, bytes.length / 2);
        } else {
          exchange.sendResponseHeaders(status, bytes.length);
          out.write(bytes);
        }
      } catch (IOException closedByTheClient) {
        // a refused answer: the client hung up
      }
    });
    server.start();
    body = catalog(1.5, 0.5, 5, true);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** A genai-prices catalog: plain-1 at {@code plain}, gen-1 at {@code gen1}, gen-2..gen-{@code gens}, and a new model. */
  private static String catalog(double plain, double gen1, int gens, boolean withNew) {
    List<String> models = new ArrayList<>();
    models.add(model("plain-1", plain, 3));
    models.add(model("gen-1", gen1, 2));
    for (int i = 2; i <= gens; i++) {
      models.add(model("gen-" + i, 1, 2));
    }
    if (withNew) {
      models.add(model("brand-new-1", 7, 9));
    }
    return "[{\"id\": \"acme\", \"name\": \"Acme\", \"models\": [" + String.join(",", models) + "]}]";
  }

  private static String model(String id, double input, double output) {
    return "{\"id\": \"" + id + "\", \"match\": {\"equals\": \"" + id + "\"}, \"prices\": {\"input_mtok\": " + input
        + ", \"output_mtok\": " + output + "}}";
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/data.json";
  }

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir");
    all.add(data.toString());
    return Cli.run(new Environment(Cli.CLOCK, Map.of("EVALCOST_HOME", home.toString()), false),
        all.toArray(String[]::new));
  }

  /** One million input tokens of {@code model}: its input price per 1M, as the JSON total says. */
  private java.math.BigDecimal millionInputTokens(String model, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("estimate", "-m", model, "--items", "1000", "--input-tokens", "1000",
        "--output-tokens", "0", "--format", "json"));
    args.addAll(List.of(more));
    Cli.Result r = run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(r.out()).get("total").get("costUsd").decimalValue();
  }

  @Test
  void aGoodCatalogIsInstalledAndPricesEstimatesFromItsDayOn() throws IOException {
    assertThat(millionInputTokens("plain-1")).isEqualByComparingTo("1.00");
    Cli.Result r = run("update", "--url", url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 new models, 1 curated models repriced from today, 0 confirmed at their price, "
        + "5 of the 5 built-in models");
    assertThat(home.resolve("prices").resolve(PriceUpdate.META)).exists();
    assertThat(millionInputTokens("plain-1")).isEqualByComparingTo("1.50");
    assertThat(millionInputTokens("plain-1", "--as-of", "2025-05-31")).isEqualByComparingTo("1.00"); // history kept
    assertThat(millionInputTokens("gen-1")).isEqualByComparingTo("0.50");
    assertThat(millionInputTokens("gen-2")).isEqualByComparingTo("1.00");
    assertThat(millionInputTokens("brand-new-1")).isEqualByComparingTo("7.00");
    Cli.Result json = run("estimate", "-m", "plain-1", "--format", "json");
    assertThat(json.out()).contains("\"source\": \"downloaded 2025-06-01 from " + url());
    // Without the cache folder, the built-in prices again.
    Cli.Result plain = Cli.run("estimate", "-m", "plain-1", "--items", "1000", "--input-tokens", "1000",
        "--output-tokens", "0", "--data-dir", data.toString(), "--format", "csv");
    assertThat(plain.out()).contains(",1.00,");
  }

  @Test
  void aCuratedPriceTheDownloadGivesTooCountsAsCheckedOnTheDownloadsDay() throws IOException {
    body = catalog(1, 0.5, 5, true); // plain-1 at its curated $1 in, $3 out
    Cli.Result r = run("update", "--url", url());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("0 curated models repriced from today, 1 confirmed at their price");
    assertThat(home.resolve("prices").resolve(PriceUpdate.CONFIRMED)).exists();
    JsonNode prices = new ObjectMapper().readTree(run("estimate", "-m", "plain-1", "--format", "json").out()).get("prices");
    assertThat(prices.get("checked").asText()).isEqualTo("2025-06-01");
    assertThat(prices.get("source").asText()).startsWith("fixture; the same rates in downloaded 2025-06-01 from " + url());
    assertThat(millionInputTokens("plain-1")).isEqualByComparingTo("1.00");
  }

  private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
    Map<Path, byte[]> files = new java.util.TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Installs a good catalog, then asks for a bad one: exit 6, the message, and the old files unchanged. */
  private void expectRefusal(Runnable setUp, String message, String... args) throws IOException {
    assertThat(run("update", "--url", url()).code()).isZero();
    Path dir = home.resolve("prices");
    Map<Path, byte[]> before = snapshot(dir);
    setUp.run();
    List<String> all = new ArrayList<>(List.of("update", "--url", url()));
    all.addAll(List.of(args));
    Cli.Result r = run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.UPDATE_FAILED);
    assertThat(r.err()).contains("evalcost: update failed: ").contains(message)
        .endsWith("; the previous prices are kept\n").doesNotContain("\tat ");
    Map<Path, byte[]> after = snapshot(dir);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((p, bytes) -> assertThat(after.get(p)).as(p.toString()).isEqualTo(bytes));
    try (Stream<Path> left = Files.list(home)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("prices"); // no temporary left behind
    }
  }

  @Test
  void anHtmlPageIsRefused() throws IOException {
    expectRefusal(() -> {
      contentType = "text/html; charset=utf-8";
      body = "<!doctype html><html><body>Sign in</body></html>";
    }, "an HTML page");
  }

  @Test
  void aCutShortAnswerIsRefused() throws IOException {
    expectRefusal(() -> cutShort = true, "cut short or not JSON");
  }

  @Test
  void aSlowServerIsRefusedAfterTheTimeout() throws IOException {
    expectRefusal(() -> delayMillis = 3000, "within 1 s (--timeout)", "--timeout", "1");
  }

  @Test
  void aCatalogWithUnderHalfTheModelsIsRefused() throws IOException {
    expectRefusal(() -> body = catalog(1.5, 0.5, 1, false), "under half of the 5");
  }

  @Test
  void aCatalogThatDropsMoreThanAFifthIsRefused() throws IOException {
    expectRefusal(() -> body = catalog(1.5, 0.5, 3, false), "drops 2 of the 5 models");
  }

  @Test
  void anErrorStatusIsRefused() throws IOException {
    expectRefusal(() -> status = 503, "answered HTTP 503");
  }

  @Test
  void anAnswerOverTheSizeCapIsRefused() throws IOException {
    expectRefusal(() -> { }, "more than the cap of 100", "--max-size", "100");
  }

  @Test
  void theCacheFolderFollowsTheEnvironment() {
    assertThat(PriceCache.dir(Map.of("EVALCOST_HOME", "/a", "XDG_CACHE_HOME", "/b", "HOME", "/c")))
        .isEqualTo(Path.of("/a"));
    assertThat(PriceCache.dir(Map.of("XDG_CACHE_HOME", "/b", "HOME", "/c"))).isEqualTo(Path.of("/b/evalcost"));
    assertThat(PriceCache.dir(Map.of("HOME", "/c"))).isEqualTo(Path.of("/c/.cache/evalcost"));
    assertThat(PriceCache.dir(Map.of())).isNull();
    Cli.Result r = Cli.run(new Environment(Cli.CLOCK, Map.of(), false), "update", "--url", "http://127.0.0.1:9/x");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no cache folder: set EVALCOST_HOME");
  }
}
