package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CI gates: distinct exit codes, the excess on stderr, the report still on stdout. */
class GatesTest {

  @Test
  void maxCostPassesAtTheTotal() {
    Cli.Result result = Cli.fixture("estimate", "-m", "t1", "--max-cost", "3.04");
    assertThat(result.code()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void maxCostFailsAboveItAndSaysByHowMuch() {
    Cli.Result result = Cli.fixture("estimate", "-m", "t1", "--max-cost", "3");
    assertThat(result.code()).isEqualTo(ExitCodes.GATE).isEqualTo(4);
    assertThat(result.out()).contains("3.04");
    assertThat(result.err()).isEqualTo("evalcost: over budget: think-1 (high) costs $3.04, $0.04 (1.3%) over --max-cost $3.00\n");
  }

  @Test
  void compareGatesEveryModel() {
    Cli.Result result = Cli.fixture("compare", "--models", "t1,plain-1,long", "--max-cost", "0.30");
    assertThat(result.code()).isEqualTo(ExitCodes.GATE);
    assertThat(result.err()).contains("think-1 (high) costs $3.04").contains("long-1 costs $0.40")
        .doesNotContain("plain-1");
  }

  @Test
  void aMissingPriceMakesTheGateUncheckable() {
    Cli.Result result = Cli.fixture("estimate", "-m", "future-1", "--max-cost", "1000");
    assertThat(result.code()).isEqualTo(ExitCodes.GATE_UNCHECKED).isEqualTo(5);
    assertThat(result.err()).contains("gate not checked: future-1: total incomplete, a price is missing");
  }

  @Test
  void failOnIncrease() {
    // think-1 from 2025 prices (3.04) back to 2024 prices (15.21): +400.3%.
    Cli.Result rise = Cli.fixture("diff", "--base-as-of", "2025-06-01", "--as-of", "2024-06-01", "-m", "t1",
        "--fail-on-increase", "400");
    assertThat(rise.code()).isEqualTo(ExitCodes.GATE);
    assertThat(rise.err()).isEqualTo(
        "evalcost: cost increase: think-1 (high) rose from $3.04 to $15.21 (+400.3%), more than 400%\n");
    assertThat(Cli.fixture("diff", "--base-as-of", "2025-06-01", "--as-of", "2024-06-01", "-m", "t1",
        "--fail-on-increase", "400.4").code()).isEqualTo(ExitCodes.OK);
    // A fall never fails the gate.
    assertThat(Cli.fixture("diff", "--base-as-of", "2024-06-01", "-m", "t1", "--fail-on-increase", "0").code())
        .isEqualTo(ExitCodes.OK);
  }

  @Test
  void failOnIncreaseCannotJudgeAnIncompleteTotal() {
    // future-1 is on sale on both dates, but its provider has no batch API: no batch price.
    Cli.Result result = Cli.fixture("diff", "--base-as-of", "2030-06-01", "--as-of", "2031-01-01", "--batch",
        "-m", "future-1", "--fail-on-increase", "10");
    assertThat(result.out()).contains("incomplete");
    assertThat(result.code()).isEqualTo(ExitCodes.GATE_UNCHECKED);
    assertThat(result.err()).isEqualTo("evalcost: gate not checked: future-1: a total is incomplete, a price is missing\n");
  }

  @Test
  void aModelNotYetOnSaleIsNewlyPricedAndNotAnIncrease() {
    Cli.Result result = Cli.fixture("diff", "--base-as-of", "2025-06-01", "--as-of", "2031-01-01",
        "-m", "future-1", "--fail-on-increase", "10");
    assertThat(result.out()).contains("newly priced");
    assertThat(result.code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void gateCodesDifferFromUsageAndDataErrors() {
    assertThat(java.util.Set.of(ExitCodes.OK, ExitCodes.INTERNAL, ExitCodes.USAGE, ExitCodes.DATA, ExitCodes.GATE,
        ExitCodes.GATE_UNCHECKED)).hasSize(6);
  }

  /** think-1 costs $3.04 with a range above it: the point passes a budget the high end fails. */
  @Test
  void gateOnHighJudgesTheHighEndOfTheRange() throws Exception {
    com.fasterxml.jackson.databind.JsonNode total = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Cli.fixture("estimate", "-m", "t1", "--format", "json").out()).get("total");
    String between = total.get("costUsdHigh").decimalValue().subtract(new java.math.BigDecimal("0.01")).toPlainString();
    assertThat(Cli.fixture("estimate", "-m", "t1", "--max-cost", between).code()).isEqualTo(ExitCodes.OK);
    Cli.Result high = Cli.fixture("estimate", "-m", "t1", "--max-cost", between, "--gate-on", "high");
    assertThat(high.code()).isEqualTo(ExitCodes.GATE);
    assertThat(high.err()).contains("think-1 (high) costs up to $" + total.get("costUsdHigh").decimalValue())
        .contains("(the high end of its range; the estimate is $3.04)");
  }

  @Test
  void theJsonOfAGatedRunSaysWhetherTheGatePassed() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var passed = mapper.readTree(Cli.fixture("estimate", "-m", "t1", "--max-cost", "5", "--format", "json").out());
    assertThat(passed.get("gate").get("passed").asBoolean()).isTrue();
    assertThat(passed.get("gate").get("on").asText()).isEqualTo("point");
    var failed = mapper.readTree(Cli.fixture("compare", "--models", "t1,plain-1", "--max-cost", "0.30",
        "--format", "json").out());
    assertThat(failed.get("gate").get("passed").asBoolean(true)).isFalse();
    assertThat(failed.get("gate").get("over").get(0).asText()).startsWith("think-1 (high) costs $3.04");
    var unchecked = mapper.readTree(Cli.fixture("estimate", "-m", "future-1", "--max-cost", "5", "--format", "json")
        .out());
    assertThat(unchecked.get("gate").get("passed").isNull()).isTrue();
    assertThat(mapper.readTree(Cli.fixture("estimate", "-m", "t1", "--format", "json").out()).has("gate")).isFalse();
  }

  @Test
  void gateOnIsRefusedAloneOrWithAnUnknownFigure() {
    assertThat(Cli.fixture("estimate", "-m", "t1", "--gate-on", "high").err())
        .isEqualTo("evalcost: --gate-on goes with --max-cost\n");
    assertThat(Cli.fixture("estimate", "-m", "t1", "--max-cost", "5", "--gate-on", "p90").err())
        .isEqualTo("evalcost: --gate-on takes point or high (was 'p90')\n");
  }

  @Test
  void compareRunsEveryReasoningModelAtTheEffortGiven() {
    Cli.Result r = Cli.fixture("compare", "--models", "think-1,plain-1", "--effort", "low", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\r\nthink-1,low,").contains("\r\nplain-1,default,").doesNotContain("think-1,high");
  }
}
