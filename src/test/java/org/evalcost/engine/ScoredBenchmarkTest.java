package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalcost.engine.Fixtures.d;

import java.util.List;
import org.evalcost.stats.MonteCarlo;
import org.junit.jupiter.api.Test;

/** A benchmark scored by the likelihood of each choice generates nothing: its items cost their input. */
class ScoredBenchmarkTest {
  private static Catalog catalog() {
    Catalog base = Fixtures.catalog();
    Benchmark beta = base.benchmark("beta").orElseThrow();
    Benchmark scored = new Benchmark(beta.id(), beta.name(), beta.items(), beta.inputTokens(), null, beta.source(),
        null, null, null, null, null, null, Benchmark.LOGLIKELIHOOD);
    return base.withBenchmarks(List.of(scored));
  }

  @Test
  void aScoredLineIsItsInputAlone() {
    // plain-1 on small: alpha predicted (100 x 200 in at $1 + 100 x 100 out at $3 = $0.05),
    // beta scored twice over: 2 x 50 x 1000 in at $1 = $0.10, no output, no spread.
    Catalog c = catalog();
    Estimate e = new Estimator(c, MonteCarlo.seeded()).estimate(new EstimateRequest(new ModelResolver(c).resolve("plain-1", null),
        c.suite("small").orElseThrow(), List.of(), null, Fixtures.JUNE_2025));
    Line beta = e.lines().get(1);
    assertThat(beta.basis()).isEqualTo(Basis.SCORED);
    assertThat(beta.outputTokens()).isEqualByComparingTo("0");
    assertThat(beta.cost()).isEqualByComparingTo("0.10");
    assertThat(beta.range().low()).isEqualByComparingTo(beta.range().high());
    assertThat(e.totals().costUsd()).isEqualByComparingTo("0.15");
  }

  @Test
  void givenOutputTokensLeaveAScoredBenchmarkAtNone() {
    Catalog c = catalog();
    EstimateRequest request = new EstimateRequest(new ModelResolver(c).resolve("plain-1", null),
        c.suite("small").orElseThrow(), List.of(), null, Fixtures.JUNE_2025, Pricing.DEFAULT,
        EstimateRequest.DEFAULT_INTERVAL, d("500"));
    Estimate e = new Estimator(c, MonteCarlo.seeded()).estimate(request);
    assertThat(e.lines().get(0).basis()).isEqualTo(Basis.GIVEN);
    assertThat(e.lines().get(1).basis()).isEqualTo(Basis.SCORED);
  }

  @Test
  void anUnknownScoringIsRefused() {
    assertThatThrownBy(() -> new Benchmark("b", "B", 1, d("1"), null, Fixtures.SOURCE, null, null, null, null, null,
        null, "vibes")).hasMessageContaining("must be 'generate' or 'loglikelihood' (was 'vibes')");
  }
}
