package org.evalcost.cli;

import java.nio.file.Path;
import java.util.List;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.report.Format;

/** Options every command shares: where the data is, the output format, and --debug. */
final class CommonOptions extends OptionGroup {
  final Value<Path> dataDir;
  final Value<Format> format;
  final Value<Path> prices;
  final Value<Boolean> pricesOnly;
  final Value<Path> profiles;
  final Value<Path> benchmarkFile;

  CommonOptions() {
    this(true);
  }

  /**
   * With {@code estimates} false, for a command that writes a data file (import, profile): no
   * --format, --profiles, --benchmark-file or --config, so giving one is refused rather than ignored.
   */
  CommonOptions(boolean estimates) {
    dataDir = option("--data-dir=DIR", Path.class,
        "Read models.json, benchmarks.json, ... from DIR instead of the data built into evalcost.");
    format = !estimates ? Value.unset() : option("--format=FORMAT", Format.class,
        "Output format: table, csv, json, markdown, html (a report with charts) or svg "
            + "(the chart alone); html and svg for estimate, compare, plan and backtest; inspect, for models: "
            + "Inspect AI's --model-cost-config file (default: table).")
        .defaultValue("table")
        .candidates("table", "csv", "json", "markdown", "html", "svg", "inspect");
    prices = option("--prices=FILE", Path.class,
        "Lay your own prices over the catalog: a file shaped like data/models.json; "
            + "its models replace those with the same id, new ids are added.");
    pricesOnly = flag("--prices-only", "With --prices: use only the file's models.");
    profiles = !estimates ? Value.unset() : option("--profiles=FILE", Path.class,
        "Measured usage of your own (as 'evalcost profile' writes it): it wins over the shipped "
            + "figures, and brings benchmarks the data lacks.");
    benchmarkFile = !estimates ? Value.unset() : option("--benchmark-file=FILE", Path.class,
        "Benchmarks of your own (shaped like data/benchmarks.json, as 'evalcost tokens' writes them).");
    group(new OutputOption());
    if (estimates) { // read before parsing, by ProjectDefaults: it gives the other options their defaults
      option("--config=FILE", Path.class, "Defaults for options not given here (suite, models, prices, max_cost, "
          + "...): a project file; without it, evalcost.json in the current folder when there is one.");
    }
    flag("--debug", "Print the stack trace of an error."); // read from the parse result, by Failures
  }

  /** The ids of the --benchmark-file's benchmarks, once the catalog is read; empty without one. */
  private List<String> fileBenchmarks = List.of();

  /** The benchmarks to run: those named, else a --benchmark-file's, else (empty) the suite's. */
  List<String> benchmarks(List<String> named) {
    return named.isEmpty() ? fileBenchmarks : named;
  }

  /** The catalog for a run under {@code root}; what it had to assume of the user's files goes to stderr. */
  Catalog catalog(EvalCost root) {
    List<String> warnings = new java.util.ArrayList<>();
    Catalog catalog = catalog(dataDir.get(), root.environment, warnings);
    java.io.PrintWriter err = root.err();
    for (String w : warnings) {
      err.print("evalcost: warning: " + root.stdin.clean(w) + "\n");
    }
    err.flush();
    return catalog;
  }

  Catalog catalog(Path dir, Environment environment) {
    return catalog(dir, environment, new java.util.ArrayList<>());
  }

  /**
   * The catalog of {@code dir} (the built-in data when null), with the prices of the user's last
   * {@code evalcost update} and then --prices laid over it.
   */
  private Catalog catalog(Path dir, Environment environment, List<String> warnings) {
    if (pricesOnly.get() && prices.get() == null) {
      throw new InvalidRequestException("--prices-only needs --prices FILE");
    }
    Catalog catalog = new CatalogLoader(dir == null ? DataSource.builtIn() : DataSource.directory(dir)).load();
    Path cache = environment == null ? null : org.evalcost.importer.PriceCache.dir(environment.variables());
    Path updated = cache == null ? null : cache.resolve("prices");
    if (updated != null && java.nio.file.Files.isRegularFile(updated.resolve(org.evalcost.importer.PriceUpdate.CURATED))) {
      catalog = CatalogLoader.withUpdate(catalog, updated, org.evalcost.importer.PriceUpdate.CURATED,
          org.evalcost.importer.PriceUpdate.MODELS, org.evalcost.importer.PriceUpdate.CONFIRMED);
    }
    if (benchmarkFile.get() != null) {
      List<org.evalcost.engine.Benchmark> read = CatalogLoader.readBenchmarks(benchmarkFile.get());
      catalog = catalog.withBenchmarks(read);
      List<String> ids = new java.util.ArrayList<>();
      for (org.evalcost.engine.Benchmark b : read) {
        ids.add(b.id());
      }
      fileBenchmarks = List.copyOf(ids);
    }
    if (prices.get() != null) {
      catalog = CatalogLoader.withPrices(catalog, prices.get(), pricesOnly.get(), warnings);
    }
    return profiles.get() == null ? catalog : CatalogLoader.withProfiles(catalog, profiles.get());
  }
}
