package org.evalcost.report;

import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;

/**
 * Turns estimates into the text of one format. Every output ends with a newline; lines end in \n.
 * A format that renders neither (Inspect's cost file lists models) leaves them to these defaults,
 * which refuse: {@link Format#renders} says so, and the cli refuses them when the options are parsed.
 */
public interface Renderer {
  default String estimate(Estimate estimate) {
    throw Shown.ESTIMATE.refused();
  }

  /** Several models on one suite: benchmarks as rows, models as columns (CSV: long form). */
  default String compare(Comparison comparison) {
    throw Shown.COMPARISON.refused();
  }
}
