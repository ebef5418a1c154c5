package org.evalcost.stats;

import java.util.Arrays;

/** What an unpinned part's draws depend on. Equality written out: a record's is slow to link. */
final class PartKey {
  private final int count;
  private final int index;
  private final long shared;
  private final long own;
  private final long items;
  private final long lowP;

  PartKey(int count, int index, double shared, double own, double items, double lowP) {
    this.count = count;
    this.index = index;
    this.shared = Double.doubleToLongBits(shared);
    this.own = Double.doubleToLongBits(own);
    this.items = Double.doubleToLongBits(items);
    this.lowP = Double.doubleToLongBits(lowP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartKey k && count == k.count && index == k.index && shared == k.shared
        && own == k.own && items == k.items && lowP == k.lowP;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new long[] {count, index, shared, own, items, lowP});
  }
}
