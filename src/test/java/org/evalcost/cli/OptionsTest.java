package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.RequestField;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every part of a request the engine can blame is named by an option some command really has. */
class OptionsTest {
  @Test
  void everyFieldMapsToARealOption() {
    CommandLine cli = EvalCost.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    Set<String> options = new HashSet<>();
    for (CommandLine sub : cli.getSubcommands().values()) {
      collect(sub, options);
    }
    for (RequestField field : RequestField.values()) {
      // An option, with the label of its value where the message needs one ("--prices FILE").
      assertThat(options).as(field.name()).contains(Options.of(field).split(" ")[0]);
    }
  }

  private static void collect(CommandLine command, Set<String> into) {
    command.getCommandSpec().options().forEach(o -> into.addAll(java.util.List.of(o.names())));
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }

  @Test
  void aMessageNamesItsFieldInTheEnginesWordsOrAFrontEndsOwn() {
    InvalidRequestException e = new InvalidRequestException(RequestField.CACHE_HIT_RATE,
        "{field} must be between 0 and 1 (was 2)");
    assertThat(e.getMessage()).isEqualTo("cache hit rate must be between 0 and 1 (was 2)");
    assertThat(e.message(Options::of)).isEqualTo("--cache-hit-rate must be between 0 and 1 (was 2)");
    assertThat(new InvalidRequestException("no field here").message(Options::of)).isEqualTo("no field here");
  }
}
