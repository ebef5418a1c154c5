package org.evalcost.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evalcost.Golden;
import org.evalcost.catalog.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogReaderTest {
  private static final Path INSPECT = Golden.PROJECT.resolve("../shared/fixtures/inspect");

  private static final Naming AS_IS = AsIs.NAMING;

  private static UsageTally read(Path... files) {
    UsageTally tally = new UsageTally();
    LogReader reader = new LogReader(tally, AS_IS, null, b -> { });
    for (Path f : files) {
      reader.read(f);
    }
    return tally;
  }

  private static final String SAMPLE = """
      {"id": %d, "epoch": 1, "messages": [{"role": "user", "content": "q"}],
       "model_usage": {"openai/o3-mini": {"input_tokens": %d, "output_tokens": %d, "total_tokens": 0,
         "input_tokens_cache_read": %d, "reasoning_tokens": %d}}}""";

  private static final String EVAL = """
      {"task": "inspect_evals/gpqa_diamond", "model": "openai/o3-mini", "created": "2025-03-01T10:00:00+00:00",
       "dataset": {"name": "gpqa", "samples": 198, "sample_ids": [1, 2, 3, 4]}, "config": {"limit": 4},
       "model_generate_config": {"reasoning_effort": "high"}}""";

  /** Four samples: input 100..400 plus 10 cached each, output 1000..4000 (reasoning 900..3600). */
  static String inspectJson() {
    StringBuilder samples = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      samples.append(i > 1 ? ",\n" : "").append(String.format(SAMPLE, i, 100 * i, 1000 * i, 10, 900 * i));
    }
    return "{\"version\": 2, \"status\": \"success\", \"eval\": " + EVAL + ",\n \"stats\": {},\n \"samples\": [\n"
        + samples + "\n]}\n";
  }

  static Path evalZip(Path dir, boolean withHeader) throws IOException {
    Path zip = dir.resolve("run.eval");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("_journal/start.json"));
      out.write(("{\"eval\": " + EVAL + "}").getBytes());
      for (int i = 1; i <= 4; i++) {
        out.putNextEntry(new ZipEntry("samples/" + i + "_epoch_1.json"));
        out.write(String.format(SAMPLE, i, 100 * i, 1000 * i, 10, 900 * i).getBytes());
      }
      if (withHeader) {
        out.putNextEntry(new ZipEntry("header.json"));
        out.write(("{\"eval\": " + EVAL + ", \"stats\": {}}").getBytes());
      }
    }
    return zip;
  }

  private static void checkFourSamples(UsageTally tally) {
    UsageTally.Cell cell = tally.cells().iterator().next();
    assertThat(cell.model()).isEqualTo("openai/o3-mini");
    assertThat(cell.setting()).isEqualTo("high");
    assertThat(cell.benchmark()).isEqualTo("gpqa-diamond");
    assertThat(cell.count()).isEqualTo(4);
    // Inspect's input_tokens excludes cached input: 100+200+300+400 + 4 x 10.
    assertThat(cell.total(UsageTally.INPUT)).isEqualTo(1040);
    assertThat(cell.total(UsageTally.OUTPUT)).isEqualTo(10000);
    assertThat(cell.total(UsageTally.REASONING)).isEqualTo(9000);
    assertThat(cell.total(UsageTally.CACHED)).isEqualTo(40);
    assertThat(cell.mean(UsageTally.OUTPUT)).isEqualByComparingTo("2500");
    // sd of 1000, 2000, 3000, 4000
    assertThat(cell.sd(UsageTally.OUTPUT)).isEqualByComparingTo("1291.0");
    assertThat(cell.datasetItems()).isEqualTo(198);
  }

  @Test
  void inspectJsonLog(@TempDir Path dir) throws IOException {
    Path log = dir.resolve("run.json");
    Files.writeString(log, inspectJson());
    checkFourSamples(read(log));
  }

  @Test
  void inspectEvalZipWithAndWithoutHeader(@TempDir Path dir) throws IOException {
    checkFourSamples(read(evalZip(dir, true)));
    Files.delete(dir.resolve("run.eval"));
    checkFourSamples(read(evalZip(dir, false)));
  }

  @Test
  void aCutJsonLogSaysWhere(@TempDir Path dir) throws IOException {
    String full = inspectJson();
    Path log = dir.resolve("cut.json");
    Files.writeString(log, full.substring(0, full.indexOf("\"id\": 3")));
    assertThatThrownBy(() -> read(log)).isInstanceOf(DataException.class)
        .hasMessageContaining("cut.json:")
        .hasMessageContaining("it is cut short");
  }

  @Test
  void aCutZipSaysSo(@TempDir Path dir) throws IOException {
    Path zip = evalZip(dir, true);
    byte[] bytes = Files.readAllBytes(zip);
    Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> read(zip)).isInstanceOf(DataException.class)
        .hasMessageContaining("run.eval: is not a complete .eval archive");
  }

  @Test
  void notAZipAtAll(@TempDir Path dir) throws IOException {
    Path fake = dir.resolve("fake.eval");
    Files.writeString(fake, "not a zip");
    assertThatThrownBy(() -> read(fake)).isInstanceOf(DataException.class).hasMessageContaining("fake.eval");
  }

  @Test
  void usageJsonlAndBatchOutput(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("mine.jsonl");
    Files.writeString(usage, """
        {"model": "m", "benchmark": "b", "input_tokens": 100, "output_tokens": 50, "cached_tokens": 20, "dataset_items": 1000}
        {"model": "m", "benchmark": "b", "input_tokens": 300, "output_tokens": 150, "reasoning_tokens": 100}
        """);
    Path batch = dir.resolve("batch_output.jsonl");
    Files.writeString(batch, """
        {"id": "r1", "custom_id": "q1", "response": {"status_code": 200, "body": {"model": "gpt-4o", "usage": {"prompt_tokens": 500, "completion_tokens": 60, "prompt_tokens_details": {"cached_tokens": 100}, "completion_tokens_details": {"reasoning_tokens": 0}}}}, "error": null}
        {"id": "r2", "custom_id": "q2", "response": {"status_code": 200, "body": {"model": "gpt-4o", "choices": [{"message": {"content": "x"}}], "usage": {"prompt_tokens": 700, "completion_tokens": 40}}}, "error": null}
        """);
    UsageTally tally = read(usage, batch);
    List<UsageTally.Cell> cells = List.copyOf(tally.cells());
    assertThat(cells).hasSize(2);
    assertThat(cells.get(0).total(UsageTally.INPUT)).isEqualTo(400);
    assertThat(cells.get(0).total(UsageTally.CACHED)).isEqualTo(20);
    assertThat(cells.get(0).datasetItems()).isEqualTo(1000);
    assertThat(cells.get(1).model()).isEqualTo("gpt-4o");
    assertThat(cells.get(1).benchmark()).isEqualTo("batch-output");
    assertThat(cells.get(1).total(UsageTally.INPUT)).isEqualTo(1200);
    assertThat(cells.get(1).total(UsageTally.OUTPUT)).isEqualTo(100);
    assertThat(cells.get(1).total(UsageTally.CACHED)).isEqualTo(100);
  }

  @Test
  void aBadJsonlLineIsNamedByLine(@TempDir Path dir) throws IOException {
    Path usage = dir.resolve("mine.jsonl");
    Files.writeString(usage, """
        {"model": "m", "benchmark": "b", "input_tokens": 100, "output_tokens": 50}
        {"model": "m", "benchmark": "b", "input_tokens": 100, "output_tokens": 50}
        {"model": "m", "benchmark": "b", "input_tokens": -3, "output_tokens": 50}
        """);
    assertThatThrownBy(() -> read(usage)).isInstanceOf(DataException.class)
        .hasMessage(usage + ":3:1: field 'input_tokens': a token count that is not a whole, non-negative number");
    Files.writeString(usage, "{\"model\": \"m\", \"input_tokens\": 1, \"output_tokens\": 1}\n{\"model\": \"m\", \"inp");
    assertThatThrownBy(() -> read(usage)).isInstanceOf(DataException.class).hasMessageContaining("mine.jsonl:2:");
    Files.write(usage, new byte[] {'{', '"', 'm', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
    assertThatThrownBy(() -> read(usage)).isInstanceOf(DataException.class).hasMessageContaining("mine.jsonl");
  }

  @Test
  void unknownKindOfFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("usage.csv");
    Files.writeString(csv, "a,b\n");
    assertThatThrownBy(() -> read(csv)).hasMessageContaining("unknown kind of log");
    assertThatThrownBy(() -> read(dir)).hasMessageContaining("is a directory");
  }

  /** Acceptance: the real Inspect logs give the totals their own stats.model_usage states. */
  @Test
  void realInspectLogsMatchTheirOwnTotals() throws IOException {
    assumeTrue(Files.isDirectory(INSPECT), "../shared/fixtures is not beside the project");
    ObjectMapper mapper = new ObjectMapper();
    List<Path> logs;
    try (Stream<Path> files = Files.list(INSPECT)) {
      logs = files.sorted().toList();
    }
    assertThat(logs).hasSize(4);
    for (Path log : logs) {
      JsonNode stats;
      if (log.toString().endsWith(".eval")) {
        try (ZipFile zip = new ZipFile(log.toFile())) {
          stats = mapper.readTree(zip.getInputStream(zip.getEntry("header.json"))).path("stats");
        }
      } else {
        stats = mapper.readTree(log.toFile()).path("stats");
      }
      UsageTally tally = read(log);
      Map<String, long[]> byModel = new HashMap<>();
      tally.cells().forEach(c -> byModel.put(c.model(), new long[] {c.total(UsageTally.INPUT), c.total(UsageTally.OUTPUT)}));
      for (Iterator<Map.Entry<String, JsonNode>> it = stats.path("model_usage").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        long input = e.getValue().path("input_tokens").asLong() + e.getValue().path("input_tokens_cache_read").asLong();
        assertThat(byModel.get(e.getKey())).as(log.getFileName() + " " + e.getKey())
            .containsExactly(input, e.getValue().path("output_tokens").asLong());
      }
    }
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
  /**
   * The reader keeps the names a JSONL repeats in small hashed tables (names by a hash of their
   * length and three characters; cells by the names' identities) and falls back to a slow path
   * when they are full. Names built to share that hash, and more distinct names and (model,
   * benchmark) pairs than the tables hold, must still be tallied exactly, line by line.
   */
  @Test
  void jsonlTalliesExactlyPastItsNameTables(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("many.jsonl");
    Map<String, long[]> expected = new HashMap<>();
    StringBuilder lines = new StringBuilder();
    int models = 90; // 90 models + 5 benchmarks: more names than the name table keeps (64)
    for (int round = 0; round < 3; round++) {
      for (int m = 0; m < models; m++) {
        // same length, first, middle and last character: "mX..z" with the varying part elsewhere
        String model = String.format("m%c%02d-model-z", (char) ('a' + m % 26), m);
        for (int b = 0; b < 5; b++) { // 450 pairs: more than the cell table keeps (256)
          String benchmark = "bench-" + b;
          long input = 1 + m * 7L + b + round;
          long output = 1000 + m + 13L * b * round;
          lines.append(String.format("{\"model\": \"%s\", \"benchmark\": \"%s\", \"input_tokens\": %d, "
              + "\"output_tokens\": %d}%n", model, benchmark, input, output));
          long[] sums = expected.computeIfAbsent(model + "/" + benchmark, k -> new long[3]);
          sums[0]++;
          sums[1] += input;
          sums[2] += output;
        }
      }
    }
    Files.writeString(file, lines);

    UsageTally tally = read(file);

    assertThat(tally.requests()).isEqualTo(3L * models * 5);
    assertThat(tally.cells()).hasSize(models * 5);
    for (UsageTally.Cell cell : tally.cells()) {
      long[] sums = expected.get(cell.model() + "/" + cell.benchmark());
      assertThat(new long[] {cell.count(), cell.total(UsageTally.INPUT), cell.total(UsageTally.OUTPUT)})
          .as(cell.model() + " on " + cell.benchmark()).containsExactly(sums);
    }
  }

  /**
   * Field names are matched against the previous line's order first; lines that change the order,
   * add or drop fields, carry more fields than the remembered order holds, or switch between
   * usage lines and OpenAI Batch output must all read the same as in any order.
   */
  @Test
  void jsonlLinesInChangingFieldOrders(@TempDir Path dir) throws IOException {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      extra.append(", \"x").append(i).append("\": ").append(i);
    }
    String lines = String.join("\n",
        "{\"model\": \"m\", \"benchmark\": \"b\", \"input_tokens\": 10, \"output_tokens\": 100}",
        "{\"model\": \"m\", \"benchmark\": \"b\", \"input_tokens\": 20, \"output_tokens\": 200}",
        "{\"output_tokens\": 300, \"input_tokens\": 30, \"benchmark\": \"b\", \"model\": \"m\"}",
        "{\"model\": \"m\", \"input_tokens\": 40, \"benchmark\": \"b\", \"cached_tokens\": 4, \"output_tokens\": 400}",
        "{\"model\": \"m\"" + extra + ", \"benchmark\": \"b\", \"input_tokens\": 50, \"output_tokens\": 500}",
        "{\"custom_id\": \"r1\", \"response\": {\"status_code\": 200, \"body\": {\"model\": \"m\", \"usage\": "
            + "{\"prompt_tokens\": 60, \"completion_tokens\": 600}}}}",
        "{\"model\": \"m\", \"benchmark\": \"b\", \"input_tokens\": 70, \"output_tokens\": 700}",
        "{\"benchmark\": \"b\", \"model\": \"m\", \"output_tokens\": 800, \"input_tokens\": 80}",
        "");
    Path file = dir.resolve("b.jsonl");
    Files.writeString(file, lines);

    UsageTally tally = read(file);

    assertThat(tally.requests()).isEqualTo(8);
    assertThat(tally.cells()).hasSize(1); // the batch line's benchmark is the file's name: b
    UsageTally.Cell cell = tally.cells().iterator().next();
    assertThat(cell.total(UsageTally.INPUT)).isEqualTo(10 + 20 + 30 + 40 + 50 + 60 + 70 + 80);
    assertThat(cell.total(UsageTally.OUTPUT)).isEqualTo(100 + 200 + 300 + 400 + 500 + 600 + 700 + 800);
    assertThat(cell.total(UsageTally.CACHED)).isEqualTo(4);
  }
}
