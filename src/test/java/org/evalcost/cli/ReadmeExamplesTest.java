package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.Golden;
import org.junit.jupiter.api.Test;

/**
 * Every `./evalcost ...` command shown in the README and in docs/commands.md runs, with a
 * documented exit code. Commands that need a second checkout (../) or a shell (<(...)) are left
 * to people.
 */
class ReadmeExamplesTest {
  private static final Environment LATER =
      new Environment(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC), Map.of(), false);

  private static boolean missingFile(String arg) {
    return arg.matches(".*\\.(json|jsonl|eval)$|.*/.*") && !arg.startsWith("-") && !Files.exists(Golden.PROJECT.resolve(arg));
  }

  @Test
  void everyCommandInTheReadmeRuns() throws IOException {
    int ran = 0;
    List<String> lines = new ArrayList<>(Files.readAllLines(Golden.PROJECT.resolve("README.md")));
    lines.addAll(Files.readAllLines(Golden.PROJECT.resolve("docs/commands.md")));
    for (String line : lines) {
      if (!line.startsWith("    ./evalcost ") || line.contains("../") || line.contains("<(")
          || line.startsWith("    ./evalcost update")) { // the network: UpdateTest, on loopback
        continue;
      }
      String command = line.substring("    ./evalcost ".length()).split("[#>;|]")[0].strip();
      List<String> args = new ArrayList<>(List.of(command.split("\\s+")));
      if (args.contains("-o") || args.stream().anyMatch(ReadmeExamplesTest::missingFile)) {
        continue; // it needs a file of the reader's, or would write one
      }
      Cli.Result result = Cli.run(LATER, args.toArray(String[]::new));
      assertThat(result.code()).as("%s%n%s", command, result.err()).isIn(ExitCodes.OK, ExitCodes.GATE);
      assertThat(result.err()).as(command).doesNotContain("\tat ");
      if (result.code() == ExitCodes.GATE) {
        assertThat(line).as("the README says when a command fails a gate").contains("4");
      }
      ran++;
    }
    assertThat(ran).isGreaterThanOrEqualTo(25);
  }
}
