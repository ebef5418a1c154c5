package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An estimate says how far the model's measured benchmarks moved its predicted lines, and on which. */
class OwnLevelWordsTest {
  @Test
  void aPredictedLineSaysTheLevelItsMeasuredBenchmarksShow(@TempDir Path dir) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path profiles = dir.resolve("profiles.json");
    // plain-1 measured on beta at twice the plain class's 400 output per item
    Files.writeString(profiles, Files.readString(profiles).replace("\"profiles\": [", "\"profiles\": [\n"
        + "    {\"model\": \"plain-1\", \"setting\": \"default\", \"benchmark\": \"beta\", \"measured\": {\"samples\": 50,"
        + " \"input_tokens\": 50000, \"output_tokens\": 40000}, \"source\": \"fixture run\", \"checked\": \"2024-01-01\"},"));
    Cli.Result r = Cli.run("estimate", "-m", "plain-1", "--suite", "all", "--data-dir", dir.toString());
    // y = ln 2 = 0.693147 at shape 0.3 (precision 11.111111) against level_sigma 0.5 (precision 4):
    // 11.111111 x 0.693147 / 15.111111 = 0.509667, sd 1 / sqrt(15.111111) = 0.257248; e^0.509667 = 1.66
    assertThat(r.out().replaceAll("\\s+", " ")).contains("measured beta:")
        .contains("predicted alpha, gamma: prior 'plain'")
        .contains("x 1.66 for its own level, measured on beta (+0.510, sd 0.257 where its class's models spread 0.5)");
    assertThat(Cli.run("estimate", "-m", "plain-1", "--suite", "all", "--data-dir", dir.toString(), "--format", "json")
        .out().replaceAll("\\s+", " "))
        .contains("\"ownLevel\": { \"level\": 0.509667, \"sigma\": 0.257248, \"benchmarks\": [ \"beta\" ] }");
  }
}
