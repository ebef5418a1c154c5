package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds estimates. For each benchmark the token figures come from, in order of preference: a
 * measured profile; the model's prior scaled by its calibration factor, when a published cost of
 * a suite containing the benchmark calibrates the model; the prior for the model's class.
 */
public final class Estimator {
  private final Catalog catalog;

  public Estimator(Catalog catalog) {
    this.catalog = catalog;
  }

  public Estimate estimate(EstimateRequest request) {
    ModelRef ref = request.model();
    Optional<PricePeriod> price = ref.model().priceOn(request.asOf());
    Optional<Calibration> calibration =
        catalog.calibrationFor(ref.model().id(), ref.setting().name()).map(p -> calibrate(ref, p));
    List<Line> lines = new ArrayList<>();
    for (Suite.Entry entry : entries(request)) {
      int repeats = request.repeats() != null ? request.repeats() : entry.repeats();
      lines.add(line(ref, entry.benchmark(), repeats, price.map(PricePeriod::rates), calibration));
    }
    return new Estimate(
        ref, request.suite(), request.asOf(), price, lines, calibration, catalog.prior(ref.setting().priorClass()));
  }

  private List<Suite.Entry> entries(EstimateRequest request) {
    if (request.benchmarks().isEmpty()) {
      return request.suite().entries();
    }
    List<Suite.Entry> chosen = new ArrayList<>();
    for (String id : request.benchmarks()) {
      Benchmark benchmark = benchmark(id);
      chosen.add(
          request.suite().entries().stream()
              .filter(e -> e.benchmark().equals(benchmark.id()))
              .findFirst()
              .orElse(new Suite.Entry(benchmark.id(), 1)));
    }
    return chosen;
  }

  private Benchmark benchmark(String id) {
    return catalog
        .benchmark(id)
        .orElseThrow(
            () ->
                new UnknownNameException(
                    "unknown benchmark '" + id + "'",
                    Names.closest(id, catalog.benchmarks().stream().map(Benchmark::id).toList(), 3)));
  }

  private Line line(
      ModelRef ref,
      String benchmarkId,
      int repeats,
      Optional<Rates> rates,
      Optional<Calibration> calibration) {
    Benchmark benchmark = benchmark(benchmarkId);
    Optional<UsageProfile> profile =
        catalog.profile(ref.model().id(), ref.setting().name(), benchmarkId);
    BigDecimal input;
    BigDecimal output;
    Basis basis;
    Source source;
    if (profile.isPresent()) {
      input = profile.get().inputTokens();
      output = profile.get().outputTokens();
      basis = Basis.MEASURED;
      source = profile.get().source();
    } else {
      Prior prior = prior(ref, benchmarkId);
      input = benchmark.inputTokens();
      output = prior.outputTokens(benchmarkId).orElseThrow();
      source = prior.source();
      basis = Basis.PREDICTED;
      if (calibration.isPresent() && calibration.get().fitted() && inSuite(calibration.get(), benchmarkId)) {
        output = output.multiply(calibration.get().factor(), MathContext.DECIMAL64);
        basis = Basis.CALIBRATED;
        source = calibration.get().published().source();
      }
    }
    Line unpriced = new Line(benchmark, repeats, input, output, basis, source, null);
    if (rates.isEmpty()) {
      return unpriced;
    }
    BigDecimal cost = Cost.of(unpriced.inputTokens(), unpriced.outputTokens(), rates.get());
    return new Line(benchmark, repeats, input, output, basis, source, cost);
  }

  private boolean inSuite(Calibration calibration, String benchmarkId) {
    return catalog.suite(calibration.published().suite()).orElseThrow().entries().stream()
        .anyMatch(e -> e.benchmark().equals(benchmarkId));
  }

  private Prior prior(ModelRef ref, String benchmarkId) {
    String priorClass = ref.setting().priorClass();
    Prior prior =
        catalog
            .prior(priorClass)
            .orElseThrow(() -> new IllegalStateException("no prior named '" + priorClass + "'"));
    if (prior.outputTokens(benchmarkId).isEmpty()) {
      throw new InvalidRequestException(
          "no token figures for " + ref.label() + " on " + benchmarkId
              + ": nothing measured, and the prior '" + priorClass + "' has no figure for it");
    }
    return prior;
  }

  /**
   * Fits factor k so that measured lines plus input at the benchmarks' prompt sizes plus k times
   * the prior's output tokens cost exactly the published amount, at the prices of its date.
   */
  Calibration calibrate(ModelRef ref, PublishedCost published) {
    Suite suite = catalog.suite(published.suite()).orElseThrow();
    Optional<PricePeriod> price = ref.model().priceOn(published.pricesAsOf());
    if (price.isEmpty()) {
      return new Calibration(published, null, "no price in force on " + published.pricesAsOf());
    }
    Rates rates = price.get().rates();
    BigDecimal fixed = BigDecimal.ZERO;
    BigDecimal scalable = BigDecimal.ZERO;
    for (Suite.Entry entry : suite.entries()) {
      Line line = line(ref, entry.benchmark(), entry.repeats(), Optional.of(rates), Optional.empty());
      if (line.basis() == Basis.MEASURED) {
        fixed = fixed.add(line.cost());
      } else {
        fixed = fixed.add(Cost.of(line.inputTokens(), BigDecimal.ZERO, rates));
        scalable = scalable.add(Cost.of(BigDecimal.ZERO, line.outputTokens(), rates));
      }
    }
    if (scalable.signum() == 0) {
      return new Calibration(published, null, "every benchmark of " + suite.id() + " is measured");
    }
    BigDecimal factor = published.costUsd().subtract(fixed).divide(scalable, MathContext.DECIMAL64);
    if (factor.signum() <= 0) {
      return new Calibration(
          published,
          null,
          "the published $" + published.costUsd().toPlainString()
              + " is less than the measured and input cost alone ($" + Rounding.cents(fixed) + ")");
    }
    return new Calibration(published, factor, null);
  }
}
