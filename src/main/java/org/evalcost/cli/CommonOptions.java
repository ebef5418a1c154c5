package org.evalcost.cli;

import java.nio.file.Path;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
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
      description = "Output format: table, csv, json or markdown (default: table).")
  Format format;

  @Option(names = "--debug", description = "Print the stack trace of an error.")
  boolean debug;

  Catalog catalog() {
    return new CatalogLoader(dataDir == null ? DataSource.builtIn() : DataSource.directory(dataDir)).load();
  }
}
