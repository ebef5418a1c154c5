package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/** The commands' picocli models, built by {@link CommandSpecs}, checked as a whole. */
class CommandModelTest {
  private static List<CommandLine> allCommands() {
    Environment environment = new Environment(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC),
        Map.of(), false);
    CommandLine root = EvalCost.commandLine(environment, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    List<CommandLine> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  /**
   * Main tells picocli not to register its reflective java.time and java.sql converters (they cost
   * start-up time): every argument of such a type must bring its own.
   */
  @Test
  void everyDateArgumentHasItsOwnConverter() {
    List<String> dated = new ArrayList<>();
    for (CommandLine command : allCommands()) {
      for (ArgSpec arg : command.getCommandSpec().args()) {
        String type = arg.type().getName();
        if (type.startsWith("java.time.") || type.startsWith("java.sql.")) {
          dated.add(command.getCommandName() + " " + arg.paramLabel());
          assertThat(arg.converters()).as(command.getCommandName() + " " + arg.paramLabel()).isNotEmpty();
        }
      }
    }
    assertThat(dated).as("the check sees the date options").contains("estimate DATE", "diff DATE");
  }

  /** Every command of evalcost has the standard help options, as picocli's mixin gave them. */
  @Test
  void everyCommandHasHelpAndUniqueNames() {
    for (CommandLine command : allCommands()) {
      if (command.getCommandName().equals("help")) {
        continue; // picocli's own
      }
      assertThat(command.getCommandSpec().optionsMap()).as(command.getCommandName())
          .containsKeys("-h", "--help", "-V", "--version");
      assertThat(command.getCommandSpec().findOption("--help").usageHelp()).isTrue();
      assertThat(command.getCommandSpec().findOption("--version").versionHelp()).isTrue();
    }
    assertThat(allCommands()).extracting(CommandLine::getCommandName)
        .contains("evalcost", "estimate", "compare", "diff", "plan", "backtest", "import", "prices", "profile",
            "tokens", "models", "benchmarks", "suites", "completion", "help");
  }

  /**
   * With picocli's reflective converters off, as Main runs it, path, date and number options
   * still convert: EvalCost registers the converters for Path and BigDecimal.
   */
  @Test
  void optionsConvertWithPicocliReflectiveConvertersOff() {
    String before = System.getProperty("picocli.converters.excludes");
    System.setProperty("picocli.converters.excludes", Main.CONVERTER_EXCLUDES);
    try {
      Environment environment = new Environment(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC),
          Map.of(), false);
      StringWriter err = new StringWriter();
      CommandLine cli = EvalCost.commandLine(environment, new PrintWriter(new StringWriter()), new PrintWriter(err));
      ParseResult estimate = cli.parseArgs("estimate", "--data-dir", "some/dir", "--as-of", "2025-01-02",
          "--max-cost", "1.50").subcommand();
      assertThat((Object) estimate.matchedOptionValue("--data-dir", null)).isEqualTo(Path.of("some/dir"));
      assertThat((Object) estimate.matchedOptionValue("--as-of", null)).isEqualTo(LocalDate.of(2025, 1, 2));
      assertThat((Object) estimate.matchedOptionValue("--max-cost", null)).isEqualTo(new BigDecimal("1.50"));
      assertThat(cli.execute("estimate", "--model", "o1", "--data-dir", "a\u0000b")).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).startsWith("evalcost: Invalid value for option '--data-dir': 'a\u0000b' is not a valid path");
    } finally {
      restore("picocli.converters.excludes", before);
    }
  }

  /** Main switches off picocli's start-up lookups it has no use for, unless the user set them. */
  @Test
  void configureSwitchesOffPicocliLookupsUnlessGiven() {
    String excludes = System.getProperty("picocli.converters.excludes");
    String closures = System.getProperty("picocli.disable.closures");
    try {
      System.clearProperty("picocli.converters.excludes");
      System.setProperty("picocli.disable.closures", "false");
      Main.configure();
      assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(".*");
      assertThat(System.getProperty("picocli.disable.closures")).as("the user's setting wins").isEqualTo("false");
      System.clearProperty("picocli.disable.closures");
      Main.configure();
      assertThat(System.getProperty("picocli.disable.closures")).isEqualTo("true");
    } finally {
      restore("picocli.converters.excludes", excludes);
      restore("picocli.disable.closures", closures);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
