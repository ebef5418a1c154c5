package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts, run by the shells themselves: both names, values as the user types them. */
class CompletionTest {
  @TempDir Path dir;

  private static String shell(Path script, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static boolean has(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void bashCompletesBothNamesAndFormatsInLowerCase() throws Exception {
    assumeTrue(has("bash"), "bash is not installed");
    Path script = dir.resolve("evalcost.bash");
    Files.writeString(script, Cli.run("completion", "bash").out());
    String out = shell(script, "bash", "-c", "source " + script + "; complete -p ./evalcost; complete -p evalcost;"
        + " COMP_WORDS=(./evalcost estimate --format ''); COMP_CWORD=3; COMP_LINE='./evalcost estimate --format ';"
        + " COMP_POINT=${#COMP_LINE}; _complete_evalcost; echo \"${COMPREPLY[@]}\"");
    assertThat(out).contains("complete -o default -F _complete_evalcost ./evalcost")
        .contains("table csv json markdown html svg").doesNotContain("TABLE");
  }

  @Test
  void fishCompletesBothNames() throws Exception {
    assumeTrue(has("fish"), "fish is not installed (apt-get install fish)");
    Path script = dir.resolve("evalcost.fish");
    Files.writeString(script, Cli.run("completion", "fish").out());
    assertThat(shell(script, "fish", "-n", script.toString())).isEmpty();
    assertThat(shell(script, "fish", "-c", "source " + script + "; complete -C './evalcost est'"))
        .startsWith("estimate\t");
    assertThat(shell(script, "fish", "-c", "source " + script + "; complete -C 'evalcost estimate --format '"))
        .contains("csv\t").contains("table\t").doesNotContain("TABLE");
  }
}
