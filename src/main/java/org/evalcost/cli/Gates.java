package org.evalcost.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.evalcost.engine.Budget;
import org.evalcost.engine.Estimate;

/** Turns a gate's verdict into messages on stderr and an exit code. */
final class Gates {
  private Gates() {}

  static int maxCost(List<Estimate> estimates, BigDecimal maxUsd, PrintWriter err) {
    if (maxUsd == null) {
      return ExitCodes.OK;
    }
    Budget.Verdict verdict = Budget.check(estimates, maxUsd);
    return report(verdict.over(), verdict.unchecked(), "over budget", err);
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
