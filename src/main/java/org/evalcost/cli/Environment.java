package org.evalcost.cli;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the commands take from the outside world, injected so tests can fix it: the clock that
 * says which prices are in force, environment variables, and whether stdout is a terminal.
 */
public record Environment(Clock clock, Map<String, String> variables, boolean terminal, InputStream stdin) {

  /** With nothing on standard input. */
  public Environment(Clock clock, Map<String, String> variables, boolean terminal) {
    this(clock, variables, terminal, InputStream.nullInputStream());
  }

  public static Environment system() {
    return new Environment(Clock.systemUTC(), System.getenv(), System.console() != null, System.in);
  }

  /** Today in UTC, so the answer does not depend on the machine's time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
  }

  /**
   * The terminal's width in characters (COLUMNS, which the launcher sets; 80 when unknown), or
   * null when stdout is not a terminal: a file or a pipe takes any width.
   */
  public Integer width() {
    if (!terminal) {
      return null;
    }
    try {
      int columns = Integer.parseInt(variables.getOrDefault("COLUMNS", "80").strip());
      return columns > 0 ? columns : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  public boolean color() {
    String noColor = variables.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
  }
}
