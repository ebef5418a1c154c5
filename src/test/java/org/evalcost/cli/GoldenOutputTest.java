package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import org.evalcost.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command in every format, and every --help, against files reviewed by a person. */
class GoldenOutputTest {
  private static final String[] FORMATS = {"table", "csv", "json", "markdown"};

  private static String extension(String format) {
    return switch (format) {
      case "table" -> "txt";
      case "markdown" -> "md";
      default -> format;
    };
  }

  private static void check(String name, Cli.Result result) {
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    Golden.assertMatches(name, result.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "markdown", "html", "svg"})
  void estimateEveryBasis(String format) {
    check("estimate-all." + extension(format),
        Cli.fixture("estimate", "--model", "t1", "--suite", "all", "--format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "markdown"})
  void estimateWithoutPrice(String format) {
    check("estimate-unpriced." + extension(format), Cli.fixture("estimate", "-m", "future-1", "--format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "markdown", "html", "svg"})
  void compare(String format) {
    check("compare." + extension(format),
        Cli.fixture("compare", "--models", "t1,plain-1", "--model", "long", "--model", "future-1", "--suite", "all",
            "--format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "markdown"})
  void diff(String format) {
    check("diff." + extension(format),
        Cli.fixture("diff", "--base-as-of", "2024-06-01", "--batch", "--format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json"})
  void estimateWithBillingOptions(String format) {
    check("estimate-billing." + extension(format),
        Cli.fixture("estimate", "-m", "long", "--suite", "all", "--batch", "--cache-hit-rate", "0.25",
            "--as-of", "2024-06-01", "--format", format));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "markdown", "html", "svg"})
  void backtestAndPlan(String format) {
    check("backtest." + extension(format), Cli.fixture("backtest", "--format", format));
    check("plan-budget." + extension(format),
        Cli.fixture("plan", "-m", "plain-1", "--suite", "all", "--budget", "0.10", "--format", format));
    check("plan-target." + extension(format),
        Cli.fixture("plan", "-m", "plain-1", "--suite", "all", "--target-ci", "0.2", "--format", format));
  }

  /** Inspect AI's --model-cost-config file: per Inspect model name, input, output and cache rates per 1M tokens. */
  @Test
  void inspectModelCostFile() {
    check("models-inspect.json", Cli.fixture("models", "--format", "inspect"));
    Cli.Result other = Cli.fixture("estimate", "-m", "t1", "--format", "inspect");
    assertThat(other.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(other.err()).startsWith("evalcost: --format inspect writes Inspect AI's model cost file");
  }

  @Test
  void completionScript() {
    check("completion.bash", Cli.run("completion", "bash"));
    check("completion.fish", Cli.run("completion", "fish"));
    assertThat(Cli.run("completion", "zsh").out()).startsWith("autoload -U +X compinit && compinit\n")
        .endsWith(Cli.run("completion", "bash").out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"models", "benchmarks", "suites"})
  void listings(String command) {
    for (String format : FORMATS) {
      check(command + "." + extension(format), Cli.fixture(command, "--format", format));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "estimate", "compare", "diff", "plan", "backtest", "import", "import prices", "update", "profile",
      "tokens", "models", "benchmarks", "suites", "completion"})
  void help(String command) {
    // picocli reports a description it cannot format (a bare '%') on System.err, not on its writers.
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    Cli.Result result;
    try {
      System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
      result = Cli.run((command.isEmpty() ? "--help" : command + " --help").split(" "));
    } finally {
      System.setErr(stderr);
    }
    // (Only picocli's lines: the fuzzing agent, when loaded, logs each class it instruments there.)
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("[picocli");
    check("help" + (command.isEmpty() ? "" : "-" + command.replace(' ', '-')) + ".txt", result);
  }

  @Test
  void sameBytesUnderAnotherLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      for (String format : FORMATS) {
        check("estimate-all." + extension(format),
            Cli.fixture("estimate", "--model", "t1", "--suite", "all", "--format", format));
        check("models." + extension(format), Cli.fixture("models", "--format", format));
      }
      for (String format : new String[] {"html", "svg"}) {
        check("compare." + format, Cli.fixture("compare", "--models", "t1,plain-1", "--model", "long", "--model",
            "future-1", "--suite", "all", "--format", format));
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    Environment terminal = new Environment(Cli.CLOCK, java.util.Map.of(), true);
    Environment noColor = new Environment(Cli.CLOCK, java.util.Map.of("NO_COLOR", "1"), true);
    String[] args = {"estimate", "-m", "t1", "--data-dir", Cli.FIXTURE};
    assertThat(Cli.run(terminal, args).out()).contains("\u001b[1m");
    assertThat(Cli.run(noColor, args).out()).doesNotContain("\u001b[");
    assertThat(Cli.run(args).out()).doesNotContain("\u001b[");
  }

  @Test
  void versionComesFromTheBuild() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.code()).isZero();
    assertThat(result.out()).matches("evalcost \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }
}
