package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of the billing, comparison and price-file options: a message and a documented code. */
class BillingErrorsTest {

  private static void usage(Cli.Result result, String... message) {
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void noCacheContradictsACacheHitRate() {
    usage(Cli.fixture("estimate", "-m", "t1", "--no-cache", "--cache-hit-rate", "0.5"),
        "--no-cache and --cache-hit-rate contradict each other; give one");
  }

  @Test
  void diffRefusesAGrader() {
    usage(Cli.fixture("diff", "--base-as-of", "2025-01-01", "--grader", "plain-1"),
        "--grader does not apply to diff: both sides use each benchmark's own grader");
  }

  @Test
  void badDate() {
    usage(Cli.fixture("estimate", "-m", "t1", "--as-of", "2025-13-01"),
        "Invalid value for option '--as-of': '2025-13-01' is not a date like 2025-06-10");
    usage(Cli.fixture("diff", "--base-as-of", "yesterday"), "'yesterday' is not a date like 2025-06-10");
  }

  @Test
  void cacheHitRateOutsideZeroToOne() {
    usage(Cli.fixture("estimate", "-m", "t1", "--cache-hit-rate", "1.5"), "--cache-hit-rate must be between 0 and 1 (was 1.5)");
    usage(Cli.fixture("estimate", "-m", "t1", "--cache-hit-rate", "half"), "Invalid value for option '--cache-hit-rate'");
  }

  @Test
  void unknownModelInModels() {
    usage(Cli.fixture("compare", "--models", "t1,plain-2"), "unknown model 'plain-2' (to price a model the catalog lacks", "Did you mean: plain-1,");
    usage(Cli.fixture("compare"), "name the models to compare with --model or --models");
    usage(Cli.fixture("compare", "--models", "t1,think-1"), "'think-1' names think-1 (high), which is already compared");
  }

  @Test
  void negativeGates() {
    usage(Cli.fixture("estimate", "-m", "t1", "--max-cost", "-1"), "--max-cost must not be negative");
    usage(Cli.fixture("diff", "--base-as-of", "2025-01-01", "--fail-on-increase", "-5"), "--fail-on-increase must not be negative");
  }

  @Test
  void diffNeedsABase() {
    usage(Cli.fixture("diff"), "diff needs something to compare with: --base DIR, --base-prices FILE, --base-as-of DATE, or --prices FILE");
  }

  @Test
  void givenTokensNeedItemsAndNoSuite() {
    usage(Cli.fixture("estimate", "-m", "t1", "--input-tokens", "10", "--output-tokens", "5"),
        "--input-tokens goes with --items and --output-tokens");
    usage(Cli.fixture("estimate", "-m", "t1", "--items", "10", "--input-tokens", "10"), "--output-tokens must be given");
    usage(Cli.fixture("estimate", "-m", "t1", "--items", "0", "--input-tokens", "1", "--output-tokens", "1"),
        "--items must be at least 1 (was 0)");
  }

  @Test
  void pricesOnlyNeedsPrices() {
    usage(Cli.fixture("models", "--prices-only"), "--prices-only needs --prices FILE");
  }

  @Test
  void brokenPricesFileNamesFileLineAndField(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("negotiated.json");
    Files.writeString(prices, "{\n  \"schema_version\": 1,\n  \"models\": [\n    {\"id\": \"think-1\", \"provider\": \"acme\","
        + " \"prior\": \"plain\", \"prices\": [{\"effective_from\": \"2024-01-01\", \"input\": -1, \"output\": 1,"
        + " \"source\": \"contract\", \"checked\": \"2025-01-01\"}], \"source\": \"contract\", \"checked\": \"2025-01-01\"}\n  ]\n}\n");
    Cli.Result result = Cli.fixture("estimate", "-m", "t1", "--prices", prices.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err()).isEqualTo("evalcost: data error: " + prices
        + ":4:114: model 'think-1', field 'prices[0].input': must not be negative (was -1)\n");
    Cli.Result missing = Cli.fixture("estimate", "-m", "t1", "--prices", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.DATA);
    assertThat(missing.err()).isEqualTo("evalcost: data error: " + dir.resolve("nope.json") + ": no such file\n");
  }
}
