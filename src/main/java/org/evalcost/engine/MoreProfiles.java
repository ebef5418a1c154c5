package org.evalcost.engine;

import java.util.List;
import java.util.Set;

/**
 * Measured profiles read only when a lookup of one of {@link #benchmarks()} finds none among
 * the curated ones, one model's at a time: the generated profiles of Artificial Analysis's
 * measurements.
 */
public interface MoreProfiles {
  /** The benchmarks the profiles are of: a lookup of any other never reads them. */
  Set<String> benchmarks();

  /** The profiles of one model (by id), none when it has none. */
  List<UsageProfile> read(String model);

  /** Every one of them (for fitting priors and for the back-test; a run never needs them all). */
  List<UsageProfile> all();
}
