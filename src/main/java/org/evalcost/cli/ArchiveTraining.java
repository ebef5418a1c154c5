package org.evalcost.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * The run the launcher makes its class-data archive from: the commands people run most, in one
 * JVM, their output thrown away. A class this run never loads is read from the jar, and linked,
 * by every run that needs it; so this covers the common path of each command, in colour and not.
 */
public final class ArchiveTraining {
  /** Each one must succeed: a run that fails would train the archive on its error path. */
  static final String[][] RUNS = {
    {"estimate", "--model", "o1"},
    {"estimate", "--all-models", "--format", "csv"},
    {"estimate", "--model", "o3-mini", "--effort", "high", "--format", "json"},
    {"estimate", "--model", "gpt-4o", "--benchmark", "gpqa-diamond", "--format", "markdown"},
    {"compare", "--models", "o1,gpt-4o"},
    {"plan", "--model", "o1", "--budget", "100"},
    {"diff", "--base-as-of", "2025-05-01", "--as-of", "2025-07-01", "--model", "o3"},
    {"backtest"},
    {"models"},
    {"benchmarks"},
    {"suites"},
    {"estimate", "--help"},
    {"--help"},
  };

  private ArchiveTraining() {}

  public static void main(String[] args) {
    Main.configure();
    int failed = run(Environment.system().clock());
    System.exit(failed == 0 ? 0 : 1);
  }

  /** Runs every command, the first also in colour; returns how many failed, each reported on stderr. */
  static int run(Clock clock) {
    int failed = 0;
    PrintWriter none = Main.writer(OutputStream.nullOutputStream()); // as a run writes, to nowhere
    Environment plain = new Environment(clock, Map.of(), false);
    Environment colour = new Environment(clock, Map.of(), true);
    for (int i = 0; i < RUNS.length; i++) {
      int code = EvalCost.run(i == 0 ? colour : plain, none, none, RUNS[i]);
      if (i == 0) {
        code = Math.max(code, EvalCost.run(plain, none, none, RUNS[i]));
      }
      if (code != 0) {
        System.err.println("evalcost: training run failed with exit code " + code + ": " + Arrays.toString(RUNS[i]));
        failed++;
      }
    }
    return failed;
  }
}
