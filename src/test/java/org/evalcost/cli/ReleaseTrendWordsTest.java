package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An estimate says how a class's release trend moved its predicted lines, or that it could not. */
class ReleaseTrendWordsTest {
  private static final String TREND = "{\"per_year\": 0.5, \"center\": \"2025-01-01\", \"first\": \"2024-01-01\","
      + " \"last\": \"2026-01-01\", \"sd_years\": 0.4}";

  private static Path catalog(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path priors = dir.resolve("priors.json");
    Files.writeString(priors, Files.readString(priors).replace(
        "\"level_sigma\": 0.5,", "\"level_sigma\": 0.5, \"release_trend\": " + TREND + ", \"input_release_trend\": {\"alpha\": "
            + TREND.replace("0.5,", "0.2,") + "},"));
    Path models = dir.resolve("models.json");
    Files.writeString(models, Files.readString(models).replace("\"id\": \"plain-1\",", "\"id\": \"plain-1\", \"released\": \"2025-07-02\","));
    return dir;
  }

  @Test
  void aDatedModelsLinesSayTheFactorAndTheTrend(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("estimate", "-m", "plain-1", "--data-dir", catalog(dir).toString());
    String out = r.out().replaceAll("\\s+", " ");
    // 182 days after the center: 0.5 x 182 / 365.25 = 0.249144, e^0.249144 = 1.28; alpha's input 0.2 a year: e^0.099658 = 1.10.
    assertThat(out).contains("x 1.28 for its release on 2025-07-02 (the class's release_trend, +0.5 a year from 2025-01-01)")
        .contains("input x 1.10 on alpha for its release day (input_release_trend)");
    assertThat(Cli.run("estimate", "-m", "plain-1", "--data-dir", dir.toString(), "--format", "json").out())
        .contains("\"released\": \"2025-07-02\"");
  }

  @Test
  void anUndatedModelSaysTheTrendIsLeftOut(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run("estimate", "-m", "long-1", "--data-dir", catalog(dir).toString());
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("its release day not known, so the class's release_trend is left out and its spread widens the range")
        .doesNotContain("for its release on");
    assertThat(Cli.run("estimate", "-m", "long-1", "--data-dir", dir.toString(), "--format", "json").out())
        .contains("\"released\": null");
  }
}
