package org.evalcost.cli;

import org.evalcost.stats.MonteCarlo;
import org.evalcost.stats.Normals;

/**
 * The Monte Carlo of a command that estimates, its normals drawn on a thread of their own from the
 * moment the command starts: the drawing takes another core while the catalog is read, and stops
 * when the first estimate asks for its draws, which then draws whatever is still missing itself.
 */
final class DrawnAhead {
  /**
   * The most parts drawn ahead: a suite's lines and its drawn input costs. More than any built-in
   * suite needs; the thread stops earlier whenever the estimate is ready first.
   */
  static final int PARTS = 24;

  private DrawnAhead() {}

  static MonteCarlo monteCarlo() {
    Normals normals = new Normals(MonteCarlo.SEED, MonteCarlo.DRAWS);
    Thread thread = new Thread(normals.drawAhead(PARTS), "evalcost-draws");
    thread.setDaemon(true);
    thread.start();
    return new MonteCarlo(normals);
  }
}
