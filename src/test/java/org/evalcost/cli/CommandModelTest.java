package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The commands' picocli models, built by {@link Specs}, checked as a whole. */
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
}
