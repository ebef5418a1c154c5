package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** Two data sets compared model by model, on the fixtures' catalog. */
class DifferTest {
  private static final LocalDate JUNE = Fixtures.JUNE_2025;

  private static Model only(Catalog c, String id) {
    return c.model(id).orElseThrow();
  }

  @Test
  void everyModelOfEitherSideIsCompared() {
    Catalog base = Fixtures.catalog();
    Model added = new Model("new-1", "acme", List.of(), List.of(new Setting(Setting.DEFAULT, "plain")),
        Setting.DEFAULT, List.of(Fixtures.period("2024-01-01", "1", "3")), Fixtures.SOURCE);
    List<Model> models = new ArrayList<>(List.of(only(base, "think-1"), only(base, "future-1"), added));
    Catalog current = base.withModels(models);
    CostDiff diff = Differ.diff(new Differ.Side("old", base, JUNE), new Differ.Side("new", current, JUNE), "small",
        List.of(), List.of(), null, Pricing.LIST, MonteCarlo.seeded(), RequestField::label);
    assertThat(diff.models()).extracting(CostDiff.ModelChange::model)
        .containsExactlyInAnyOrder("think-1", "future-1", "new-1", "plain-1");
    CostDiff.ModelChange plain = diff.models().stream().filter(m -> m.model().equals("plain-1")).findFirst()
        .orElseThrow();
    assertThat(plain.status()).isEqualTo(CostDiff.Status.REMOVED);
    CostDiff.ModelChange fresh = diff.models().stream().filter(m -> m.model().equals("new-1")).findFirst()
        .orElseThrow();
    assertThat(fresh.status()).isEqualTo(CostDiff.Status.ADDED);
    // A model on one side only still lists its benchmarks, from the side that has it.
    assertThat(fresh.benchmarks()).extracting(CostDiff.BenchmarkChange::benchmark).containsExactly("alpha", "beta");
    assertThat(fresh.benchmarks().get(0).base()).isEmpty();
    assertThat(plain.benchmarks()).extracting(CostDiff.BenchmarkChange::benchmark).containsExactly("alpha", "beta");
    assertThat(plain.benchmarks().get(0).current()).isEmpty();
    // The same model, setting and prices on both sides: nothing changed, and nothing rose.
    CostDiff.ModelChange think = diff.models().stream().filter(m -> m.model().equals("think-1")).findFirst()
        .orElseThrow();
    assertThat(think.status()).isEqualTo(CostDiff.Status.UNCHANGED);
    assertThat(diff.increasesOver(d("0"))).isEmpty();
    // future-1 has no price in force on either date.
    assertThat(diff.models().stream().filter(m -> m.model().equals("future-1")).findFirst().orElseThrow().status())
        .isEqualTo(CostDiff.Status.UNPRICED);
  }

  @Test
  void aNamedModelIsComparedAtItsSettingAndAPriceRiseIsReported() {
    Catalog base = Fixtures.catalog();
    Model dearer = only(base, "think-1").withPrices(List.of(Fixtures.period("2024-01-01", "20", "80")));
    Catalog current = base.withModels(List.of(dearer, only(base, "plain-1"), only(base, "future-1")));
    CostDiff diff = Differ.diff(new Differ.Side("old", base, JUNE), new Differ.Side("new", current, JUNE), "small",
        List.of("t1-low"), List.of(), null, Pricing.LIST, MonteCarlo.seeded(), RequestField::label);
    assertThat(diff.models()).hasSize(1);
    CostDiff.ModelChange m = diff.models().get(0);
    assertThat(m.current().orElseThrow().model().setting().name()).isEqualTo("low");
    assertThat(m.status()).isEqualTo(CostDiff.Status.CHANGED);
    // Ten times the rates: every cost rises by 900%, which is over 899% and not over 900%.
    assertThat(diff.increasesOver(d("899"))).hasSize(1);
    assertThat(diff.increasesOver(d("900"))).isEmpty();
    assertThat(m.benchmarks()).extracting(CostDiff.BenchmarkChange::benchmark).containsExactly("alpha", "beta");
  }
}
