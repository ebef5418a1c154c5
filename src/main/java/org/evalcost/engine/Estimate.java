package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer: one line per benchmark, the price period used (empty when none was in force), the
 * calibration behind any calibrated line, what the model's measured benchmarks say of its level
 * for its predicted and calibrated ones, and warnings a reader must see (a missing price, a
 * calibration that could not be fitted).
 */
public record Estimate(
    ModelRef model,
    Suite suite,
    LocalDate asOf,
    Optional<PricePeriod> price,
    List<Line> lines,
    Optional<Calibration> calibration,
    Optional<Prior> prior,
    Pricing pricing,
    List<String> warnings,
    BigDecimal interval,
    Range totalRange,
    Optional<OwnLevel> ownLevel) {

  public Estimate {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /** An estimate whose predicted lines rest on no measurement of the model. */
  public Estimate(ModelRef model, Suite suite, LocalDate asOf, Optional<PricePeriod> price, List<Line> lines,
      Optional<Calibration> calibration, Optional<Prior> prior, Pricing pricing, List<String> warnings,
      BigDecimal interval, Range totalRange) {
    this(model, suite, asOf, price, lines, calibration, prior, pricing, warnings, interval, totalRange,
        Optional.empty());
  }

  public Totals totals() {
    return Totals.of(lines, totalRange);
  }
}
