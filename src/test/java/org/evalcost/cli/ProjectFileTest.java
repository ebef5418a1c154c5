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

  /** Without --config, evalcost.json in the current folder: a real process, started in that folder. */
  @Test
  void evalcostJsonInTheCurrentFolder() throws Exception {
    project("\"models\": [\"think-1\", \"plain-1\"], \"format\": \"csv\", \"as_of\": \"2025-06-01\"");
    Path data = Path.of(Cli.FIXTURE).toAbsolutePath();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.evalcost.cli.Main", "compare", "--data-dir", data.toString())
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).isEqualTo(Cli.fixture("compare", "--models", "think-1,plain-1", "--format", "csv").out());
  }
}
