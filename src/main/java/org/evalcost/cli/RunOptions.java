package org.evalcost.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Names;
import org.evalcost.engine.Pricing;
import org.evalcost.engine.Suite;
import org.evalcost.engine.UnknownNameException;
import picocli.CommandLine.Option;

/** What to run and how it is billed: shared by estimate, compare, diff and plan. */
final class RunOptions {
  @Option(names = {"-s", "--suite"}, paramLabel = "SUITE",
      description = "Benchmark suite (default: the data's default suite, aa-index-v2).")
  String suite;

  @Option(names = {"-b", "--benchmark"}, paramLabel = "BENCHMARK",
      description = "Only this benchmark; repeat the option for several.")
  List<String> benchmarks = new ArrayList<>();

  @Option(names = "--repeats", paramLabel = "N",
      description = "Run every benchmark N times instead of the suite's repeats.")
  Integer repeats;

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Use the prices in force on DATE (YYYY-MM-DD; default: today, UTC).")
  LocalDate asOf;

  @Option(names = "--batch", description = "Bill at the provider's batch rates (its explicit batch rates, else its documented discount).")
  boolean batch;

  @Option(names = "--cache-hit-rate", paramLabel = "R",
      description = "Bill this share (0 to 1) of input tokens at the cached-input rate.")
  BigDecimal cacheHitRate;

  Suite suite(Catalog catalog) {
    if (suite == null) {
      return catalog.defaultSuite();
    }
    return catalog.suite(suite).orElseThrow(() -> new UnknownNameException("unknown suite '" + suite + "'",
        Names.closest(suite, catalog.suites().stream().map(Suite::id).toList(), 3)));
  }

  Pricing pricing() {
    return new Pricing(batch, cacheHitRate == null ? BigDecimal.ZERO : cacheHitRate);
  }

  LocalDate asOf(Environment environment) {
    return asOf == null ? environment.today() : asOf;
  }
}
