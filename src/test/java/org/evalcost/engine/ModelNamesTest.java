package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spellings a name is compared in, at their edges. */
class ModelNamesTest {
  @Test
  void aKeyLowersAndJoinsWordsWithOneDash() {
    assertThat(ModelNames.key("  Claude Opus 4.8 ")).isEqualTo("claude-opus-4-8");
    assertThat(ModelNames.key("gpt_4o--mini")).isEqualTo("gpt-4o-mini");
    assertThat(ModelNames.key("-glm-5p2-")).isEqualTo("glm-5-2"); // a p between digits is a point
    assertThat(ModelNames.key("p5")).isEqualTo("p5"); // first: no digit before it
    assertThat(ModelNames.key("5p")).isEqualTo("5p"); // last: no digit after it
    assertThat(ModelNames.key("a5pb")).isEqualTo("a5pb");
    assertThat(ModelNames.key("x. .")).isEqualTo("x");
    assertThat(ModelNames.key("...")).isEmpty();
  }

  @Test
  void aWordKeySortsTheWordsAndKeepsTheNumbersInOrder() {
    assertThat(ModelNames.wordKey("Claude 4.5 Sonnet")).isEqualTo("claude-sonnet|4-5");
    assertThat(ModelNames.wordKey("claude-sonnet-4-5")).isEqualTo("claude-sonnet|4-5");
    assertThat(ModelNames.wordKey("sonnet claude 5 4")).isEqualTo("claude-sonnet|5-4");
  }

  @Test
  void qualifiersAreEveryTrailingGroupInParentheses() {
    assertThat(ModelNames.spelled("Gemini 2.5 Flash Preview (Sep '25) (Non-reasoning, High)")).isEqualTo(
        new ModelNames.Spelled("Gemini 2.5 Flash Preview", List.of("non-reasoning", "high", "sep '25")));
    assertThat(ModelNames.spelled("(high)")).isEqualTo(new ModelNames.Spelled("(high)", List.of()));
    assertThat(ModelNames.spelled("x ( , )")).isEqualTo(new ModelNames.Spelled("x", List.of()));
  }

  @Test
  void anInstructionTunedNameHasGooglesItSpellingAndBack() {
    assertThat(ModelNames.instructSpelling("Gemma 3n E4B Instruct")).isEqualTo("gemma-3n-e4b-it");
    assertThat(ModelNames.instructSpelling("gemma-3-27b-it")).isEqualTo("gemma-3-27b-instruct");
    assertThat(ModelNames.instructSpelling("qwen3-8b")).isNull();
    assertThat(ModelNames.instructSpelling("instruct")).isNull(); // a suffix, not a whole name
    assertThat(ModelNames.instructSpelling("edit")).isNull();
  }

  @Test
  void aReleaseTagIsFourDigitsThatAreADate() {
    assertThat(ModelNames.withoutReleaseTag("Grok 4.20 0309")).isEqualTo("grok-4-20");
    assertThat(ModelNames.withoutReleaseTag("Step 3.5 Flash 2603")).isEqualTo("step-3-5-flash");
    assertThat(ModelNames.withoutReleaseTag("m 0101")).isEqualTo("m");
    assertThat(ModelNames.withoutReleaseTag("m 1231")).isEqualTo("m");
    assertThat(ModelNames.withoutReleaseTag("m 2301")).isEqualTo("m");
    assertThat(ModelNames.withoutReleaseTag("m 3012")).isEqualTo("m");
    assertThat(ModelNames.withoutReleaseTag("m 0100")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 0132")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 1300")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 2201")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 3101")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 2313")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 12a4")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 123")).isNull();
    assertThat(ModelNames.withoutReleaseTag("m 12345")).isNull();
    assertThat(ModelNames.withoutReleaseTag("0309")).isNull(); // nothing before it
  }

  @Test
  void aFamilyIsTheFirstWordWithoutTheVersionGluedToIt() {
    assertThat(ModelNames.family("qwen3-235b")).isEqualTo("qwen");
    assertThat(ModelNames.family("o3-mini")).isEqualTo("o");
    assertThat(ModelNames.family("gpt-4o")).isEqualTo("gpt");
    assertThat(ModelNames.family("claude")).isEqualTo("claude");
    assertThat(ModelNames.family("4")).isEqualTo("4"); // all digits: the first stays
    assertThat(ModelNames.family("Kimi K2.6 (Reasoning)")).isEqualTo("kimi");
  }

}
