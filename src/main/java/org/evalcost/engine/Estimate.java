package org.evalcost.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer: one line per benchmark, the price period used (empty when none was in force), and
 * the calibration behind any calibrated line.
 */
public record Estimate(
    ModelRef model,
    Suite suite,
    LocalDate asOf,
    Optional<PricePeriod> price,
    List<Line> lines,
    Optional<Calibration> calibration,
    Optional<Prior> prior) {

  public Estimate {
    lines = List.copyOf(lines);
  }

  public Totals totals() {
    return Totals.of(lines);
  }
}
