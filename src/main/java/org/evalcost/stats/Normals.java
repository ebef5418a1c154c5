package org.evalcost.stats;

import java.util.Arrays;

/**
 * One seeded sequence of standard normals, drawn as far as anyone has needed it and kept: every
 * Monte Carlo run of {@code n} parts reads the same prefix, so runs with the same inputs give the
 * same result. The sequence can be drawn ahead, on a thread the caller owns ({@link #drawAhead}),
 * while the caller does other work; whoever needs more than has been drawn draws the rest.
 *
 * <p>Thread-safe: the sequence grows under this object's lock, one block at a time, so a reader
 * waits at most one block for a thread that is drawing ahead, and no draw is ever made twice.
 */
public final class Normals {
  /** Normals drawn per lock: small enough that a reader seldom waits on the drawing-ahead thread. */
  private static final int BLOCK = 1 << 14;

  private final int draws;
  private final Draws source;
  private double[] values = new double[0];
  private int drawn;
  /** Set once a reader has come: drawing ahead is then over, and readers draw what they need. */
  private boolean read;

  /**
   * @param seed the sequence's seed
   * @param draws the Monte Carlo's draws per run: a run of {@code n} parts reads {@code draws × (1 + 2n)}
   */
  public Normals(long seed, int draws) {
    if (draws < 1) {
      throw new IllegalArgumentException("at least one draw");
    }
    this.draws = draws;
    this.source = new Draws(seed);
  }

  /** How many normals a run of {@code parts} parts reads: one shared and two of each part's own per draw. */
  public int size(int parts) {
    return Math.multiplyExact(draws, 1 + 2 * parts);
  }

  public int draws() {
    return draws;
  }

  /**
   * At least the first {@link #size(int) size(parts)} normals of the sequence. The array is shared
   * and may be longer: read it, never write it.
   */
  public synchronized double[] forParts(int parts) {
    read = true;
    int size = size(parts);
    reserve(size);
    while (drawn < size) {
      drawBlock(size - drawn);
    }
    return values;
  }

  /**
   * A task that draws the sequence ahead as far as {@code parts} parts need, until then stopping
   * as soon as a reader comes: run it on a thread of your own while the catalog is read, say.
   */
  public Runnable drawAhead(int parts) {
    int size = size(parts);
    return new Runnable() {
      @Override
      public void run() {
        while (drawBlockAhead(size)) {
          // each call draws one block under the lock, so a reader can take it in between
        }
      }
    };
  }

  private synchronized boolean drawBlockAhead(int size) {
    if (read || drawn >= size) {
      return false;
    }
    reserve(size);
    drawBlock(size - drawn);
    return true;
  }

  /** Room for {@code size} normals, made once rather than block by block; under the lock. */
  private void reserve(int size) {
    if (values.length < size) {
      values = Arrays.copyOf(values, size);
    }
  }

  /** Draws the next block of at most {@code wanted} normals, into room reserved; under the lock. */
  private void drawBlock(int wanted) {
    int count = Math.min(wanted, BLOCK);
    for (int end = drawn + count; drawn < end; drawn++) {
      values[drawn] = source.gaussian();
    }
  }
}
