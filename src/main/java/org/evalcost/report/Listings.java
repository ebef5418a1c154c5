package org.evalcost.report;

import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.Suite;

/**
 * The catalog's listings in one format: its models with their prices, its benchmarks, its suites.
 * A format that lists only some (Inspect's cost file lists models) leaves the others to these
 * defaults, which refuse: {@link Format#renders} says so, and the cli refuses them when the
 * options are parsed, so these refusals are never reached from it.
 */
public interface Listings {
  default String models(List<Model> models, LocalDate asOf) {
    throw Shown.MODELS.refused();
  }

  default String benchmarks(List<Benchmark> benchmarks) {
    throw Shown.BENCHMARKS.refused();
  }

  default String suites(List<Suite> suites, String defaultSuite) {
    throw Shown.SUITES.refused();
  }
}
