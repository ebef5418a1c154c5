package org.evalcost.cli;

import java.nio.file.Path;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.report.Format;
import picocli.CommandLine.Option;

/** Options every command shares: where the data is, the output format, and --debug. */
final class CommonOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Read models.json, benchmarks.json, ... from DIR instead of the data built into evalcost.")
  Path dataDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output format: table, csv, json, markdown, html (a report with charts) or svg "
          + "(the chart alone); html and svg for estimate, compare, plan and backtest (default: table).")
  Format format;

  @Option(
      names = "--prices",
      paramLabel = "FILE",
      description = "Lay your own prices over the catalog: a file shaped like data/models.json; "
          + "its models replace those with the same id, new ids are added.")
  Path prices;

  @Option(names = "--prices-only", description = "With --prices: use only the file's models.")
  boolean pricesOnly;

  @Option(
      names = "--profiles",
      paramLabel = "FILE",
      description = "Measured usage of your own (as 'evalcost profile' writes it): it wins over the shipped "
          + "figures, and brings benchmarks the data lacks.")
  Path profiles;

  @Option(
      names = "--benchmark-file",
      paramLabel = "FILE",
      description = "Benchmarks of your own (shaped like data/benchmarks.json, as 'evalcost tokens' writes them).")
  Path benchmarkFile;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  Catalog catalog() {
    return catalog(dataDir);
  }

  /** The catalog of {@code dir} (the built-in data when null), with --prices laid over it. */
  Catalog catalog(Path dir) {
    if (pricesOnly && prices == null) {
      throw new InvalidRequestException("--prices-only needs --prices FILE");
    }
    Catalog catalog = new CatalogLoader(dir == null ? DataSource.builtIn() : DataSource.directory(dir)).load();
    if (benchmarkFile != null) {
      catalog = CatalogLoader.withBenchmarks(catalog, benchmarkFile);
    }
    if (prices != null) {
      catalog = CatalogLoader.withPrices(catalog, prices, pricesOnly);
    }
    return profiles == null ? catalog : CatalogLoader.withProfiles(catalog, profiles);
  }
}
