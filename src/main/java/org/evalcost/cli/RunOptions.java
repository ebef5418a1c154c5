package org.evalcost.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Names;
import org.evalcost.engine.Pricing;
import org.evalcost.engine.Suite;
import org.evalcost.engine.UnknownNameException;

/** What to run and how it is billed: shared by estimate, compare, diff and plan. */
final class RunOptions extends OptionGroup {
  final Value<String> suite = option("-s, --suite=SUITE", String.class,
      "Benchmark suite (default: the data's default suite, aa-index-v4.1).");
  final Value<List<String>> benchmarks = repeatable("-b, --benchmark=BENCHMARK", String.class, ",",
      "Only this benchmark; repeat the option, or separate with commas, for several.");
  final Value<Integer> repeats = option("--repeats=N", Integer.class,
      "Run every benchmark N times instead of the suite's repeats.");
  final Value<LocalDate> asOf = option("--as-of=DATE", LocalDate.class,
      "Use the prices in force on DATE (YYYY-MM-DD; default: today, UTC).")
      .converter(new DateConverter());
  final Value<Boolean> batch = flag("--batch",
      "Bill at the provider's batch rates (its explicit batch rates, else its documented discount).");
  final Value<BigDecimal> cacheHitRate = option("--cache-hit-rate=R", BigDecimal.class,
      "Bill this share (0 to 1) of every benchmark's input tokens at "
          + "the cached-input rate (default: an agentic benchmark's own share, others none).");
  final Value<Boolean> noCache = flag("--no-cache", "Bill all input at the list input rate, agentic benchmarks included.");
  final Value<String> grader = option("--grader=MODEL", String.class, "Grade the benchmarks a model grades (SimpleQA, "
      + "BrowseComp, HealthBench) with MODEL instead of each benchmark's own grader.");

  Suite suite(Catalog catalog) {
    if (suite.get() == null) {
      return catalog.defaultSuite();
    }
    return catalog.suite(suite.get()).orElseThrow(() -> new UnknownNameException("unknown suite '" + suite.get() + "'",
        Names.closest(suite.get(), catalog.suites().stream().map(Suite::id).toList(), 3)));
  }

  Pricing pricing() {
    boolean list = Boolean.TRUE.equals(noCache.get());
    if (list && cacheHitRate.get() != null) {
      throw new org.evalcost.engine.InvalidRequestException("--no-cache and --cache-hit-rate contradict each other; "
          + "give one");
    }
    return new Pricing(Boolean.TRUE.equals(batch.get()), cacheHitRate.get() == null ? BigDecimal.ZERO
        : cacheHitRate.get(), !list);
  }

  /** The model --grader names, or null for each benchmark's own. */
  org.evalcost.engine.ModelRef grader(Catalog catalog) {
    return grader.get() == null ? null : new org.evalcost.engine.ModelResolver(catalog).resolve(grader.get(), null);
  }

  LocalDate asOf(Environment environment) {
    return asOf.get() == null ? environment.today() : asOf.get();
  }
}
