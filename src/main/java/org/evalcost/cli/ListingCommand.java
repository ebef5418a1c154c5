package org.evalcost.cli;

import org.evalcost.engine.Catalog;

/** evalcost benchmarks and evalcost suites: the catalog's benchmarks, or its suites, listed. */
final class ListingCommand extends CatalogCommand {
  /** What is listed. */
  enum Listing {
    /** Items and prompt sizes. */
    BENCHMARKS,
    /** Which benchmarks each suite runs, and how often. */
    SUITES
  }

  private final Listing listing;

  ListingCommand(Listing listing) {
    this.listing = listing;
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .sortedByName()
        .description(listing == Listing.BENCHMARKS
            ? "List the benchmarks with their items and mean input tokens per item."
            : "List the benchmark suites, their benchmarks and repeats.")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  @Override
  public Integer call() {
    Catalog catalog = catalog();
    out().print(listing == Listing.BENCHMARKS ? listings().benchmarks(catalog.benchmarks())
        : listings().suites(catalog.suites(), catalog.defaultSuite().id()));
    return ExitCodes.OK;
  }
}
