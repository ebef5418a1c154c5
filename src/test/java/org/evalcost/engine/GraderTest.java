package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** A benchmark graded by a model bills the grader's calls as a line of their own; worked by hand. */
class GraderTest {
  private static Catalog catalog(String grader) {
    Catalog base = Fixtures.catalog();
    Benchmark beta = base.benchmark("beta").orElseThrow();
    Benchmark graded = new Benchmark(beta.id(), beta.name(), beta.items(), beta.inputTokens(), null, beta.source(),
        null, null, null, null, null, null, null, new Benchmark.Grader(grader, d("300"), d("10"), "test grader"));
    return base.withBenchmarks(List.of(graded));
  }

  private static Estimate estimate(Catalog c, String model, ModelRef grader) {
    return new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(c).resolve(model, null),
        c.suite("small").orElseThrow(), List.of(), null, Fixtures.JUNE_2025).withGrader(grader));
  }

  @Test
  void theGradersCallsAreALineAfterTheBenchmarkAtTheGradersPrices() {
    // think-1 (high) on small, graded by plain-1 ($1 in, $3 out): beta's 50 items x 2 repeats,
    // 100 x 300 in + 100 x 10 out = $0.03 + $0.003 = $0.033.
    Estimate e = estimate(catalog("plain-1"), "think-1", null);
    assertThat(e.lines()).extracting(l -> l.benchmark().id()).containsExactly("alpha", "beta", "beta/grader");
    Line grader = e.lines().get(2);
    assertThat(grader.basis()).isEqualTo(Basis.GRADER);
    assertThat(grader.cost()).isEqualByComparingTo("0.033");
    assertThat(grader.tokenSource().text()).startsWith("grader plain-1 (the benchmark's), test grader");
    BigDecimal sum = e.lines().stream().map(l -> Rounding.cents(l.cost())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(e.totals().costUsd()).isEqualByComparingTo(sum);
  }

  @Test
  void anotherGraderReplacesTheBenchmarksOwn() {
    // think-1 (high) at 2025 prices ($2 in, $8 out): 100 x 300 x 2 + 100 x 10 x 8 = $0.06 + $0.008.
    Catalog c = catalog("plain-1");
    ModelRef think = new ModelResolver(c).resolve("think-1", null);
    Line grader = estimate(c, "plain-1", think).lines().get(2);
    assertThat(grader.cost()).isEqualByComparingTo("0.068");
    assertThat(grader.tokenSource().text()).startsWith("grader think-1 (high) (the request's grader)");
  }

  @Test
  void aFrontEndNamesTheGraderItTookInItsOwnWords() {
    Catalog c = catalog("plain-1");
    ModelRef think = new ModelResolver(c).resolve("think-1", null);
    Estimate e = new Estimator(c, MonteCarlo.seeded(), f -> f == RequestField.GRADER ? "--grader" : "?")
        .estimate(new EstimateRequest(new ModelResolver(c).resolve("plain-1", null), c.suite("small").orElseThrow(),
            List.of(), null, Fixtures.JUNE_2025).withGrader(think));
    assertThat(e.lines().get(2).tokenSource().text()).startsWith("grader think-1 (high) (--grader)");
  }

  @Test
  void aGraderTheCatalogLacksMakesTheTotalIncomplete() {
    Estimate e = estimate(catalog("nobody-1"), "plain-1", null);
    assertThat(e.lines().get(2).priced()).isFalse();
    assertThat(e.totals().complete()).isFalse();
    assertThat(e.warnings()).contains("total is incomplete: the grader nobody-1 is not in the catalog");
  }

  @Test
  void aPlanCountsAnItemsGradingInItsCost() {
    // plain-1 on small: alpha $0.05 once; beta 100 requests x (1000 in + 400 x 3 out) = $0.22, graded by
    // plain-1 for $0.033: a plan of the whole suite costs $0.303 in two lines.
    Estimate e = estimate(catalog("plain-1"), "plain-1", null);
    Plan plan = Planner.forBudget(e, d("100"), d("0.5"));
    assertThat(plan.lines()).hasSize(2);
    assertThat(plan.lines().get(1).cost()).isEqualByComparingTo("0.253");
  }
}
