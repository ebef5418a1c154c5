package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.evalcost.engine.Estimator.Usage;
import org.evalcost.stats.Spread;

/** The grader's line of a benchmark a model grades (SimpleQA, BrowseComp, HealthBench). */
final class GraderLines {
  private GraderLines() {}

  /**
   * The grader's calls on a benchmark as a line of their own: the benchmark's grader tokens per
   * item, priced at the grader's prices of the date (the request's grader, else the benchmark's).
   */
  static Line line(Catalog catalog, Function<RequestField, String> words, Benchmark benchmark, int repeats,
      EstimateRequest request) {
    Benchmark.Grader g = benchmark.grader();
    ModelRef grader = request.grader();
    if (grader == null) {
      Model m = catalog.model(g.model()).orElse(null);
      grader = m == null ? null : new ModelRef(m, m.setting(m.defaultSetting()).orElseThrow());
    }
    String label = grader == null ? g.model() : grader.label();
    Benchmark graded = new Benchmark(benchmark.id() + Estimator.GRADER_SUFFIX,
        "Grading of " + benchmark.name() + " by " + label, benchmark.items(), g.inputTokens().signum() == 0 ? BigDecimal.ONE : g.inputTokens(), benchmark.source());
    String chosen = request.grader() != null ? words.apply(RequestField.GRADER) : "the benchmark's";
    Source source = new Source("grader " + label + " (" + chosen + ")"
        + (g.derivation() == null ? "" : ", " + g.derivation()), benchmark.source().checked());
    Usage usage = new Usage(g.inputTokens(), g.outputTokens(), Basis.GRADER, source, Spread.NONE);
    Optional<PricePeriod> price = grader == null ? Optional.empty() : grader.model().priceOn(request.asOf());
    if (price.isEmpty()) {
      String why = grader == null ? "the grader " + g.model() + " is not in the catalog"
          : "no price for the grader " + grader.model().id() + " on " + request.asOf();
      return new Line(graded, repeats, g.inputTokens(), g.outputTokens(), Basis.GRADER, source, null, null, why,
          Spread.NONE, null);
    }
    return LinePrices.price(catalog, words, grader, graded, repeats, usage, price, request.pricing());
  }
}
