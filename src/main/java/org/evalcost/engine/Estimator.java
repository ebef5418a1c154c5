package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.evalcost.stats.MonteCarlo;
import org.evalcost.stats.Spread;

/**
 * Builds estimates. For each benchmark the token figures come from, in order of preference: a
 * measured profile; the model's prior scaled by its calibration factor, when a published cost of
 * a suite containing the benchmark calibrates the model; the prior for the model's class.
 */
public final class Estimator {
  private final Catalog catalog;
  private final MonteCarlo monteCarlo;
  /** How the front end names the parts of a request that an estimate's texts point to. */
  private final Function<RequestField, String> words;
  /**
   * The square root of each number of requests (items times repeats), worked out once:
   * --all-models asks for the same seven for every model, and BigDecimal's square root is slow.
   */
  private final Map<Long, BigDecimal> sqrtOfRequests = new ConcurrentHashMap<>();
  /** Each model's level from its measured benchmarks ({@link OwnLevel}), by model, setting and class. */
  private final Map<String, Optional<OwnLevel>> ownLevels = new ConcurrentHashMap<>();

  /** Estimates from {@code catalog}, their ranges drawn by {@code monteCarlo} (which keeps what it draws). */
  public Estimator(Catalog catalog, MonteCarlo monteCarlo) {
    this(catalog, monteCarlo, RequestField::label);
  }

  /**
   * The same, its texts naming each part of a request as {@code words} does ("--grader" rather
   * than the engine's "the request's grader").
   */
  public Estimator(Catalog catalog, MonteCarlo monteCarlo, Function<RequestField, String> words) {
    this.catalog = catalog;
    this.monteCarlo = monteCarlo;
    this.words = words;
  }

  /** How this estimator's texts name the parts of a request. */
  Function<RequestField, String> words() {
    return words;
  }

  /** The model and setting whose token figures this one uses (another seller's copy uses the original's). */
  private ModelRef tokensOf(ModelRef ref) {
    Model owner = catalog.tokensOf(ref.model());
    if (owner == ref.model()) {
      return ref;
    }
    return new ModelRef(owner, owner.setting(ref.setting().name()).orElse(ref.setting()));
  }

  /** Token figures of one benchmark, before any price is applied, and how uncertain the output is. */
  record Usage(BigDecimal input, BigDecimal output, Basis basis, Source source, Spread spread) {}

  public Estimate estimate(EstimateRequest request) {
    ModelRef ref = request.model();
    Optional<PricePeriod> price = ref.model().priceOn(request.asOf());
    ModelRef owner = tokensOf(ref);
    Optional<PublishedCost> calibrates = catalog.calibrationFor(owner.model().id(), owner.setting().name());
    Optional<Calibration> calibration = calibrates.isEmpty() ? Optional.empty()
        : Optional.of(new Calibrator(catalog, this).calibrate(owner, calibrates.get()));
    List<Line> lines = new ArrayList<>();
    List<Suite.Entry> entries = entries(request);
    // A calibration fixes the sum of its suite's calibrated lines, so their draws are pinned to it
    // together; an estimate of only some of them has no such sum, and each keeps its own spread.
    boolean pin = calibration.isPresent() && coversSuite(entries, calibration.get());
    for (Suite.Entry entry : entries) {
      int repeats = request.repeats() != null ? request.repeats() : entry.repeats();
      Benchmark benchmark = benchmark(entry.benchmark());
      Usage usage = request.outputTokens() != null && !benchmark.scoredByLikelihood()
          ? new Usage(benchmark.inputTokens(), request.outputTokens(), Basis.GIVEN,
              new Source("output tokens per item given with the request", request.asOf()), Spread.NONE)
          : usage(ref, benchmark, repeats, calibration, pin);
      lines.add(LinePrices.price(catalog, words, ref, benchmark, repeats, usage, price, request.pricing()));
      if (benchmark.grader() != null) {
        lines.add(GraderLines.line(catalog, words, benchmark, repeats, request));
      }
    }
    return finish(ref, request.suite(), request.asOf(), price, lines, calibration, request.pricing(),
        request.interval());
  }

  /** The suffix of a grader line's benchmark id: {@code simpleqa/grader}. */
  public static final String GRADER_SUFFIX = "/grader";

  /** Prices token counts the user gives, as one line of a one-benchmark suite named "given". */
  public Estimate estimate(ModelRef ref, GivenUsage given, LocalDate asOf, Pricing pricing) {
    Source source = new Source("given on the command line", asOf);
    Benchmark benchmark = new Benchmark("given", "Token counts given on the command line", given.items(),
        given.inputTokens().signum() == 0 ? BigDecimal.ONE : given.inputTokens(), source);
    Suite suite = new Suite("given", "Token counts given on the command line",
        List.of(new Suite.Entry(benchmark.id(), given.repeats())), source);
    Optional<PricePeriod> price = ref.model().priceOn(asOf);
    Usage usage = new Usage(given.inputTokens(), given.outputTokens(), Basis.GIVEN, source, Spread.NONE);
    Line line = LinePrices.price(catalog, words, ref, benchmark, given.repeats(), usage, price, pricing);
    return finish(ref, suite, asOf, price, List.of(line), Optional.empty(), pricing,
        EstimateRequest.DEFAULT_INTERVAL);
  }

  private Estimate finish(ModelRef ref, Suite suite, LocalDate asOf, Optional<PricePeriod> price,
      List<Line> lines, Optional<Calibration> calibration, Pricing pricing, BigDecimal interval) {
    List<String> warnings = new ArrayList<>();
    if (calibration.isPresent() && !calibration.get().fitted()) {
      Calibration c = calibration.get();
      warnings.add("could not calibrate to published cost '" + c.published().id() + "' ($"
          + Rounding.cents(c.published().costUsd()).toPlainString() + "): " + c.problem()
          + "; its lines are predicted instead");
    }
    for (Line line : lines) {
      if (line.basis() == Basis.PREDICTED) {
        Prior p = catalog.prior(ref.setting().priorClass()).orElseThrow();
        if (!p.outputTokens().containsKey(line.benchmark().id())) {
          warnings.add(line.benchmark().id() + ": no output-token figure of this benchmark in the prior '"
              + p.priorClass() + "', so it takes the prior's default, "
              + Rounding.tokens(p.defaultOutputTokens()).toPlainString() + " per item, which knows nothing of this "
              + "benchmark's answers; give the output tokens per item for a figure of your own");
        }
      }
    }
    if (ref.model().classGuessed()) {
      warnings.add("the prior class '" + ref.setting().priorClass() + "' of " + ref.label() + " is a guess ("
          + ref.model().classEvidence() + "); a measured profile, or " + words.apply(RequestField.EFFORT)
          + ", settles it");
    }
    if (price.isEmpty()) {
      LocalDate first = ref.model().prices().isEmpty() ? null : ref.model().prices().get(0).effectiveFrom();
      warnings.add("total is incomplete: no price for " + ref.model().id() + " on " + asOf
          + (first != null && asOf.isBefore(first) ? " (the catalog prices it from " + first + " on)" : ""));
    } else {
      Set<String> reasons = new LinkedHashSet<>(); // each once, in the lines' order
      for (Line line : lines) {
        if (!line.priced()) {
          reasons.add(line.priceNote());
        }
      }
      for (String reason : reasons) {
        warnings.add("total is incomplete: " + reason);
      }
    }
    Ranges.Result ranged = Ranges.apply(lines, interval, monteCarlo);
    Optional<Prior> prior = catalog.prior(ref.setting().priorClass());
    Optional<OwnLevel> own = Optional.empty();
    for (Line line : lines) {
      if (prior.isPresent() && (line.basis() == Basis.PREDICTED || line.basis() == Basis.CALIBRATED)) {
        own = ownLevel(tokensOf(ref), prior.get());
        break;
      }
    }
    return new Estimate(ref, suite, asOf, price, ranged.lines(), calibration, prior, pricing, warnings, interval,
        ranged.total(), own);
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

  Benchmark benchmark(String id) {
    Optional<Benchmark> known = catalog.benchmark(id);
    if (known.isEmpty()) {
      throw new UnknownNameException("unknown benchmark '" + id + "'",
          Names.closest(id, catalog.benchmarks().stream().map(Benchmark::id).toList(), 3));
    }
    return known.get();
  }

  /**
   * The token figures and their spread: a measured mean is off by its standard error; a
   * calibrated one by how the benchmark departs from the prior's shape; a predicted one also by
   * how verbose the model is within its class. The sum over a line's requests adds the spread
   * between items, which shrinks with their number.
   */
  /** Whether the estimate runs every benchmark of the calibration's suite. */
  private boolean coversSuite(List<Suite.Entry> entries, Calibration calibration) {
    for (Suite.Entry e : catalog.suite(calibration.published().suite()).orElseThrow().entries()) {
      boolean found = false;
      for (Suite.Entry mine : entries) {
        found |= mine.benchmark().equals(e.benchmark());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  Usage usage(ModelRef ref, Benchmark benchmark, int repeats, Optional<Calibration> calibration,
      boolean pin) {
    long requests = benchmark.items() * repeats;
    BigDecimal root = sqrtOfRequests.get(requests);
    if (root == null) {
      root = BigDecimal.valueOf(requests).sqrt(MathContext.DECIMAL64);
      sqrtOfRequests.put(requests, root);
    }
    BigDecimal items = benchmark.outputCv().divide(root, MathContext.DECIMAL64);
    ModelRef owner = tokensOf(ref);
    if (benchmark.scoredByLikelihood()) {
      return new Usage(benchmark.inputTokens(), BigDecimal.ZERO, Basis.SCORED, benchmark.source(), Spread.NONE);
    }
    Optional<UsageProfile> profile = catalog.profile(owner.model().id(), owner.setting().name(), benchmark.id());
    if (profile.isPresent()) {
      BigDecimal error = profile.get().relativeError(benchmark.outputCv());
      return new Usage(profile.get().inputTokens(), profile.get().outputTokens(), Basis.MEASURED,
          profile.get().source(), new Spread(BigDecimal.ZERO, error, items, false));
    }
    Prior prior = prior(ref, benchmark.id());
    BigDecimal output = prior.outputTokens(benchmark.id()).orElseThrow();
    LocalDate released = owner.model().released();
    BigDecimal level = baseLevel(owner, prior);
    Optional<OwnLevel> own = ownLevel(owner, prior);
    BigDecimal levelSigma = prior.levelSigma(released);
    if (own.isPresent()) {
      level = level.add(own.get().level());
      levelSigma = own.get().sigma();
    }
    if (level.signum() != 0) {
      output = output.multiply(org.evalcost.stats.ClassFit.factor(level), MathContext.DECIMAL64);
    }
    BigDecimal shape = prior.shapeSigma(benchmark.id());
    BigDecimal input = prior.inputTokens(benchmark.id()).orElse(benchmark.inputTokens());
    BigDecimal inputLevel = prior.inputLevel(benchmark.id(), released);
    if (inputLevel.signum() != 0) {
      input = input.multiply(org.evalcost.stats.ClassFit.factor(inputLevel), MathContext.DECIMAL64);
    }
    if (calibration.isPresent() && calibration.get().fitted() && inSuite(calibration.get(), benchmark.id())) {
      return new Usage(input, output.multiply(calibration.get().factor(), MathContext.DECIMAL64),
          Basis.CALIBRATED, calibration.get().published().source(), new Spread(BigDecimal.ZERO, shape, items, pin));
    }
    return new Usage(input, output, Basis.PREDICTED, prior.source(), new Spread(levelSigma, shape, items, false));
  }

  /** The level the class's prior gives the model before any measurement of it: its family's and its release day's. */
  private static BigDecimal baseLevel(ModelRef owner, Prior prior) {
    return prior.familyLevel(ModelNames.family(owner.model().id())).add(prior.releaseLevel(owner.model().released()));
  }

  /** What the model's measured benchmarks say of its level, worked out once per model, setting and class. */
  private Optional<OwnLevel> ownLevel(ModelRef owner, Prior prior) {
    String key = owner.model().id() + "\u0000" + owner.setting().name() + "\u0000" + prior.priorClass();
    Optional<OwnLevel> known = ownLevels.get(key);
    if (known == null) {
      known = OwnLevel.of(catalog, owner.model().id(), owner.setting().name(), prior, baseLevel(owner, prior),
          prior.levelSigma(owner.model().released()), null);
      ownLevels.put(key, known);
    }
    return known;
  }

  private boolean inSuite(Calibration calibration, String benchmarkId) {
    for (Suite.Entry e : catalog.suite(calibration.published().suite()).orElseThrow().entries()) {
      if (e.benchmark().equals(benchmarkId)) {
        return true;
      }
    }
    return false;
  }

  private Prior prior(ModelRef ref, String benchmarkId) {
    String priorClass = ref.setting().priorClass();
    Optional<Prior> named = catalog.prior(priorClass);
    if (named.isEmpty()) {
      throw new IllegalStateException("no prior named '" + priorClass + "'");
    }
    Prior prior = named.get();
    if (prior.outputTokens(benchmarkId).isEmpty()) {
      throw new InvalidRequestException(
          "no token figures for " + ref.label() + " on " + benchmarkId
              + ": nothing measured, and the prior '" + priorClass + "' has no figure for it; give its output "
              + "tokens per item");
    }
    return prior;
  }

}
