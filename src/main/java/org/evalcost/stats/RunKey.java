package org.evalcost.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** What a run's result depends on, as one list of numbers. Equality written out, as {@link PartKey}'s. */
final class RunKey {
  private final Object[] parts;
  private final int hash;

  RunKey(List<Spread> spreads, List<BigDecimal> weights, List<BigDecimal> pinWeights, int[] partners,
      BigDecimal interval) {
    int n = spreads.size();
    parts = new Object[7 * n + 1];
    for (int i = 0; i < n; i++) {
      Spread s = spreads.get(i);
      parts[6 * i] = s.shared();
      parts[6 * i + 1] = s.own();
      parts[6 * i + 2] = s.items();
      parts[6 * i + 3] = s.pinned();
      parts[6 * i + 4] = weights.get(i);
      parts[6 * i + 5] = pinWeights.get(i);
      parts[6 * n + i] = partners == null ? -1 : partners[i];
    }
    parts[7 * n] = interval;
    hash = Arrays.hashCode(parts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunKey k && k.hash == hash && Arrays.equals(k.parts, parts);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
