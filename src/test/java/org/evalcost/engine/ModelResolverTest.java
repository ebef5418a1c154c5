package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelResolverTest {
  private final ModelResolver resolver = new ModelResolver(Fixtures.catalog());

  @Test
  void idAndAliasGiveTheDefaultSetting() {
    assertThat(resolver.resolve("think-1", null).setting().name()).isEqualTo("high");
    assertThat(resolver.resolve("T1", null).model().id()).isEqualTo("think-1");
  }

  @Test
  void variantNamesCarryTheirSetting() {
    ModelRef low = resolver.resolve("t1-low", null);
    assertThat(low.model().id()).isEqualTo("think-1");
    assertThat(low.setting().name()).isEqualTo("low");
    assertThat(low.label()).isEqualTo("think-1 (low)");
  }

  @Test
  void effortPicksTheSetting() {
    assertThat(resolver.resolve("think-1", "low").setting().priorClass()).isEqualTo("plain");
    assertThat(resolver.resolve("think-1-low", "low").setting().name()).isEqualTo("low");
  }

  @Test
  void effortContradictingTheVariantIsRefused() {
    assertThatThrownBy(() -> resolver.resolve("think-1-low", "high"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("contradicts effort high").extracting("field").isEqualTo(RequestField.EFFORT);
  }

  @Test
  void unknownEffortListsTheSettings() {
    assertThatThrownBy(() -> resolver.resolve("think-1", "extreme"))
        .isInstanceOf(UnknownNameException.class)
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions()).containsExactly("low", "high"));
    assertThatThrownBy(() -> resolver.resolve("plain-1", "high"))
        .hasMessageContaining("has no reasoning settings");
  }

  @Test
  void unknownModelSuggestsTheThreeClosest() {
    assertThatThrownBy(() -> resolver.resolve("think1", null))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageStartingWith("unknown model 'think1' (to price a model the catalog lacks: 'evalcost update'")
        .satisfies(e -> assertThat(((UnknownNameException) e).suggestions()).hasSize(3).startsWith("think-1"));
  }

  @Test
  void anUnknownModelNamesTheWayToOwnPricesAsAFieldAFrontEndWords() {
    assertThatThrownBy(() -> resolver.resolve("think1", null))
        .hasMessageEndingWith("or give your own with a price file)")
        .satisfies(e -> {
          UnknownNameException u = (UnknownNameException) e;
          assertThat(u.field()).isEqualTo(RequestField.PRICES);
          assertThat(u.message(f -> "<" + f.name() + ">")).endsWith("or give your own with <PRICES>)");
        });
  }

  @Test
  void editDistance() {
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("o1", "o1")).isZero();
  }
}
