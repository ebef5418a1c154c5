package org.evalcost.cli;

import java.util.List;

/** Every exit code evalcost returns, listed in --help and the README. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** A bug: something failed that should not; rerun with --debug and report it. */
  public static final int INTERNAL = 1;
  /** The command line cannot be answered: unknown option, model, benchmark or suite, bad value. */
  public static final int USAGE = 2;
  /** A data file is missing, malformed or inconsistent; the message names file, line and field. */
  public static final int DATA = 3;
  /** A CI gate failed: an estimate over --max-cost, or a rise over --fail-on-increase. */
  public static final int GATE = 4;
  /** A CI gate could not be checked: a price it needed is missing, so a total is incomplete. */
  public static final int GATE_UNCHECKED = 5;
  /** evalcost update could not download a catalog, or refused the one it got; the previous prices are kept. */
  public static final int UPDATE_FAILED = 6;
  /** The output could not be written (a full disk, a closed pipe); what was written is incomplete. */
  public static final int OUTPUT_FAILED = 7;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_LINE = "0:success";
  static final String INTERNAL_LINE = "1:internal error (a bug; rerun with --debug)";
  static final String USAGE_LINE = "2:usage error: unknown option, model, benchmark or suite, or a bad value";
  static final String DATA_LINE = "3:data error: a data file is missing, malformed or inconsistent";
  static final String GATE_LINE = "4:gate failed: over --max-cost or --fail-on-increase";
  static final String GATE_UNCHECKED_LINE = "5:gate not checkable: a price is missing, a total is incomplete";
  static final String UPDATE_FAILED_LINE = "6:update failed: nothing usable downloaded; the previous prices are kept";
  static final String OUTPUT_FAILED_LINE = "7:the output could not be written (a full disk, a closed pipe)";

  /** The list in --help of a command with no CI gate, and of one with --max-cost or --fail-on-increase. */
  static final List<String> WITHOUT_GATES = List.of(OK_LINE, INTERNAL_LINE, USAGE_LINE, DATA_LINE);
  static final List<String> WITH_GATES = List.of(OK_LINE, INTERNAL_LINE, USAGE_LINE, DATA_LINE, GATE_LINE,
      GATE_UNCHECKED_LINE);
  /** Every code, for the top command's --help. */
  static final List<String> ALL = List.of(OK_LINE, INTERNAL_LINE, USAGE_LINE, DATA_LINE, GATE_LINE,
      GATE_UNCHECKED_LINE, UPDATE_FAILED_LINE, OUTPUT_FAILED_LINE);

  private ExitCodes() {}
}
