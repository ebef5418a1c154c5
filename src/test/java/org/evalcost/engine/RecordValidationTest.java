package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.SOURCE;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each record refuses what cannot be true, naming the field. */
class RecordValidationTest {

  @Test
  void negativePrice() {
    assertThatThrownBy(() -> Fixtures.rates("-1", "2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("must not be negative (was -1)")
        .hasFieldOrPropertyWithValue("field", "input");
  }

  @Test
  void zeroItems() {
    assertThatThrownBy(() -> new Benchmark("b", "B", 0, d("1"), SOURCE))
        .hasFieldOrPropertyWithValue("field", "items");
  }

  @Test
  void defaultSettingMustExist() {
    assertThatThrownBy(() -> new Model("m", "p", List.of(), List.of(new Setting("low", "x")), "high",
        List.of(), SOURCE)).hasFieldOrPropertyWithValue("field", "default_setting");
  }

  @Test
  void twoPeriodsOnOneDay() {
    PricePeriod p = new PricePeriod(LocalDate.of(2024, 1, 1), Fixtures.rates("1", "1"), null, List.of(), SOURCE);
    assertThatThrownBy(() -> new Model("m", "p", List.of(), List.of(new Setting("default", "x")), "default",
        List.of(p, p), SOURCE)).hasMessageContaining("two price periods start on 2024-01-01");
  }

  @Test
  void suiteNamingABenchmarkTwice() {
    assertThatThrownBy(() -> new Suite("s", "S", List.of(new Suite.Entry("a", 1), new Suite.Entry("a", 2)), SOURCE))
        .hasMessage("names a benchmark twice")
        .hasFieldOrPropertyWithValue("field", "benchmarks");
  }

  @Test
  void modelNamingASettingTwice() {
    assertThatThrownBy(() -> new Model("m", "p", List.of(), List.of(new Setting("low", "x"), new Setting("low", "y")),
        "low", List.of(), SOURCE))
        .hasMessage("names a setting twice")
        .hasFieldOrPropertyWithValue("field", "settings");
  }

  @Test
  void modelWithoutSettings() {
    assertThatThrownBy(() -> new Model("m", "p", List.of(), List.of(), "low", List.of(), SOURCE))
        .hasMessage("needs at least one setting")
        .hasFieldOrPropertyWithValue("field", "settings");
  }

  @Test
  void suiteWithoutBenchmarks() {
    assertThatThrownBy(() -> new Suite("s", "S", List.of(), SOURCE))
        .hasMessage("a suite needs at least one benchmark")
        .hasFieldOrPropertyWithValue("field", "benchmarks");
    assertThatThrownBy(() -> new Suite("s", "S", null, SOURCE))
        .hasMessage("is missing")
        .hasFieldOrPropertyWithValue("field", "benchmarks");
  }

  @Test
  void sourceNeedsText() {
    assertThatThrownBy(() -> new Source(" ", LocalDate.of(2024, 1, 1)))
        .hasFieldOrPropertyWithValue("field", "source");
  }

  /** A profile with {@code field} (one of its optional spreads and counts) at -1, the rest valid. */
  private static UsageProfile profileWith(String field) {
    BigDecimal bad = d("-1");
    return new UsageProfile("m", "default", "b", d("10"), d("20"), field.equals("samples") ? -1L : null,
        field.equals("output_tokens_sd") ? bad : null, field.equals("dataset_items") ? -1L : null, SOURCE,
        field.equals("input_tokens_sd") ? bad : null, field.equals("reasoning_tokens") ? bad : null,
        field.equals("cached_tokens") ? bad : null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"samples", "output_tokens_sd", "dataset_items", "input_tokens_sd", "reasoning_tokens",
      "cached_tokens"})
  void aProfileRefusesANegativeOptionalField(String field) {
    assertThatThrownBy(() -> profileWith(field)).isInstanceOf(InvalidValueException.class)
        .hasFieldOrPropertyWithValue("field", field);
  }

  @Test
  void aProfileTakesItsOptionalFieldsLeftOut() {
    assertThat(profileWith("none").reasoningTokens()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cached_input", "cache_write"})
  void ratesRefuseANegativeCacheRate(String field) {
    assertThatThrownBy(() -> new Rates(d("1"), field.equals("cached_input") ? d("-0.5") : null,
        field.equals("cache_write") ? d("-0.5") : null, d("2")))
        .hasMessage("must not be negative (was -0.5)").hasFieldOrPropertyWithValue("field", field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"input_tokens_sd", "input_tokens_model_sigma", "cached_input_cost_sigma"})
  void aBenchmarkRefusesANegativeSpread(String field) {
    BigDecimal bad = d("-0.1");
    assertThatThrownBy(() -> new Benchmark("b", "B", 10, d("100"), null, SOURCE,
        field.equals("input_tokens_sd") ? bad : null, null, null, field.equals("input_tokens_model_sigma") ? bad : null,
        null, null, null, null, field.equals("cached_input_cost_sigma") ? bad : null))
        .hasFieldOrPropertyWithValue("field", field);
  }

  @Test
  void aPriorRefusesADefaultOutputOfZero() {
    assertThatThrownBy(() -> new Prior("c", Map.of("b", d("100")), d("0"), d("0.5"), Map.of(), SOURCE))
        .hasFieldOrPropertyWithValue("field", "default_output_tokens");
  }

  @Test
  void aLineRefusesANegativeInputSigma() {
    Benchmark b = new Benchmark("b", "B", 10, d("100"), SOURCE);
    assertThatThrownBy(() -> new Line(b, 1, d("100"), d("10"), Basis.MEASURED, SOURCE, d("1"), null, null, null, null,
        d("-0.2"))).hasFieldOrPropertyWithValue("field", "input_sigma");
  }
}
