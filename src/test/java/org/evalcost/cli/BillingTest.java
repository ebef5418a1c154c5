package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every billing flag through the real command line, on the frozen catalog, against costs
 * computed by hand. long-1 bills $1 / $2 per 1M tokens, and $2 / $4 for requests above 500 input
 * tokens; its prior is 100 / 400 / 1000 output tokens on alpha / beta / gamma.
 */
class BillingTest {
  private static JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--format");
    all.add("json");
    Cli.Result result = Cli.fixture(all.toArray(String[]::new));
    assertThat(result.err()).isEmpty();
    return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(result.out());
  }

  /** Line costs then the total, as numbers: "0.20" and "0.2" are the same cost. */
  private static List<BigDecimal> costs(JsonNode estimate) {
    List<BigDecimal> costs = new ArrayList<>();
    estimate.get("rows").forEach(r -> costs.add(r.get("costUsd").isNull() ? null : r.get("costUsd").decimalValue()));
    costs.add(estimate.get("total").get("costUsd").decimalValue());
    return costs;
  }

  private static void assertCosts(JsonNode estimate, String... expected) {
    assertThat(costs(estimate)).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(java.util.Arrays.stream(expected).map(BigDecimal::new).toArray(BigDecimal[]::new));
  }

  @Test
  void longContextTier() throws IOException {
    // alpha: 100 x 200 in at $1 + 100 x 100 out at $2 = 0.04.
    // beta: 1000 input per request crosses 500: 100 x 1000 at $2 + 100 x 400 at $4 = 0.36.
    // gamma: exactly 500 is not above the threshold: 30 x 500 at $1 + 30 x 1000 at $2 = 0.075 -> 0.08.
    JsonNode e = json("estimate", "-m", "long", "--suite", "all");
    assertCosts(e, "0.04", "0.36", "0.08", "0.48");
    assertThat(e.get("rows").get(1).get("priceNote").asText()).contains("above 500 input tokens");
  }

  @Test
  void batchUsesTheProvidersDiscountOnTierRates() throws IOException {
    // Half of the above, line by line: 0.02, 0.18, 0.0375 -> 0.04.
    assertCosts(json("estimate", "-m", "long", "--suite", "all", "--batch"), "0.02", "0.18", "0.04", "0.24");
  }

  @Test
  void batchUsesExplicitRates() throws IOException {
    // plain-1 batch 0.5 / 1.5: alpha 20,000 x 0.5 + 10,000 x 1.5 = 0.025 -> 0.03; beta 0.05 + 0.06 = 0.11.
    assertCosts(json("estimate", "-m", "plain-1", "--batch"), "0.03", "0.11", "0.14");
  }

  @Test
  void batchWithoutABatchApiIsUnpricedAndSaysSo() throws IOException {
    JsonNode e = json("estimate", "-m", "future-1", "--batch", "--as-of", "2030-01-02");
    assertThat(e.get("total").get("complete").asBoolean()).isFalse();
    assertThat(e.get("rows").get(0).get("costUsd").isNull()).isTrue();
    assertThat(e.get("warnings").get(0).asText()).isEqualTo("total is incomplete: no batch price: Other has no batch API in the data");
  }

  @Test
  void cacheHitRate() throws IOException {
    // plain-1, half the input cached at $0.5: alpha 10,000 x 1 + 10,000 x 0.5 + 10,000 x 3 = 0.045 -> 0.05;
    // beta 50,000 x 1 + 50,000 x 0.5 + 40,000 x 3 = 0.195 -> 0.20.
    assertCosts(json("estimate", "-m", "plain-1", "--cache-hit-rate", "0.5"), "0.05", "0.20", "0.25");
    assertThat(costs(json("estimate", "-m", "plain-1", "--cache-hit-rate", "0")))
        .isEqualTo(costs(json("estimate", "-m", "plain-1")));
  }

  @Test
  void asOfPicksThePricePeriod() throws IOException {
    // think-1 at 2024 prices ($10 / $40) is what its calibration reproduces; at 2025 prices ($2 / $8), 3.04.
    JsonNode then = json("estimate", "-m", "t1", "--as-of", "2024-06-01");
    assertCosts(then, "6.21", "9.00", "15.21");
    assertThat(then.get("prices").get("effectiveFrom").asText()).isEqualTo("2024-01-01");
    JsonNode now = json("estimate", "-m", "t1", "--as-of", "2025-01-01");
    assertCosts(now, "1.24", "1.80", "3.04");
    assertThat(now.get("prices").get("effectiveFrom").asText()).isEqualTo("2025-01-01");
    JsonNode before = json("estimate", "-m", "t1", "--as-of", "2023-12-31");
    assertThat(before.get("prices").isNull()).isTrue();
  }

  @Test
  void givenTokenCounts() throws IOException {
    // 40 items x 2 repeats x (1,500 in at $2 + 250.5 out at $8) / 1e6 = 0.24 + 0.16032 = 0.40032.
    JsonNode e = json("estimate", "-m", "t1", "--items", "40", "--repeats", "2", "--input-tokens", "1500",
        "--output-tokens", "250.5");
    assertCosts(e, "0.40", "0.40");
    assertThat(e.get("rows").get(0).get("basis").asText()).isEqualTo("given");
    assertThat(e.get("rows").get(0).get("inputTokens").asLong()).isEqualTo(120000);
  }

  @Test
  void compareRanksAgainstTheCheapest() throws IOException {
    JsonNode c = json("compare", "--models", "t1,plain-1", "--model", "long");
    assertThat(c.get("cheapest").asText()).isEqualTo("plain-1");
    List<BigDecimal> ratios = new ArrayList<>();
    c.get("models").forEach(m -> ratios.add(m.get("ratioToCheapest").decimalValue()));
    // 3.04 / 0.27 = 11.2593; 0.27 / 0.27 = 1; long-1 on small: 0.04 + 0.36 = 0.40, / 0.27 = 1.4815.
    assertThat(ratios).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("11.2593"), BigDecimal.ONE, new BigDecimal("1.4815"));
  }

  @Test
  void compareCsvReproducesEveryTotal() throws IOException {
    JsonNode c = json("compare", "--models", "t1,plain-1,long", "--suite", "all");
    String csv = Cli.fixture("compare", "--models", "t1,plain-1,long", "--suite", "all", "--format", "csv").out();
    for (JsonNode model : c.get("models")) {
      String id = model.get("model").get("id").asText();
      assertThat(CsvSums.sum(csv, "cost_usd", "model", id)).as(id)
          .isEqualByComparingTo(model.get("total").get("costUsd").decimalValue());
    }
  }

  /** On the shipped data: v4.1's agentic evals bill their cached share; --no-cache bills them at list. */
  @Test
  void agenticEvalsReadTheirSharedContextFromTheCache() throws IOException {
    Cli.Result cached = Cli.run("estimate", "-m", "gpt-5.5", "--suite", "aa-index-v4.1", "--as-of", "2026-07-10", "--format", "json");
    Cli.Result list = Cli.run("estimate", "-m", "gpt-5.5", "--suite", "aa-index-v4.1", "--as-of", "2026-07-10", "--no-cache",
        "--format", "json");
    JsonNode c = new ObjectMapper().readTree(cached.out());
    JsonNode l = new ObjectMapper().readTree(list.out());
    assertThat(c.get("billing").get("benchmarkCache").asBoolean()).isTrue();
    assertThat(l.get("billing").get("benchmarkCache").asBoolean()).isFalse();
    for (int i = 0; i < c.get("rows").size(); i++) {
      JsonNode row = c.get("rows").get(i);
      boolean agentic = List.of("gdpval-aa-v2", "tau3-banking", "terminal-bench-2.1").contains(row.get("benchmark").asText());
      assertThat(row.path("priceNote").asText("")).as(row.get("benchmark").asText())
          .contains(agentic ? "% of input from the prompt cache (the benchmark's share" : "");
      int cmp = row.get("costUsd").decimalValue().compareTo(l.get("rows").get(i).get("costUsd").decimalValue());
      assertThat(cmp).as(row.get("benchmark").asText()).isEqualTo(agentic ? -1 : 0);
    }
  }

  /** On the shipped data: SimpleQA's grader is a line of its own, and --grader swaps it for another model. */
  @Test
  void aGradedBenchmarkBillsItsGraderAndGraderSwapsIt() throws IOException {
    JsonNode own = new ObjectMapper().readTree(Cli.run("estimate", "-m", "gpt-4o", "--benchmark", "simpleqa",
        "--as-of", "2026-07-10", "--format", "json").out());
    JsonNode mini = new ObjectMapper().readTree(Cli.run("estimate", "-m", "gpt-4o", "--benchmark", "simpleqa",
        "--grader", "gpt-4.1-mini", "--as-of", "2026-07-10", "--format", "json").out());
    assertThat(own.get("rows")).hasSize(2);
    assertThat(own.get("rows").get(1).get("benchmark").asText()).isEqualTo("simpleqa/grader");
    assertThat(own.get("rows").get(1).get("basis").asText()).isEqualTo("grader");
    assertThat(own.get("rows").get(1).get("source").asText()).startsWith("grader gpt-4.1-2025-04-14 (the benchmark's)");
    assertThat(mini.get("rows").get(1).get("source").asText()).startsWith("grader gpt-4.1-mini-2025-04-14 (--grader)");
    // gpt-4.1-mini's rates are a fifth of gpt-4.1's: the grading costs a fifth as much, the model's line the same.
    assertThat(mini.get("rows").get(0).get("costUsd").decimalValue())
        .isEqualByComparingTo(own.get("rows").get(0).get("costUsd").decimalValue());
    assertThat(mini.get("rows").get(1).get("costUsd").decimalValue().multiply(BigDecimal.valueOf(5)))
        .isCloseTo(own.get("rows").get(1).get("costUsd").decimalValue(), org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
  }
}
