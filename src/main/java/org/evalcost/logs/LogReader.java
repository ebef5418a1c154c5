package org.evalcost.logs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.evalcost.catalog.DataException;

/**
 * Reads evaluation logs into a {@link UsageTally}, streaming: Inspect AI logs (.json, and .eval
 * zips), OpenAI Batch API output (.jsonl with response.body.usage), and evalcost's own usage
 * JSONL. Memory does not grow with the file; a cut or corrupt file is reported with where.
 */
public final class LogReader {
  /** Streaming only: JSONL never needs the object mapper, so a run over one does not load it. */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Trees for Inspect's small "eval" and per-sample objects, made on first use. */
  private static final class Trees {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final UsageTally tally;
  private final Naming naming;
  private final String benchmarkOverride;
  private final LongConsumer progress;
  private final java.util.Set<String> unknownModels = new java.util.TreeSet<>();

  public LogReader(UsageTally tally, Naming naming, String benchmarkOverride, LongConsumer progress) {
    this.tally = tally;
    this.naming = naming;
    this.benchmarkOverride = benchmarkOverride;
    this.progress = progress;
  }

  /** Log names of models the catalog does not know; their usage is not tallied. */
  public java.util.Set<String> unknownModels() {
    return unknownModels;
  }

  public void read(Path file) {
    String name = file.getFileName().toString();
    DataException.unlessReadable(file, "is a directory, not a log");
    try (InputStream in = new LogStreams.Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress)) {
      if (name.endsWith(".eval")) {
        readEval(file, in);
      } else if (name.endsWith(".json")) {
        readInspectJson(file, in);
      } else if (name.endsWith(".jsonl")) {
        readJsonl(file, in);
      } else {
        throw new DataException(file.toString(), 0, 0, null,
            "unknown kind of log: expected .json or .eval (Inspect AI) or .jsonl (OpenAI Batch output, usage JSONL)");
      }
    } catch (JsonProcessingException e) {
      throw located(file.toString(), e);
    } catch (NumberFormatException e) {
      throw new DataException(file.toString(), 0, 0, null, "has a number that cannot be read: " + e.getMessage());
    } catch (IOException e) {
      throw new DataException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  static DataException located(String label, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    if (message.startsWith("Unexpected end-of-input")) {
      message = "the file ends in the middle of a JSON value: it is cut short";
    }
    return new DataException(label, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null, message);
  }

  // Inspect AI .json: one document; "eval" and "stats" are small, "samples" is read one at a time.
  private void readInspectJson(Path file, InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DataException(file.toString(), 1, 1, null, "expected an Inspect AI log (a JSON object)");
      }
      JsonNode eval = null;
      Map<String, long[]> perModel = new java.util.LinkedHashMap<>();
      int samples = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("eval")) {
          eval = Trees.MAPPER.readTree(p);
        } else if (field.equals("samples") && p.currentToken() == JsonToken.START_ARRAY) {
          if (eval == null) {
            throw new DataException(file.toString(), p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
                "samples", "comes before 'eval'; not an Inspect AI log this reader knows");
          }
          while (p.nextToken() == JsonToken.START_OBJECT) {
            sample(file.getFileName().toString(), eval, Trees.MAPPER.readTree(p));
            samples++;
          }
        } else {
          p.skipChildren();
        }
      }
      if (eval == null) {
        throw new DataException(file.toString(), 0, 0, "eval", "is missing: not an Inspect AI log");
      }
      if (samples == 0) {
        throw new DataException(file.toString(), 0, 0, "samples",
            "the log has no samples (logged without log_samples?): per-item usage is needed");
      }
      finish(file, eval);
    }
  }

  // Inspect AI .eval: a zip read as a stream; samples/*.json come first, header.json last.
  private void readEval(Path file, InputStream in) throws IOException {
    JsonNode eval = null;
    java.util.List<JsonNode> pending = new java.util.ArrayList<>();
    int samples = 0;
    String current = null;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        current = entry.getName();
        if (current.startsWith("samples/") && current.endsWith(".json")) {
          JsonNode sample = Trees.MAPPER.readTree(new LogStreams.NonClosing(zip));
          if (eval == null) {
            pending.add(usageOnly(sample));
          } else {
            sample(file.getFileName().toString(), eval, sample);
          }
          samples++;
        } else if (current.equals("header.json") || (eval == null && current.equals("_journal/start.json"))) {
          eval = Trees.MAPPER.readTree(new LogStreams.NonClosing(zip)).path("eval");
          for (JsonNode sample : pending) {
            sample(file.getFileName().toString(), eval, sample);
          }
          pending.clear();
        }
      }
    } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
      // ZipInputStream reports an entry name that is not UTF-8 as IllegalArgumentException.
      throw new DataException(file.toString(), 0, 0, null, "is not a complete .eval archive (" + e.getMessage()
          + (current == null ? "" : ", in " + current) + ", after " + samples + " samples): it is cut or corrupt");
    } catch (JsonProcessingException e) {
      throw new DataException(file.toString() + (current == null ? "" : "!" + current),
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null, e.getOriginalMessage());
    }
    if (eval == null || eval.isMissingNode()) {
      throw new DataException(file.toString(), 0, 0, null, "has no header.json or _journal/start.json: not an Inspect AI .eval log");
    }
    if (samples == 0) {
      throw new DataException(file.toString(), 0, 0, null, "has no samples/*.json: per-item usage is needed");
    }
    finish(file, eval);
  }

  private static JsonNode usageOnly(JsonNode sample) {
    com.fasterxml.jackson.databind.node.ObjectNode kept = Trees.MAPPER.createObjectNode();
    kept.set("model_usage", sample.path("model_usage"));
    return kept;
  }

  private void sample(String source, JsonNode eval, JsonNode sample) {
    String benchmark = benchmark(eval.path("task").asText("unknown"));
    String effort = eval.path("model_generate_config").path("reasoning_effort").asText(null);
    for (Iterator<Map.Entry<String, JsonNode>> it = sample.path("model_usage").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> usage = it.next();
      String model = naming.model(usage.getKey());
      if (model == null) {
        unknownModels.add(usage.getKey());
        continue;
      }
      JsonNode u = usage.getValue();
      long cached = u.path("input_tokens_cache_read").asLong(0);
      // Inspect's input_tokens excludes cached input; bills charge both.
      tally.add(model, naming.setting(model, effort), benchmark, u.path("input_tokens").asLong(0) + cached
          + u.path("input_tokens_cache_write").asLong(0), u.path("output_tokens").asLong(0),
          u.path("reasoning_tokens").asLong(0), cached);
    }
  }

  private void finish(Path file, JsonNode eval) {
    String benchmark = benchmark(eval.path("task").asText("unknown"));
    long items = eval.path("dataset").path("samples").asLong(0);
    LocalDate date = null;
    String created = eval.path("created").asText("");
    if (created.length() >= 10) {
      try {
        date = LocalDate.parse(created.substring(0, 10));
      } catch (java.time.format.DateTimeParseException ignored) {
        date = null;
      }
    }
    for (UsageTally.Cell cell : tally.cells()) {
      if (cell.benchmark().equals(benchmark)) {
        tally.describe(cell.model(), cell.setting(), benchmark, items, "Inspect AI log " + file.getFileName(), date);
      }
    }
  }

  /** "inspect_evals/gpqa_diamond" is the benchmark "gpqa-diamond", unless --benchmark names it. */
  String benchmark(String task) {
    if (benchmarkOverride != null) {
      return benchmarkOverride;
    }
    String last = task.substring(task.lastIndexOf('/') + 1);
    return last.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  // JSONL: OpenAI Batch API output or evalcost's usage lines, told apart line by line.
  private void readJsonl(Path file, InputStream in) throws IOException {
    String fallback = benchmark(stem(file));
    try (JsonParser p = FACTORY.createParser(in)) {
      long line = 0;
      JsonlRecord r = new JsonlRecord();
      // Lines repeat a few (model, setting, benchmark) triples: remember each triple's cell.
      Cells known = new Cells();
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        line++;
        if (t != JsonToken.START_OBJECT) {
          JsonLocation at = p.currentTokenLocation();
          throw new DataException(file.toString(), at.getLineNr(), at.getColumnNr(), null, "expected one JSON object per line");
        }
        r.read(p);
        String problem = r.problem();
        if (problem != null) {
          // One object per line: the line where it ends is the line it is on.
          throw new DataException(file.toString(), p.currentLocation().getLineNr(), 1, r.problemField(), problem);
        }
        UsageTally.Cell hit = r.datasetItems == 0 ? known.get(r.model, r.benchmark, r.setting) : null;
        if (hit != null) {
          tally.add(hit, r.input, r.output, r.reasoning, r.cached);
          continue;
        }
        String model = naming.model(r.model);
        if (model == null) {
          unknownModels.add(r.model);
          continue;
        }
        String benchmark = r.benchmark != null ? r.benchmark : fallback;
        UsageTally.Cell cell = tally.cell(model, naming.setting(model, r.setting), benchmark);
        tally.add(cell, r.input, r.output, r.reasoning, r.cached);
        known.put(r.model, r.benchmark, r.setting, cell);
        if (line == 1 || r.datasetItems > 0) {
          tally.describe(model, naming.setting(model, r.setting), benchmark, r.datasetItems,
              (r.batch ? "OpenAI Batch output " : "usage JSONL ") + file.getFileName(), null);
        }
      }
      for (UsageTally.Cell cell : tally.cells()) {
        if (cell.sources().isEmpty()) {
          tally.describe(cell.model(), cell.setting(), cell.benchmark(), 0, "JSONL " + file.getFileName(), null);
        }
      }
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /**
   * Cells by a line's model, benchmark and setting as written. A log repeats a few triples, and
   * JsonlRecord reuses the very same strings for them, whose hashes are then already worked out.
   */
  private static final class Cells {
    private final Map<String, Map<String, Map<String, UsageTally.Cell>>> cells = new HashMap<>();

    UsageTally.Cell get(String model, String benchmark, String setting) {
      Map<String, Map<String, UsageTally.Cell>> byBenchmark = cells.get(model);
      Map<String, UsageTally.Cell> bySetting = byBenchmark == null ? null : byBenchmark.get(benchmark);
      return bySetting == null ? null : bySetting.get(setting);
    }

    void put(String model, String benchmark, String setting, UsageTally.Cell cell) {
      cells.computeIfAbsent(model, m -> new HashMap<>()).computeIfAbsent(benchmark, b -> new HashMap<>())
          .put(setting, cell);
    }
  }
}
