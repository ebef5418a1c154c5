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
    throw refused(Shown.ESTIMATE);
  }

  /** Several models on one suite: benchmarks as rows, models as columns (CSV: long form). */
  default String compare(Comparison comparison) {
    throw refused(Shown.COMPARISON);
  }

  /** What a format's default refuses: never reached from the cli, which refuses it first. */
  static IllegalStateException refused(Shown shown) {
    return new IllegalStateException(shown + " is not rendered in this format (Format.renders)");
  }
}
