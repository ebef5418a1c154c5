package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One test per rule of ModelResolver, on a catalog built here: names as people write them. */
class ModelNamingTest {
  private final AtomicInteger reads = new AtomicInteger();

  private static Model model(String id, String seller, List<String> aliases, String dflt, String... settings) {
    List<Setting> s = new ArrayList<>();
    for (String name : settings) {
      s.add(new Setting(name, name.equals("none") ? "non-reasoning" : "reasoning-high"));
    }
    if (s.isEmpty()) {
      s.add(new Setting(Setting.DEFAULT, "non-reasoning"));
    }
    return new Model(id, seller, aliases, s, dflt == null ? Setting.DEFAULT : dflt,
        List.of(Fixtures.period("2024-01-01", "1", "2")), Fixtures.SOURCE);
  }

  /** Curated-like models first; the generated part, read only when a name misses, holds kimi-k2.6. */
  private ModelResolver resolver() {
    Catalog base = Fixtures.catalog();
    List<Model> core = new ArrayList<>(base.coreModels());
    core.add(model("gpt-5.5", "openai", List.of("gpt-5.5-2026-04-23"), "medium", "none", "low", "medium", "high",
        "xhigh"));
    core.add(model("gpt-5.5@openrouter", "openrouter", List.of(), "medium", "none", "low", "medium", "high", "xhigh"));
    core.add(model("claude-opus-4-8", "anthropic", List.of(), "none", "none", "thinking"));
    core.add(model("claude-sonnet-4-5-20250929", "anthropic", List.of("claude-sonnet-4-5"), "none", "none", "thinking"));
    core.add(model("glm-5.2", "zai", List.of(), null));
    core.add(model("gpt-oss-120b", "openai", List.of(), null));
    core.add(model("gpt-oss-120b@cerebras", "cerebras", List.of(), null));
    core.add(model("llama-4-maverick", "openrouter", List.of(), null));
    core.add(model("llama-4-scout", "openrouter", List.of(), null));
    core.add(model("llama-3.3-70b", "openrouter", List.of(), null));
    core.add(model("gpt-4o-2024-08-06", "openai", List.of("gpt-4o"), null));
    core.add(model("mistral-large-2407", "mistral", List.of("mistral-large-2"), null));
    core.add(model("gemini-2.5-pro", "google", List.of("gemini-2.5-pro-preview-03-25"), null));
    Catalog catalog = base.withModels(core).withMoreModels(() -> {
      reads.incrementAndGet();
      return List.of(model("kimi-k2.6", "moonshotai", List.of(), null),
          model("gpt-4o-2024-11-20", "openai", List.of(), null), model("mistral-large-2411", "mistral", List.of(), null),
          model("mistral-large-2411@openrouter", "openrouter", List.of(), null),
          model("devstral-medium-2507", "mistral", List.of(), null), model("gemma-3n-e4b-it", "google", List.of(), null));
    });
    return new ModelResolver(catalog);
  }

  private ModelRef resolve(String name) {
    return resolver().resolve(name, null);
  }

  @Test
  void aReleaseTagTheSellerLeavesOutIsDroppedOnlyWhenTheNameIsUnknown() {
    assertThat(ModelNames.withoutReleaseTag("Grok 4.20 0309")).isEqualTo("grok-4-20"); // month and day
    assertThat(ModelNames.withoutReleaseTag("Step 3.5 Flash 2603")).isEqualTo("step-3-5-flash"); // year and month
    assertThat(ModelNames.withoutReleaseTag("claude-opus-4-1234")).isNull(); // neither
    assertThat(ModelNames.withoutReleaseTag("gpt-5")).isNull();
    assertThat(ModelNames.withoutReleaseTag("qwen3-235b")).isNull();
  }

  @Test
  void aReleaseTagTheIdLeavesOutIsDropped() {
    assertThat(resolve("GLM 5.2 0309").model().id()).isEqualTo("glm-5.2");
    assertThat(resolve("kimi-k2.6-2603").model().id()).isEqualTo("kimi-k2.6"); // found in the part read last
    assertThatThrownBy(() -> resolve("glm-5.3-0309")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void aNameWithoutTheReleaseTagOfTheOneIdThatHasItFindsThatId() {
    assertThat(resolve("Devstral Medium").model().id()).isEqualTo("devstral-medium-2507");
    // mistral-large-2407 (read first) and mistral-large-2411 (read with the rest): two models, so neither
    assertThatThrownBy(() -> resolve("mistral-large")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void anInstructModelsNameFindsGooglesItId() {
    assertThat(resolve("Gemma 3n E4B Instruct").model().id()).isEqualTo("gemma-3n-e4b-it");
    assertThatThrownBy(() -> resolve("glm-5.2-instruct")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void caseDotsDashesSpacesAndFireworksDecimalPAreTheSameName() {
    for (String name : List.of("claude-opus-4.8", "Claude Opus 4.8", "CLAUDE_OPUS_4_8", "claude-opus-4-8")) {
      assertThat(resolve(name).model().id()).as(name).isEqualTo("claude-opus-4-8");
    }
    assertThat(resolve("glm-5p2").model().id()).isEqualTo("glm-5.2");
    assertThat(ModelNames.key("llama-v3p1-8b")).isEqualTo("llama-v3-1-8b");
    assertThat(ModelNames.key("gpt-4p")).isEqualTo("gpt-4p"); // only a p between digits is a point
  }

  @Test
  void aProviderPrefixPicksThatSellerOrIsAnOrganisation() {
    assertThat(resolve("openai/gpt-5.5").model().id()).isEqualTo("gpt-5.5");
    assertThat(resolve("openrouter/openai/gpt-5.5").model().id()).isEqualTo("gpt-5.5@openrouter");
    assertThat(resolve("anthropic/claude-opus-4-8").model().id()).isEqualTo("claude-opus-4-8");
    assertThat(resolve("meta-llama/llama-4-maverick").model().id()).isEqualTo("llama-4-maverick");
  }

  @Test
  void aSellerAfterAtOrAsAnOptionPicksWhoBillsIt() {
    assertThat(resolve("gpt-oss-120b@cerebras").model().provider()).isEqualTo("cerebras");
    assertThat(resolver().resolve("gpt-oss-120b", null, "cerebras").model().id()).isEqualTo("gpt-oss-120b@cerebras");
    assertThat(resolver().resolve("gpt-5.5-high", null, "openrouter").label()).isEqualTo("gpt-5.5@openrouter (high)");
    assertThatThrownBy(() -> resolver().resolve("gpt-oss-120b", null, "groq"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("is not sold by 'groq'")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions())
            .containsExactly("gpt-oss-120b@cerebras", "gpt-oss-120b@openai"));
  }

  @Test
  void aSellerOrPrefixNeedsANameOnBothSides() {
    for (String bad : new String[] {"gpt-oss-120b@", "@cerebras", "openai/", "/gpt-5.5"}) {
      assertThatThrownBy(() -> resolve(bad)).as(bad).isInstanceOf(UnknownNameException.class)
          .hasMessageStartingWith("unknown model");
    }
    assertThatThrownBy(() -> resolve("nothing@cerebras")).hasMessageStartingWith("unknown model 'nothing@cerebras'");
    assertThatThrownBy(() -> resolve("openai/nothing")).hasMessageStartingWith("unknown model 'openai/nothing'");
    // A seller named after @ that does not sell it is refused, naming who does.
    assertThatThrownBy(() -> resolve("gpt-oss-120b@groq")).hasMessageContaining("is not sold by 'groq'")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions())
            .containsExactly("gpt-oss-120b@cerebras", "gpt-oss-120b@openai"));
    // A prefix that is a seller of the model picks it; one that sells nothing of it is an organisation.
    assertThat(resolve("cerebras/gpt-oss-120b").model().id()).isEqualTo("gpt-oss-120b@cerebras");
    assertThat(resolve("groq/gpt-oss-120b").model().id()).isEqualTo("gpt-oss-120b");
    assertThat(resolve("Cerebras/GPT OSS 120B").model().id()).isEqualTo("gpt-oss-120b@cerebras");
  }

  @Test
  void aFamilyWithFewNamesIsFilledUpFromTheRest() {
    // kimi has one name: the other two suggestions are the closest of all names.
    assertThatThrownBy(() -> resolve("kimi-k9"))
        .satisfies(e -> {
          List<String> suggestions = ((UnknownNameException) e).suggestions();
          assertThat(suggestions).hasSize(3).startsWith("kimi-k2.6").doesNotHaveDuplicates();
        });
    // A name without a family word still gets the closest three.
    assertThatThrownBy(() -> resolve("...")).satisfies(
        e -> assertThat(((UnknownNameException) e).suggestions()).hasSize(3));
  }

  @Test
  void artificialAnalysisNamesCarryTheirSettingInParentheses() {
    assertThat(resolve("GPT-5.5 (xhigh)").label()).isEqualTo("gpt-5.5 (xhigh)");
    assertThat(resolve("GPT-5.5 (Non-reasoning)").setting().name()).isEqualTo("none");
    assertThat(resolve("Claude Opus 4.8 (Adaptive Reasoning, Max Effort)").setting().name()).isEqualTo("thinking");
    assertThat(resolve("Claude Opus 4.8 (Non-reasoning, High Effort)").setting().name()).isEqualTo("none");
    assertThat(resolve("GPT-5.5 (May 2026)").setting().name()).isEqualTo("medium"); // a date names no setting
    assertThatThrownBy(() -> resolver().resolve("GPT-5.5 (xhigh)", "low"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("contradicts effort low").extracting("field").isEqualTo(RequestField.EFFORT);
    assertThatThrownBy(() -> resolve("glm-5.2 (Reasoning)"))
        .isInstanceOf(UnknownNameException.class).hasMessageContaining("has no reasoning setting");
  }

  @Test
  void aMonthInParenthesesPicksThatMonthsSnapshot() {
    assertThat(resolve("GPT-4o (Nov '24)").model().id()).isEqualTo("gpt-4o-2024-11-20"); // from the generated part
    assertThat(resolve("GPT-4o (Aug '24)").model().id()).isEqualTo("gpt-4o-2024-08-06");
    assertThat(resolve("Mistral Large 2 (Nov '24)").model().id()).isEqualTo("mistral-large-2411"); // 2411: year, month
    assertThat(resolve("Gemini 2.5 Pro Preview (Mar' 25)").model().id()).isEqualTo("gemini-2.5-pro"); // an alias's 03-25
    assertThat(resolve("GPT-5.5 (May 2026)").model().id()).isEqualTo("gpt-5.5"); // an undated id stands for every month
    assertThatThrownBy(() -> resolve("GPT-4o (Feb '25)"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("the catalog has no snapshot of gpt-4o-2024-08-06 from Feb 2025")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions())
            .containsExactly("gpt-4o-2024-08-06", "gpt-4o-2024-11-20"));
  }

  @Test
  void datesAtTheEndOfAnIdAreReadEveryWaySellersWriteThem() {
    assertThat(IdDates.dated("gpt-4o-2024-11-20")).isEqualTo(new IdDates.Dated("gpt-4o", new IdDates.Month(2024, 11)));
    assertThat(IdDates.dated("claude-3-5-haiku-20241022").date()).isEqualTo(new IdDates.Month(2024, 10));
    assertThat(IdDates.dated("gemini-2-5-flash-preview-09-2025").date()).isEqualTo(new IdDates.Month(2025, 9));
    assertThat(IdDates.dated("gemini-2-5-pro-preview-03-25").date()).isEqualTo(new IdDates.Month(0, 3));
    assertThat(IdDates.dated("mistral-large-2411").date()).isEqualTo(new IdDates.Month(2024, 11));
    assertThat(IdDates.dated("deepseek-r1-0528").date()).isEqualTo(new IdDates.Month(0, 5));
    assertThat(IdDates.dated("mistral-large-2411-001").date()).isNull();
    assertThat(IdDates.dated("llama-3-3-70b").date()).isNull();
    assertThat(IdDates.named(List.of("non-reasoning", "may' 25"))).isEqualTo(new IdDates.Month(2025, 5));
    assertThat(IdDates.named(List.of("march 2025"))).isEqualTo(new IdDates.Month(2025, 3));
    assertThat(IdDates.named(List.of("preview", "high effort"))).isNull();
    assertThat(new IdDates.Month(0, 5).contradicts(new IdDates.Month(2025, 5))).isFalse();
  }

  @Test
  void theSameWordsInAnotherOrderFindOneModel() {
    assertThat(resolve("Claude 4.5 Sonnet").model().id()).isEqualTo("claude-sonnet-4-5-20250929");
    assertThatThrownBy(() -> resolve("Claude 5.4 Sonnet")).isInstanceOf(UnknownNameException.class);
  }

  @Test
  void unknownNamesAreAnsweredFromTheirFamilyFirst() {
    assertThatThrownBy(() -> resolve("llama-4-maverik"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("'evalcost update'").hasMessageContaining("a price file")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions())
            .containsExactly("llama-4-maverick", "llama-4-scout", "llama-3.3-70b"));
  }

  @Test
  void theGeneratedPartIsReadOnlyWhenANameMissesTheFirst() {
    ModelResolver resolver = resolver();
    resolver.resolve("gpt-5.5", null);
    resolver.resolve("openrouter/openai/gpt-5.5", null);
    assertThat(reads).hasValue(0);
    assertThat(resolver.resolve("kimi-k2.6", null).model().provider()).isEqualTo("moonshotai");
    resolver.resolve("Kimi K2.6", null);
    assertThat(reads).hasValue(1);
  }

  @Test
  void messagesShowUserTextCutAndEscaped() {
    assertThat(Names.shown("a\u001b[31mb")).isEqualTo("a\\u001b[31mb");
    assertThat(Names.shown("x".repeat(100))).isEqualTo("x".repeat(80) + "... (20 more characters)");
  }
}
