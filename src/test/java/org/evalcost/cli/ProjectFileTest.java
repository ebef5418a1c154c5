package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evalcost.json and EVALCOST_* give defaults: command line > environment > project file > built-in. */
class ProjectFileTest {
  @TempDir Path dir;

  private Path project(String settings) throws IOException {
    Path file = dir.resolve("evalcost.json");
    Files.writeString(file, "{\"schema_version\": 1, " + settings + "}");
    return file;
  }

  private static Cli.Result run(Map<String, String> env, String... args) {
    return Cli.run(new Environment(Cli.CLOCK, env, false), args);
  }

  @Test
  void theProjectFileMakesACiJobOneLine() throws IOException {
    Path config = project("\"models\": [\"think-1\", \"plain-1\"], \"max_cost\": 0.30, \"format\": \"csv\"");
    Cli.Result r = run(Map.of(), "compare", "--config", config.toString(), "--data-dir", Cli.FIXTURE);
    assertThat(r.code()).isEqualTo(ExitCodes.GATE);
    assertThat(r.out()).startsWith("model,setting,suite").contains("\r\nthink-1,high,").contains("\r\nplain-1,");
    assertThat(r.err()).contains("think-1 (high) costs $3.04");
  }

  @Test
  void theCommandLineBeatsTheEnvironmentWhichBeatsTheFile() throws IOException {
    Path config = project("\"models\": [\"think-1\"], \"max_cost\": 0.30");
    String[] base = {"compare", "--config", config.toString(), "--data-dir", Cli.FIXTURE};
    assertThat(run(Map.of(), base).code()).isEqualTo(ExitCodes.GATE);
    assertThat(run(Map.of("EVALCOST_MAX_COST", "5"), base).code()).isEqualTo(ExitCodes.OK);
    String[] withOption = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
        java.util.stream.Stream.of("--max-cost", "1")).toArray(String[]::new);
    assertThat(run(Map.of("EVALCOST_MAX_COST", "5"), withOption).code()).isEqualTo(ExitCodes.GATE);
  }

  @Test
  void pathsInTheFileAreFromItsFolder() throws IOException {
    Files.writeString(dir.resolve("mine.json"), "{\"schema_version\": 1, \"models\": [{\"id\": \"plain-1\", "
        + "\"provider\": \"acme\", \"prior\": \"plain\", \"prices\": [{\"effective_from\": \"2024-01-01\", \"input\": 100,"
        + " \"output\": 100}], \"source\": \"ours\", \"checked\": \"2025-01-01\"}]}");
    Path config = project("\"prices\": \"mine.json\"");
    Cli.Result r = run(Map.of(), "estimate", "-m", "plain-1", "--config", config.toString(), "--data-dir", Cli.FIXTURE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("input $100.00");
  }

  @Test
  void aBadProjectFileIsADataErrorAtItsField() throws IOException {
    Path config = project("\"sute\": \"small\"");
    Cli.Result r = run(Map.of(), "compare", "--config", config.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).startsWith("evalcost: data error: " + config + ":1:23: field 'sute': unknown setting (known:");
  }

  @Test
  void aListOfBenchmarksRunsEach() throws IOException {
    Path config = project("\"benchmark\": [\"alpha\", \"beta\"], \"format\": \"csv\"");
    Cli.Result r = run(Map.of(), "estimate", "-m", "plain-1", "--suite", "all", "--config", config.toString(),
        "--data-dir", Cli.FIXTURE);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Cli.fixture("estimate", "-m", "plain-1", "--suite", "all", "-b", "alpha", "-b",
        "beta", "--format", "csv").out());
    assertThat(r.out().split("\r\n")).hasSize(3);
  }

  /** What to run (here a seller and a benchmark) is a default of the commands that run a model only. */
  @Test
  void theSettingsOfARunStayOutOfTheListingsAndTheProfiles() throws Exception {
    Path config = project("\"provider\": \"other\", \"benchmark\": \"alpha\"");
    Cli.Result models = run(Map.of(), "models", "--config", config.toString(), "--data-dir", Cli.FIXTURE);
    assertThat(models.code()).as(models.err()).isZero();
    assertThat(models.out()).isEqualTo(Cli.fixture("models").out()).contains("think-1").contains("plain-1");
    Cli.Result filtered = run(Map.of("EVALCOST_PROVIDER", "other"), "models", "--data-dir", Cli.FIXTURE);
    assertThat(filtered.out()).isEqualTo(models.out());

    Path log = dir.resolve("beta.jsonl");
    Files.writeString(log, "{\"model\": \"plain-1\", \"input_tokens\": 100, \"output_tokens\": 50}\n");
    // profile takes no --config: the project's evalcost.json, in the folder it runs in.
    Cli.Result profile = inFolder("profile", log.toString(), "--data-dir", Path.of(Cli.FIXTURE).toAbsolutePath().toString());
    assertThat(profile.code()).as(profile.err()).isZero();
    assertThat(profile.out()).contains("\"benchmark\": \"beta\"").doesNotContain("alpha");
  }

  /** Help, the version and the commands that read no catalog never read the project file. */
  @Test
  void aBrokenProjectFileStopsOnlyTheCommandsThatReadIt() throws Exception {
    project("\"sute\": \"small\"");
    Path data = Path.of(Cli.FIXTURE).toAbsolutePath();
    for (String[] args : new String[][] {{"--help"}, {"--version"}, {"estimate", "--help"}, {"completion", "bash"},
        {"help", "estimate"}}) {
      assertThat(inFolder(args).code()).as(String.join(" ", args)).isZero();
    }
    Cli.Result estimate = inFolder("estimate", "-m", "plain-1", "--data-dir", data.toString());
    assertThat(estimate.code()).isEqualTo(ExitCodes.DATA);
    assertThat(estimate.err()).contains("evalcost.json:1:23: field 'sute': unknown setting");
  }

  /** Runs {@code args} in a process started in the project's folder, stdout and stderr apart. */
  private Cli.Result inFolder(String... args) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.evalcost.cli.Main"));
    command.addAll(java.util.List.of(args));
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    return new Cli.Result(code, out, Files.readString(err));
  }

  /** Without --config, evalcost.json in the current folder: a real process, started in that folder. */
  @Test
  void evalcostJsonInTheCurrentFolder() throws Exception {
    project("\"models\": [\"think-1\", \"plain-1\"], \"format\": \"csv\", \"as_of\": \"2025-06-01\"");
    Cli.Result r = inFolder("compare", "--data-dir", Path.of(Cli.FIXTURE).toAbsolutePath().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Cli.fixture("compare", "--models", "think-1,plain-1", "--format", "csv").out());
  }
}
