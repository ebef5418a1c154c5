package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalcost.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing LiteLLM and genai-prices catalogs: small hand-made ones, and the real ones when present. */
class ImportPricesTest {
  private static final String SMALL = "src/test/resources/import/";
  private static final Path SHARED = Golden.PROJECT.resolve("../shared/fixtures");

  @Test
  void smallLiteLlmCatalog() {
    Cli.Result result = Cli.fixture("import", "prices", SMALL + "litellm-small.json", "--from", "litellm");
    assertThat(result.code()).isZero();
    Golden.assertMatches("import-litellm.json", result.out());
    Golden.assertMatches("import-litellm.stderr.txt", result.err());
  }

  @Test
  void smallGenAiPricesCatalog() {
    Cli.Result result = Cli.fixture("import", "prices", SMALL + "genai-small.json", "--from", "genai-prices");
    assertThat(result.code()).isZero();
    Golden.assertMatches("import-genai.json", result.out());
    Golden.assertMatches("import-genai.stderr.txt", result.err());
    Golden.assertMatches("import-genai-verbose.stderr.txt", Cli.fixture("import", "prices", SMALL + "genai-small.json",
        "--from", "genai-prices", "--verbose").err());
  }

  @Test
  void anImportedFileWorksAsPrices(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("prices.json");
    assertThat(Cli.fixture("import", "prices", SMALL + "genai-small.json", "--from", "genai-prices", "-o",
        out.toString()).code()).isZero();
    // think-1 (high) on "small" at the imported 2025 rates, as before: 3.04.
    Cli.Result estimate = Cli.fixture("estimate", "-m", "think-1", "--prices", out.toString(), "--format", "csv");
    assertThat(estimate.code()).as(estimate.err()).isZero();
    assertThat(CsvSums.sum(estimate.out(), "cost_usd")).isEqualByComparingTo("3.04");
    assertThat(Cli.fixture("estimate", "-m", "long-2", "--prices", out.toString()).code()).isZero();
  }

  @Test
  void badInputs(@TempDir Path dir) throws IOException {
    Cli.Result missing = Cli.fixture("import", "prices", dir.resolve("none.json").toString(), "--from", "litellm");
    assertThat(missing.code()).isEqualTo(ExitCodes.DATA);
    assertThat(missing.err()).endsWith("none.json: no such file\n");
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\n  \"o1\": {\"input_cost_per_token\": 1e-05,\n");
    Cli.Result truncated = Cli.fixture("import", "prices", cut.toString(), "--from", "litellm");
    assertThat(truncated.code()).isEqualTo(ExitCodes.DATA);
    assertThat(truncated.err()).contains("cut.json:3:");
    Cli.Result wrongShape = Cli.fixture("import", "prices", SMALL + "litellm-small.json", "--from", "genai-prices");
    assertThat(wrongShape.code()).isEqualTo(ExitCodes.DATA);
    assertThat(wrongShape.err()).contains("expected a list of providers");
    Cli.Result badFormat = Cli.fixture("import", "prices", SMALL + "litellm-small.json", "--from", "openrouter");
    assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFormat.err()).contains("'openrouter' is not a format: litellm or genai-prices");
  }

  private static JsonNode price(JsonNode models, String id) {
    for (JsonNode m : models.get("models")) {
      if (m.get("id").asText().equals(id)) {
        JsonNode prices = m.get("prices");
        return prices.get(prices.size() - 1);
      }
    }
    throw new AssertionError("no model " + id);
  }

  private static void ratesAre(JsonNode p, String input, String cached, String output) {
    assertThat(p.get("input").decimalValue()).isEqualByComparingTo(input);
    assertThat(p.get("cached_input").decimalValue()).isEqualByComparingTo(cached);
    assertThat(p.get("output").decimalValue()).isEqualByComparingTo(output);
  }

  @Test
  void realCatalogsGiveFactsRates(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "../shared/fixtures is not beside the project");
    ObjectMapper mapper = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    for (String[] source : new String[][] {
        {"litellm", "litellm/model_prices_and_context_window.json"}, {"genai-prices", "genai-prices/data.json"}}) {
      Path out = dir.resolve(source[0] + ".json");
      Cli.Result result = Cli.run("import", "prices", SHARED.resolve(source[1]).toString(), "--from", source[0],
          "-o", out.toString());
      assertThat(result.code()).as(result.err()).isZero();
      assertThat(result.err()).containsPattern("imported [0-9,]{5} models \\(\\d+ of them the catalog's");
      assertThat(result.err().lines().count()).as("a summary, not hundreds of lines").isLessThanOrEqualTo(3);
      assertThat(result.err()).contains("(--verbose lists each)");
      Cli.Result verbose = Cli.run("import", "prices", SHARED.resolve(source[1]).toString(), "--from", source[0],
          "-o", out.toString(), "--verbose");
      assertThat(verbose.err().lines().filter(l -> l.startsWith("skipped ")).count()).isGreaterThan(100);
      JsonNode models = mapper.readTree(out.toFile());
      ratesAre(price(models, "o1-2024-12-17"), "15", "7.5", "60");
      ratesAre(price(models, "gpt-4o-2024-08-06"), "2.5", "1.25", "10");
      ratesAre(price(models, "claude-3-7-sonnet-20250219"), "3", "0.3", "15");
      assertThat(price(models, "claude-3-7-sonnet-20250219").get("cache_write").decimalValue()).isEqualByComparingTo("3.75");
      Cli.Result estimate = Cli.run("estimate", "-m", "o1", "--prices", out.toString(), "--format", "json");
      assertThat(estimate.code()).as(estimate.err()).isZero();
    }
  }
}
