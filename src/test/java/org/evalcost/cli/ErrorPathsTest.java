package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a user can go wrong: a named exit code, one clear message, no stack trace, no output. */
class ErrorPathsTest {

  private static void usageError(Cli.Result result, String message) {
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains(message).doesNotContain("\tat ");
  }

  @Test
  void unknownModelNamesTheThreeClosest() {
    Cli.Result result = Cli.run("estimate", "--model", "o11");
    usageError(result, "evalcost: unknown model 'o11' (to price a model the catalog lacks: 'evalcost update' fetches "
        + "the newest upstream prices, or give your own with --prices FILE)\nDid you mean: o1, o3, o1-pro?\n");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnErrorNotASuccess() {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    java.io.StringWriter err = new java.io.StringWriter();
    int code = EvalCost.run(new Environment(Cli.CLOCK, java.util.Map.of(), false), Main.writer(full),
        new java.io.PrintWriter(err), "estimate", "-m", "t1", "--data-dir", Cli.FIXTURE, "--format", "csv");
    assertThat(code).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(err.toString()).isEqualTo("evalcost: the output could not be written (a full disk, or a closed pipe?)\n");
  }

  @Test
  void unknownOptionShowsUsage() {
    Cli.Result result = Cli.run("estimate", "--model", "o1", "--colour");
    usageError(result, "Unknown option: '--colour'");
    assertThat(result.err()).endsWith("Run 'evalcost estimate --help' for its options.\n");
  }

  @Test
  void missingModelOption() {
    usageError(Cli.run("estimate"), "name a model with --model, or use --all-models");
  }

  @Test
  void unknownFormat() {
    usageError(Cli.run("estimate", "-m", "o1", "--format", "xml"), "Invalid value for option '--format'");
  }

  /** Required options and positional parameters, named as the help shows them: options first. */
  @Test
  void missingRequiredArguments() {
    usageError(Cli.run("profile"), "evalcost: Missing required parameter: 'LOG'\n");
    usageError(Cli.run("tokens", "--field", "text"), "evalcost: Missing required parameter: 'DATASET.jsonl'\n");
    usageError(Cli.run("completion"), "evalcost: Missing required parameter: 'SHELL'\n");
    usageError(Cli.run("plan", "--budget", "100"), "evalcost: Missing required option: '--model=MODEL'\n");
    usageError(Cli.run("import", "prices"),
        "evalcost: Missing required options and parameters: '--from=FORMAT', 'FILE'\n");
    usageError(Cli.run("import", "prices", "--from", "litellm"), "evalcost: Missing required parameter: 'FILE'\n");
  }

  @Test
  void noCommand() {
    Cli.Result result = Cli.run();
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("Usage: evalcost");
  }

  @Test
  void unknownSuiteBenchmarkProviderAndEffort() {
    usageError(Cli.fixture("estimate", "-m", "t1", "--suite", "smal"), "unknown suite 'smal'\nDid you mean: small, all?");
    usageError(Cli.fixture("estimate", "-m", "t1", "-b", "gama"), "unknown benchmark 'gama'\nDid you mean: gamma,");
    usageError(Cli.fixture("models", "--provider", "acmee"), "unknown provider 'acmee'\nDid you mean: acme, other?");
    usageError(Cli.fixture("estimate", "-m", "t1", "--effort", "max"),
        "model think-1 has no setting 'max'\nDid you mean: low, high?");
    usageError(Cli.fixture("estimate", "-m", "t1-low", "--effort", "high"), "contradicts --effort high");
  }

  @Test
  void badRepeats() {
    usageError(Cli.fixture("estimate", "-m", "t1", "--repeats", "0"), "--repeats must be at least 1 (was 0)");
    usageError(Cli.fixture("estimate", "-m", "t1", "--repeats", "two"), "Invalid value for option '--repeats'");
  }

  @Test
  void missingDataFile(@TempDir Path dir) {
    Cli.Result result = Cli.run("models", "--data-dir", dir.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("evalcost: data error: " + dir.resolve("priors.json") + ": no such file\n");
  }

  @Test
  void malformedDataFileGivesFileLineColumnAndField(@TempDir Path dir) throws IOException {
    copyFixture(dir);
    Path models = dir.resolve("models.json");
    Files.writeString(models, Files.readString(models).replace("\"output\": 3,", "\"output\": \"3\","));
    Cli.Result result = Cli.run("estimate", "-m", "plain-1", "--data-dir", dir.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err()).isEqualTo("evalcost: data error: " + models
        + ":23:85: model 'plain-1', field 'prices[0].output': expected a number but found a string\n");
  }

  @Test
  void stackTraceOnlyWithDebug(@TempDir Path dir) {
    assertThat(Cli.run("models", "--data-dir", dir.toString(), "--debug").err())
        .contains("no such file").contains("\tat org.evalcost.");
  }

  static void copyFixture(Path dir) throws IOException {
    try (var files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }
}
