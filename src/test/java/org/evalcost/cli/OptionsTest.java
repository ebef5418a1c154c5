package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.RequestField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void anEstimatesTextsNameTheOptionsTheCliTookThemFrom(@TempDir Path dir) throws IOException {
    // guess-1's class is a guess; the warning says which option settles it, in the cli's words.
    Path prices = Files.writeString(dir.resolve("prices.json"), """
        {"schema_version": 1, "models": [
          {"id": "guess-1", "provider": "acme", "prior": "plain", "class_evidence": "no evidence of reasoning",
           "class_guessed": true,
           "prices": [{"effective_from": "2024-01-01", "input": 1, "output": 1, "source": "ours", "checked": "2025-05-01"}],
           "source": "ours", "checked": "2025-05-01"}]}
        """);
    Cli.Result r = Cli.fixture("estimate", "-m", "guess-1", "--prices", prices.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("is a guess (no evidence of reasoning); a measured profile, or --effort, settles it");
  }
}
