package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalcost.Golden;
import org.evalcost.importer.AaFigures;
import org.junit.jupiter.api.Test;

/** The Artificial Analysis evals' figures in data/ are what AaFigures makes of the named inputs, and the suites run. */
class AaFiguresTest {
  private static final Path DATA = Golden.PROJECT.resolve("data");

  @Test
  void theCommittedFiguresAreTheProgramsOutput() throws Exception {
    assumeTrue(Files.isDirectory(Golden.PROJECT.resolve("../shared/reference/aa")), "../shared/reference/aa is absent");
    AaFigures.Output out = AaFigures.build(DATA);
    assertThat(out.benchmarks()).isEqualTo(Files.readString(DATA.resolve("benchmarks.json"), StandardCharsets.UTF_8));
  }

  /** One pass: GPQA Diamond's 198 questions measured at about 250 input tokens each, as a GPQA prompt is. */
  @Test
  void aasCountsAreOfOnePass() {
    Cli.Result r = Cli.run("benchmarks", "--format", "csv");
    assertThat(r.out()).contains("\r\nifbench,IFBench,294,84,").contains("\r\nhle-text,");
  }

  @Test
  void everyCatalogModelRunsEveryAaSuite() {
    for (String suite : new String[] {"aa-index-v3", "aa-index-v4.0", "aa-index-v4.1", "open-llm-leaderboard-v2"}) {
      Cli.Result r = Cli.run("estimate", "--all-models", "--suite", suite, "--format", "csv");
      assertThat(r.code()).as(suite + ": " + r.err()).isZero();
      assertThat(r.out().lines().count()).as(suite).isGreaterThan(1000);
    }
  }
}
