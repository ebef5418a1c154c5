package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sellers' ids as the catalog writes them, however upstream catalogs spell them. */
class SellerIdsTest {
  @Test
  void sellersAreSpelledTheCatalogsWay() {
    assertThat(SellerIds.of("Vertex_AI-Anthropic")).isEqualTo("google");
    assertThat(SellerIds.of("gemini")).isEqualTo("google");
    assertThat(SellerIds.of("bedrock_converse")).isEqualTo("aws");
    assertThat(SellerIds.of("text-completion-openai")).isEqualTo("openai");
    assertThat(SellerIds.of("together_ai")).isEqualTo("together");
    assertThat(SellerIds.of("x-ai")).isEqualTo("xai");
    assertThat(SellerIds.of("mistralai")).isEqualTo("mistral");
    assertThat(SellerIds.of("huggingface-ai")).isEqualTo("huggingface-ai");
    assertThat(SellerIds.of("fireworks_ai")).isEqualTo("fireworks");
    assertThat(SellerIds.of("-ai")).isEqualTo("");
    assertThat(SellerIds.of("groq")).isEqualTo("groq");
  }
}
