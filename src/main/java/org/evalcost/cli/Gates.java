package org.evalcost.cli;

import java.io.PrintWriter;
import java.util.List;
import org.evalcost.engine.Budget;

/** Turns a gate's verdict into messages on stderr and an exit code. */
final class Gates {
  private Gates() {}

  /** The --max-cost gate's exit code; OK without one. */
  static int maxCost(Budget.Verdict verdict, PrintWriter err) {
    return verdict == null ? ExitCodes.OK : report(verdict.over(), verdict.unchecked(), "over budget", err);
  }

  static int report(List<String> failed, List<String> unchecked, String what, PrintWriter err) {
    failed.forEach(m -> err.print("evalcost: " + what + ": " + m + "\n"));
    unchecked.forEach(m -> err.print("evalcost: gate not checked: " + m + "\n"));
    err.flush();
    if (!failed.isEmpty()) {
      return ExitCodes.GATE;
    }
    return unchecked.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_UNCHECKED;
  }
}
