package org.evalcost.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process with a fixed date and captured output. */
final class Cli {
  /** Prices in force on 2025-06-01: think-1's second period. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  /**
   * Relative to the project directory, where Maven runs the tests, so no absolute path reaches
   * output that golden files hold.
   */
  static final String FIXTURE = "src/test/resources/catalog";

  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return run(new Environment(CLOCK, Map.of(), false), args);
  }

  static Result run(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EvalCost.run(environment, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The same, reading the frozen test catalog rather than the shipped data. */
  static Result fixture(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--data-dir");
    all.add(FIXTURE);
    return run(all.toArray(String[]::new));
  }
}
