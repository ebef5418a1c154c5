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
final class RunOptions implements CommandSpecs.Options {
  final CommandSpecs.Value<String> suite = new CommandSpecs.Value<>();
  final CommandSpecs.Value<List<String>> benchmarks = new CommandSpecs.Value<>();
  final CommandSpecs.Value<Integer> repeats = new CommandSpecs.Value<>();
  final CommandSpecs.Value<LocalDate> asOf = new CommandSpecs.Value<>();
  final CommandSpecs.Value<Boolean> batch = new CommandSpecs.Value<>();
  final CommandSpecs.Value<BigDecimal> cacheHitRate = new CommandSpecs.Value<>();
  final CommandSpecs.Value<Boolean> noCache = new CommandSpecs.Value<>();
  final CommandSpecs.Value<String> grader = new CommandSpecs.Value<>();

  @Override
  public CommandSpecs addTo(CommandSpecs command) {
    return command
        .option("-s, --suite=SUITE", String.class, "Benchmark suite (default: the data's default suite, aa-index-v4.1).",
            suite)
        .repeatable("-b, --benchmark=BENCHMARK", String.class, null,
            "Only this benchmark; repeat the option for several.", benchmarks)
        .option("--repeats=N", Integer.class, "Run every benchmark N times instead of the suite's repeats.",
            repeats)
        .option("--as-of=DATE", LocalDate.class, "Use the prices in force on DATE (YYYY-MM-DD; default: today, UTC).",
            asOf)
        .converter(new DateConverter())
        .flag("--batch", "Bill at the provider's batch rates (its explicit batch rates, else its documented discount).",
            batch)
        .option("--cache-hit-rate=R", BigDecimal.class, "Bill this share (0 to 1) of every benchmark's input tokens at "
            + "the cached-input rate (default: an agentic benchmark's own share, others none).", cacheHitRate)
        .flag("--no-cache", "Bill all input at the list input rate, agentic benchmarks included.", noCache)
        .option("--grader=MODEL", String.class, "Grade the benchmarks a model grades (SimpleQA, BrowseComp, "
            + "HealthBench) with MODEL instead of each benchmark's own grader.", grader);
  }

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
