package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.SOURCE;
import static org.evalcost.engine.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        .hasMessageContaining("twice");
  }

  @Test
  void sourceNeedsText() {
    assertThatThrownBy(() -> new Source(" ", LocalDate.of(2024, 1, 1)))
        .hasFieldOrPropertyWithValue("field", "source");
  }
}
