package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile and estimate --profiles through the real command line. */
class ProfileCommandTest {

  /** A usage JSONL of n requests of plain-1 on a 10,000-item "pilot" dataset, outputs spread +/-50%. */
  private static Path pilot(Path dir, int n) throws IOException {
    StringBuilder lines = new StringBuilder();
    long state = 42;
    for (int i = 0; i < n; i++) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      long output = 500 + Math.floorMod(state >>> 33, 1000);
      lines.append("{\"model\": \"plain-1\", \"benchmark\": \"pilot\", \"input_tokens\": 300, \"output_tokens\": ")
          .append(output).append(", \"dataset_items\": 10000}\n");
    }
    Path file = dir.resolve("pilot-" + n + ".jsonl");
    Files.writeString(file, lines.toString());
    return file;
  }

  private static BigDecimal relativeWidth(Path dir, int n) throws IOException {
    Path profiles = dir.resolve("profiles-" + n + ".json");
    Cli.Result made = Cli.fixture("profile", pilot(dir, n).toString(), "-o", profiles.toString());
    assertThat(made.code()).as(made.err()).isZero();
    Cli.Result estimate = Cli.fixture("estimate", "-m", "plain-1", "--profiles", profiles.toString(),
        "--benchmark", "pilot", "--format", "json");
    assertThat(estimate.code()).as(estimate.err()).isZero();
    JsonNode total = new ObjectMapper().readTree(estimate.out()).get("total");
    assertThat(new ObjectMapper().readTree(estimate.out()).get("rows").get(0).get("items").asLong()).isEqualTo(10000);
    return total.get("costUsdHigh").decimalValue().subtract(total.get("costUsdLow").decimalValue())
        .divide(total.get("costUsd").decimalValue(), MathContext.DECIMAL64);
  }

  @Test
  void aPilotPricesTheWholeDatasetAndItsRangeNarrowsAsItGrows(@TempDir Path dir) throws IOException {
    List<BigDecimal> widths = new ArrayList<>();
    for (int n : new int[] {20, 200, 2000}) {
      widths.add(relativeWidth(dir, n));
    }
    assertThat(widths.get(1)).isLessThan(widths.get(0));
    assertThat(widths.get(2)).isLessThan(widths.get(1));
    // The standard error of the mean falls as 1/sqrt(n): about 3.2x per tenfold pilot.
    double first = widths.get(0).doubleValue() / widths.get(1).doubleValue();
    assertThat(first).isBetween(2.3, 4.5);
  }

  /** A calibrated line's range is its own: the same alone as within its suite (o1's AIME 2024 line). */
  @Test
  void aCalibratedLineHasTheSameRangeAloneAsInItsSuite() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode suite = mapper.readTree(Cli.run("estimate", "-m", "o1", "--suite", "aa-index-v2", "--format", "json").out()).get("rows");
    JsonNode alone = mapper.readTree(Cli.run("estimate", "-m", "o1", "--suite", "aa-index-v2", "--benchmark", "aime-2024", "--format", "json")
        .out()).get("rows").get(0);
    JsonNode inSuite = null;
    for (JsonNode row : suite) {
      if (row.get("benchmark").asText().equals("aime-2024")) {
        inSuite = row;
      }
    }
    for (String end : new String[] {"costUsdLow", "costUsdHigh"}) {
      double a = alone.get(end).asDouble();
      double b = inSuite.get(end).asDouble();
      assertThat(Math.abs(a - b) / b).as(end + ": alone " + a + ", in the suite " + b).isLessThan(0.15);
    }
  }

  /** One request says nothing of the spread between items: its range must not be a point. */
  @Test
  void aPilotOfOneRequestIsNotSureOfItsMean(@TempDir Path dir) throws IOException {
    BigDecimal one = relativeWidth(dir, 1);
    BigDecimal twenty = relativeWidth(dir, 20);
    assertThat(one).isGreaterThan(twenty);
    assertThat(one.doubleValue()).isGreaterThan(0.5);
  }

  @Test
  void measuredProfilesWinAndSaySo(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("alpha.jsonl");
    Files.writeString(usage, "{\"model\": \"t1\", \"setting\": \"high\", \"benchmark\": \"alpha\", \"input_tokens\": 200, \"output_tokens\": 500}\n"
        .repeat(3));
    Path profiles = dir.resolve("p.json");
    assertThat(Cli.fixture("profile", usage.toString(), "-o", profiles.toString()).code()).isZero();
    Cli.Result estimate = Cli.fixture("estimate", "-m", "t1", "--profiles", profiles.toString());
    assertThat(estimate.out()).contains("usage JSONL alpha.jsonl, 3 requests");
    // alpha now 100 x (200 in at $2 + 500 out at $8) = 0.44, not the shipped profile's 1.24.
    assertThat(estimate.out()).containsPattern("alpha +100 +1 +20,000 +50,000 +0\\.44");
  }

  @Test
  void aCorruptLogWritesNoOutputAndKeepsAnOldOne(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("bad.jsonl");
    Files.writeString(usage, "{\"model\": \"plain-1\", \"input_tokens\": 1, \"output_tokens\": 1}\n{oops\n");
    Path out = dir.resolve("out.json");
    Cli.Result result = Cli.fixture("profile", usage.toString(), "-o", out.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err()).contains("bad.jsonl:2:");
    assertThat(out).doesNotExist();
    Files.writeString(out, "previous");
    Cli.fixture("profile", usage.toString(), "-o", out.toString());
    assertThat(out).hasContent("previous");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.jsonl", "out.json");
    }
  }

  @Test
  void unknownModelsAreListedNotDropped(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("mixed.jsonl");
    Files.writeString(usage, "{\"model\": \"plain-1\", \"input_tokens\": 1, \"output_tokens\": 1}\n"
        + "{\"model\": \"mystery-9\", \"input_tokens\": 1, \"output_tokens\": 1}\n");
    Cli.Result result = Cli.fixture("profile", usage.toString());
    assertThat(result.code()).isZero();
    assertThat(result.err()).contains("skipped model 'mystery-9' in " + usage + ": not in the catalog");
    Path only = dir.resolve("only.jsonl");
    Files.writeString(only, "{\"model\": \"mystery-9\", \"input_tokens\": 1, \"output_tokens\": 1}\n");
    assertThat(Cli.fixture("profile", only.toString()).code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void tokensOfADataset(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("tiny.jsonl");
    Files.writeString(data, "{\"q\": {\"text\": \"hello world\"}}\n{\"q\": {\"text\": \"hello world hello world\"}}\n");
    Path out = dir.resolve("tiny.json");
    Cli.Result result = Cli.run("tokens", data.toString(), "--field", "q.text", "-o", out.toString());
    assertThat(result.code()).as(result.err()).isZero();
    // o200k_base: "hello world" is 2 tokens, "hello world hello world" 4: mean 3.
    JsonNode b = new ObjectMapper().readTree(out.toFile()).get("benchmarks").get(0);
    assertThat(b.get("items").asLong()).isEqualTo(2);
    assertThat(b.get("input_tokens").decimalValue()).isEqualByComparingTo("3");
    assertThat(result.err()).contains("approximate for non-OpenAI models");
    // The shipped priors have a default figure for benchmarks they do not name; the test catalog's do not.
    Cli.Result estimate = Cli.run("estimate", "-m", "o1", "--benchmark-file", out.toString(), "-b", "tiny");
    assertThat(estimate.code()).as(estimate.err()).isZero();
    assertThat(estimate.out()).contains("predicted");
    Cli.Result noFigure = Cli.fixture("estimate", "-m", "plain-1", "--benchmark-file", out.toString(), "-b", "tiny");
    assertThat(noFigure.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(noFigure.err()).contains("the prior 'plain' has no figure for it");
    Cli.Result missingField = Cli.run("tokens", data.toString(), "--field", "prompt");
    assertThat(missingField.code()).isEqualTo(ExitCodes.DATA);
    assertThat(missingField.err()).contains("tiny.jsonl:1:1: field 'prompt': is missing");
    assertThat(Cli.run("tokens", data.toString(), "--encoding", "p50k").code()).isEqualTo(ExitCodes.USAGE);
  }
}
