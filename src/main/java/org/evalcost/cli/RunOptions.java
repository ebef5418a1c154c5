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
final class RunOptions {
  String suite;
  List<String> benchmarks = List.of();
  Integer repeats;
  LocalDate asOf;
  boolean batch;
  BigDecimal cacheHitRate;

  Specs options(Specs command) {
    return command
        .option("-s, --suite=SUITE", String.class, "Benchmark suite (default: the data's default suite, aa-index-v2).",
            v -> suite = v)
        .repeatable("-b, --benchmark=BENCHMARK", String.class, null,
            "Only this benchmark; repeat the option for several.", v -> benchmarks = v)
        .option("--repeats=N", Integer.class, "Run every benchmark N times instead of the suite's repeats.",
            v -> repeats = v)
        .option("--as-of=DATE", LocalDate.class, "Use the prices in force on DATE (YYYY-MM-DD; default: today, UTC).",
            v -> asOf = v)
        .converter(new DateConverter())
        .flag("--batch", "Bill at the provider's batch rates (its explicit batch rates, else its documented discount).",
            v -> batch = v)
        .option("--cache-hit-rate=R", BigDecimal.class, "Bill this share (0 to 1) of input tokens at the cached-input rate.",
            v -> cacheHitRate = v);
  }

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
