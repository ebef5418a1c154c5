package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o FILE, "-" for standard input, and options a command does not use, through the real command line. */
class FilesAndStreamsTest {
  @TempDir Path dir;

  private static Cli.Result withStdin(String stdin, String... args) {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", Cli.FIXTURE)).toArray(String[]::new);
    return bare(stdin, all);
  }

  private static Cli.Result bare(String stdin, String... args) {
    Environment env = new Environment(Cli.CLOCK, Map.of(), false,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return Cli.run(env, args);
  }

  @Test
  void outputGoesToTheFileWholeAndStdoutStaysEmpty() throws IOException {
    Path out = dir.resolve("cost.csv");
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--format", "csv", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(Cli.fixture("estimate", "-m", "plain-1", "--format", "csv").out());
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(out); // no temporary file beside it
    }
  }

  @Test
  void aFailedRunLeavesAnExistingFileAsItWas() throws IOException {
    Path out = dir.resolve("cost.csv");
    Files.writeString(out, "yesterday's numbers\n");
    Cli.Result r = Cli.fixture("estimate", "-m", "no-such-model", "--format", "csv", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).endsWith("evalcost: " + out + " is left as it was\n");
    assertThat(Files.readString(out)).isEqualTo("yesterday's numbers\n");
  }

  @Test
  void aGatedRunStillWritesItsCompleteOutput() throws IOException {
    Path out = dir.resolve("cost.json");
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--format", "json", "--max-cost", "0.000001", "-o",
        out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.GATE);
    assertThat(Files.readString(out)).startsWith("{").endsWith("}\n");
  }

  @Test
  void aFileThatCannotBeWrittenIsExitSevenInOneLine() {
    Path out = dir.resolve("no-such-folder").resolve("cost.csv");
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_FAILED);
    assertThat(r.err()).isEqualTo("evalcost: " + out + " could not be written (its folder does not exist); "
        + "an existing file is left as it was\n");
  }

  @Test
  void dashAsTheOutputIsStdout() {
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--format", "csv", "-o", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("model,setting,suite");
  }

  @Test
  void everyCommandThatWritesTakesMinusO() throws IOException {
    for (String[] args : new String[][] {{"models", "--format", "csv"}, {"benchmarks"}, {"suites"}, {"backtest"},
        {"compare", "--models", "plain-1,think-1"}, {"plan", "-m", "plain-1", "--budget", "5"}}) {
      Path out = dir.resolve(args[0] + ".out");
      String[] all = Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);
      Cli.Result r = Cli.fixture(all);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
      assertThat(Files.size(out)).as(args[0]).isPositive();
    }
    Path script = dir.resolve("evalcost.bash");
    assertThat(Cli.run("completion", "bash", "-o", script.toString()).code()).isZero();
    assertThat(Files.readString(script)).contains("complete -F _complete_evalcost");
  }

  @Test
  void pricesFromStandardInput() throws IOException {
    String prices = Files.readString(Path.of(Cli.FIXTURE, "models.json"))
        .replace("\"input\": 1, \"cached_input\": 0.5, \"output\": 3,", "\"input\": 2, \"cached_input\": 0.5, \"output\": 6,");
    Cli.Result r = withStdin(prices, "estimate", "-m", "plain-1", "--prices", "-", "--format", "csv");
    Cli.Result plain = Cli.fixture("estimate", "-m", "plain-1", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isNotEqualTo(plain.out());
  }

  @Test
  void aBrokenFileOnStandardInputIsNamedAsSuch() {
    Cli.Result r = withStdin("{\"schema_version\": 1, \"models\": [{\"id\": 3}]}", "estimate", "-m", "plain-1",
        "--prices", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).isEqualTo("evalcost: data error: - (standard input):1:41: field 'models[0].id': "
        + "expected a string but found a number\n");
  }

  @Test
  void standardInputIsReadOnce() {
    Cli.Result r = withStdin("{}", "estimate", "-m", "plain-1", "--prices", "-", "--profiles", "-");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("only one file can be read from standard input ('-') in a run");
  }

  @Test
  void logsFromStandardInput() {
    String usage = "{\"model\": \"plain-1\", \"benchmark\": \"alpha\", \"input_tokens\": 300, \"output_tokens\": 40}\n"
        + "{\"model\": \"plain-1\", \"benchmark\": \"alpha\", \"input_tokens\": 100, \"output_tokens\": 60}\n";
    Cli.Result r = withStdin(usage, "profile", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"input_tokens\": 200").contains("\"output_tokens\": 50")
        .contains("- (standard input)").doesNotContain("evalcost-stdin");
  }

  @Test
  void aDatasetFromStandardInput() {
    Cli.Result r = bare("{\"prompt\": \"What is 6 times 7?\"}\n{\"prompt\": \"And 6 times 8?\"}\n", "tokens", "-",
        "--name", "sums");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"id\": \"sums\"").contains("\"items\": 2").contains("counted from standard input");
  }

  @Test
  void aFileThatExistsButIsNoRegularFileIsReadNotCalledMissing() {
    Cli.Result r = Cli.fixture("profile", "/dev/null");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).contains("/dev/null: unknown kind of log").doesNotContain("no such file");
  }

  @Test
  void aCommandThatWritesADataFileRefusesFormat() {
    Cli.Result r = Cli.fixture("profile", "x.jsonl", "--format", "csv");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("evalcost: Unknown option: '--format'");
    Cli.Result i = Cli.fixture("import", "prices", "x.json", "--from", "litellm", "--format", "csv");
    assertThat(i.code()).isEqualTo(ExitCodes.USAGE);
  }

  private Path benchmarkFile() throws IOException {
    Path file = dir.resolve("sums.json");
    Files.writeString(file, "{\"schema_version\": 1, \"benchmarks\": [{\"id\": \"sums\", \"name\": \"Sums\","
        + " \"items\": 40, \"input_tokens\": 12, \"source\": \"a test\", \"checked\": \"2025-01-01\"}]}");
    return file;
  }

  @Test
  void aBenchmarkFileAloneRunsItsBenchmarksAndSaysItsOutputIsTheDefaultGuess() throws IOException {
    Cli.Result r = Cli.run("estimate", "-m", "o3", "--benchmark-file", benchmarkFile().toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().split("\r\n")).hasSize(2); // the header and sums, not the default suite
    assertThat(r.out()).contains("\r\no3-2025-04-16,medium,aa-index-v4.1,sums,40,1,480,");
    Cli.Result table = Cli.run("estimate", "-m", "o3", "--benchmark-file", benchmarkFile().toString());
    assertThat(table.out().replaceAll("\\s+", " ")).contains("warning: sums: no output-token figure of this "
        + "benchmark in the prior 'reasoning-medium', so it takes the prior's default");
    assertThat(table.out().replaceAll("\\s+", " ")).containsPattern("predicted sums: prior 'reasoning-medium' for the "
        + "model's class, per benchmark \\(data/priors.json\\), and its default of [1-9][0-9,]* output tokens per item "
        + "for sums");
  }

  @Test
  void aPriorWithNoDefaultAsksForTheOutputTokens() throws IOException {
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--benchmark-file", benchmarkFile().toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("the prior 'plain' has no figure for it; give its output tokens per item");
  }

  @Test
  void outputTokensGoWithABenchmarkFile() throws IOException {
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--benchmark-file", benchmarkFile().toString(),
        "--output-tokens", "5", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    // 40 items x (12 in, 5 out) = 480 in, 200 out at $1 and $3 per 1M: $0.00108, shown as 0.00
    assertThat(r.out()).contains("\r\nplain-1,default,small,sums,40,1,480,200,0.00,given,");
    assertThat(Cli.fixture("estimate", "-m", "plain-1", "--benchmark-file", benchmarkFile().toString(),
        "--output-tokens", "5").out()).doesNotContain("no output-token figure");
  }

  private static Cli.Result onTerminal(String columns, String... args) {
    Map<String, String> env = columns == null ? Map.of("NO_COLOR", "1") : Map.of("NO_COLOR", "1", "COLUMNS", columns);
    String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", Cli.FIXTURE)).toArray(String[]::new);
    return Cli.run(new Environment(Cli.CLOCK, env, true), all);
  }

  @Test
  void aComparisonWiderThanTheTerminalIsLaidOutOneRowPerModel() {
    Cli.Result narrow = onTerminal("40", "estimate", "--all-models");
    assertThat(narrow.code()).as(narrow.err()).isIn(ExitCodes.OK);
    assertThat(narrow.out()).contains("model ").contains("x cheapest").contains("layout:  one row per model");
    assertThat(narrow.out().lines().filter(l -> l.startsWith("think-1 (high) ")).count()).isEqualTo(1);
    Cli.Result wide = onTerminal("400", "estimate", "--all-models");
    assertThat(wide.out()).startsWith("Compare on").contains("benchmark ").doesNotContain("layout:");
    Cli.Result piped = Cli.fixture("estimate", "--all-models");
    assertThat(piped.out()).doesNotContain("layout:"); // a file or a pipe takes any width
    Cli.Result shipped = Cli.run(new Environment(Cli.CLOCK, Map.of("NO_COLOR", "1"), true), "compare", "--models",
        "o1,gpt-4o,o3,claude-3.7-sonnet-thinking,deepseek-chat");
    assertThat(shipped.out()).contains("layout:"); // 80 columns when the width is unknown
  }
}
