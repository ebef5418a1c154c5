package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a generated model's settings come from: the leaderboard's variants, found by name or by AA's seller id. */
class ReasoningRulesTest {
  private static JsonNode leaderboard(String... models) throws Exception {
    return new ObjectMapper().readTree("{\"models\": [" + String.join(",", models) + "]}");
  }

  private static String aa(String name, boolean reasons, String sellerId, double output) {
    return "{\"name\": \"" + name + "\", \"reasoning_model\": " + reasons + ", \"release_date\": \"2026-01-02\""
        + (sellerId == null ? "" : ", \"open_weights\": {\"openrouter_api_id\": \"" + sellerId + "\"}")
        + ", \"pricing\": {\"price_1m_output_tokens\": " + output + "}}";
  }

  @Test
  void aSellerIdTiesAnApiIdToTheLeaderboardsVariantsOfIt() throws Exception {
    ReasoningRules rules = new ReasoningRules(leaderboard(
        aa("Gemma 4 26B A4B (Reasoning)", true, "google/gemma-4-26b-a4b-it", 0.4),
        aa("Gemma 4 26B A4B (Non-reasoning)", false, "google/gemma-4-26b-a4b-it", 0.4)), "AA");
    ReasoningRules.Verdict v = rules.decide("gemma-4-26b-a4b-it", List.of("gemma-4-26b-a4b-it"), null);
    assertThat(v.settings()).isEqualTo(Map.of("none", "non-reasoning", "thinking", "reasoning-medium"));
    assertThat(v.guessed()).isFalse();
    assertThat(v.evidence()).contains("'Gemma 4 26B A4B (Reasoning)' (reasoning)");
  }

  @Test
  void variantsGivenNoSellerIdJoinTheirNamesakesButNotAnotherEdition() throws Exception {
    ReasoningRules rules = new ReasoningRules(leaderboard(
        aa("Flash Preview (Reasoning)", true, "google/flash-preview-04-17", 2.5),
        aa("Flash Preview (Non-reasoning)", false, null, 0.6),
        aa("GPT-9 (ChatGPT)", false, "openai/gpt-9-chat", 10),
        aa("GPT-9 (high)", true, null, 10)), "AA");
    assertThat(rules.decide("flash-preview-04-17", List.of("flash-preview-04-17"), null).settings())
        .containsOnlyKeys("none", "thinking");
    ReasoningRules.Verdict chat = rules.decide("gpt-9-chat", List.of("gpt-9-chat"), null);
    assertThat(chat.settings()).isNull();
    assertThat(chat.prior()).isEqualTo("non-reasoning");
  }

  @Test
  void aSellerIdWhoseVariantsArePricedApartNamesDifferentModels() throws Exception {
    ReasoningRules rules = new ReasoningRules(leaderboard(
        aa("Qwen VL 32B Instruct", false, "qwen/vl-32b-it", 2.8),
        aa("Qwen VL 32B (Reasoning)", true, "qwen/vl-32b-it", 8.4)), "AA");
    ReasoningRules.Verdict v = rules.decide("vl-32b-it", List.of("vl-32b-it"), null);
    assertThat(v.evidence()).doesNotContain("AA:"); // not taken from the leaderboard
    assertThat(v.guessed()).isTrue();
    ReasoningRules close = new ReasoningRules(leaderboard(aa("Qwen VL 32B Instruct", false, "qwen/vl-32b-it", 2.8),
        aa("Qwen VL 32B (Reasoning)", true, "qwen/vl-32b-it", 4.0)), "AA"); // within 1.5x: one model
    assertThat(close.decide("vl-32b-it", List.of("vl-32b-it"), null).evidence()).startsWith("AA:");
  }

  @Test
  void aReleaseTagTheApiIdLeavesOutStillFindsTheVariants() throws Exception {
    ReasoningRules rules = new ReasoningRules(leaderboard(
        aa("Grok 4.20 0309 (Reasoning)", true, null, 6), aa("Grok 4.20 0309 (Non-reasoning)", false, null, 6)), "AA");
    assertThat(rules.decide("grok-4.20", List.of("grok-4.20"), null).settings()).containsOnlyKeys("none", "thinking");
  }
}
