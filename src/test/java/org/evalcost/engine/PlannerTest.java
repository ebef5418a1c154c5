package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.d;

import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/**
 * plain-1 on "all" at $1 / $3: a request costs 0.0005 on alpha (200 in, 100 out), 0.0022 on beta
 * (1000, 400), 0.0035 on gamma (500, 1000); there are 100, 50 and 10 items, run 1, 2 and 3 times.
 */
class PlannerTest {
  private final Catalog catalog = Fixtures.catalog();
  private final Estimate plain = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(
      new ModelResolver(catalog).resolve("plain-1", null), catalog.suite("all").orElseThrow(), List.of(), null,
      Fixtures.JUNE_2025));

  private static List<Long> items(Plan plan) {
    return plan.lines().stream().map(Plan.Line::items).toList();
  }

  @Test
  void theWholeSuiteWhenItFits() {
    // 100 x 0.0005 + 100 x 0.0022 + 30 x 0.0035 = 0.375
    Plan plan = Planner.forBudget(plain, d("0.375"), d("0.5"));
    assertThat(plan.rule()).isEqualTo("the whole suite fits the budget");
    assertThat(plan.lines()).extracting(Plan.Line::repeats).containsExactly(1, 2, 3);
    assertThat(plan.cost()).isEqualByComparingTo("0.375");
  }

  @Test
  void everyItemOnceWhenTheRepeatsDoNotFit() {
    // 100 x 0.0005 + 50 x 0.0022 + 10 x 0.0035 = 0.195
    Plan plan = Planner.forBudget(plain, d("0.30"), d("0.5"));
    assertThat(plan.rule()).startsWith("every item once");
    assertThat(items(plan)).containsExactly(100L, 50L, 10L);
    assertThat(plan.cost()).isEqualByComparingTo("0.195");
  }

  @Test
  void neymanAllocationWithinABudget() {
    // n ~ 1/sqrt(cost): gamma's ideal 13.2 caps at its 10 items ($0.035); $0.065 left gives alpha
    // 41.97 and beta 20.007, floored to 41 and 20 ($0.0645); the last $0.0005 buys one more alpha.
    Plan plan = Planner.forBudget(plain, d("0.10"), d("0.5"));
    assertThat(items(plan)).containsExactly(42L, 20L, 10L);
    assertThat(plan.lines()).extracting(Plan.Line::repeats).containsOnly(1);
    assertThat(plan.cost()).isEqualByComparingTo("0.1000");
    // 1.959964 x sqrt(0.25 / n): n = 42, 20, 10.
    assertThat(plan.lines()).extracting(Plan.Line::halfWidth).usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(d("0.1512"), d("0.2191"), d("0.3099"));
    // 1.959964 x sqrt(0.25/42 + 0.25/20 + 0.25/10) / 3 = 1.959964 x 0.208452 / 3
    assertThat(plan.suiteHalfWidth()).isEqualByComparingTo("0.1362");
  }

  @Test
  void capsAreFoundRoundAfterRound() {
    // $0.19, just under every item once: gamma's ideal 25.0 caps at 10 ($0.035). Round two, over
    // alpha and beta (sum of roots 0.069265, $0.155 left): alpha's 100.07 caps at 100 ($0.05).
    // Round three, beta alone with $0.105: 0.105 / 0.0022 = 47.7, floored to 47. Spent $0.1884;
    // the $0.0016 left buys nothing (a beta item costs $0.0022, the others are whole).
    Plan plan = Planner.forBudget(plain, d("0.19"), d("0.5"));
    assertThat(items(plan)).containsExactly(100L, 47L, 10L);
    assertThat(plan.lines()).extracting(Plan.Line::capped).containsExactly(true, false, true);
    assertThat(plan.cost()).isEqualByComparingTo("0.1884");
  }

  @Test
  void aTinyBudgetRunsNothingItCannotPay() {
    Plan plan = Planner.forBudget(plain, d("0.001"), d("0.5"));
    assertThat(items(plan)).containsExactly(2L, 0L, 0L);
    assertThat(plan.suiteHalfWidth()).isNull();
    assertThat(plan.lines().get(1).halfWidth()).isNull();
  }

  @Test
  void itemsForATargetHalfWidth() {
    // ceil(1.959964^2 x 0.25 / 0.2^2) = ceil(24.009) = 25; gamma has only 10.
    Plan plan = Planner.forTarget(plain, d("0.2"), d("0.5"));
    assertThat(items(plan)).containsExactly(25L, 25L, 10L);
    assertThat(plan.lines()).extracting(Plan.Line::capped).containsExactly(false, false, true);
    assertThat(plan.cost()).isEqualByComparingTo("0.1025");
  }

  @Test
  void aHigherAccuracyNeedsFewerItems() {
    // p = 0.9: ceil(3.841459 x 0.09 / 0.04) = ceil(8.643) = 9.
    assertThat(items(Planner.forTarget(plain, d("0.2"), d("0.9")))).containsExactly(9L, 9L, 9L);
  }

  @Test
  void refusals() {
    assertThatThrownBy(() -> Planner.forBudget(plain, d("0"), d("0.5"))).hasMessageStartingWith("budget must")
        .extracting("field").isEqualTo(RequestField.BUDGET);
    assertThatThrownBy(() -> Planner.forBudget(plain, d("1"), d("1"))).hasMessageStartingWith("accuracy must")
        .extracting("field").isEqualTo(RequestField.ACCURACY);
    assertThatThrownBy(() -> Planner.forTarget(plain, d("1.5"), d("0.5"))).hasMessageStartingWith("target CI must")
        .extracting("field").isEqualTo(RequestField.TARGET_CI);
    Estimate unpriced = new Estimator(catalog, MonteCarlo.seeded()).estimate(new EstimateRequest(
        new ModelResolver(catalog).resolve("future-1", null), catalog.defaultSuite(), List.of(), null, Fixtures.JUNE_2025));
    assertThatThrownBy(() -> Planner.forBudget(unpriced, d("10"), d("0.5"))).hasMessageContaining("cannot plan without prices");
  }
}
