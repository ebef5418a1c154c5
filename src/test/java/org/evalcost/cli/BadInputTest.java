package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs through the real command line: each gets a documented exit code, a message that
 * names the problem, no stack trace, and no output file, half-written or whole.
 */
class BadInputTest {
  @TempDir static Path dir;

  private interface Setup {
    String[] args(Path dir) throws IOException;
  }

  private record Case(String name, int code, String message, Setup setup) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void add(String name, int code, String message, Setup setup) {
    CASES.add(new Case(name, code, message, setup));
  }

  /** A copy of the test catalog with one file replaced. */
  private static Path catalog(Path dir, String file, byte[] content) throws IOException {
    Path copy = Files.createTempDirectory(dir, "catalog");
    try (Stream<Path> files = Files.list(Path.of(Cli.FIXTURE))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Files.delete(copy.resolve(file));
    Files.write(copy.resolve(file), content);
    return copy;
  }

  private static Path catalog(Path dir, String file, String content) throws IOException {
    return catalog(dir, file, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] models(Path catalog) {
    return new String[] {"estimate", "-m", "plain-1", "--data-dir", catalog.toString()};
  }

  private static String fixture(String file) throws IOException {
    return Files.readString(Path.of(Cli.FIXTURE, file));
  }

  private static Path file(Path dir, String name, String content) throws IOException {
    Path f = Files.createTempDirectory(dir, "in").resolve(name);
    Files.writeString(f, content);
    return f;
  }

  private static Path bytes(Path dir, String name, byte[] content) throws IOException {
    Path f = Files.createTempDirectory(dir, "in").resolve(name);
    Files.write(f, content);
    return f;
  }

  private static final byte[] BAD_UTF8 = {'{', '"', 'm', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\n'};

  static {
    // Data files.
    add("empty data file", 3, "is empty", d -> models(catalog(d, "models.json", "")));
    add("whitespace-only data file", 3, "is empty", d -> models(catalog(d, "models.json", "  \n\t\n")));
    add("byte-order mark is accepted", 0, "", d -> models(catalog(d, "priors.json",
        ("\uFEFF" + fixture("priors.json")).getBytes(StandardCharsets.UTF_8))));
    add("price of the wrong type", 3, "expected a number but found a string",
        d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": \"3\","))));
    add("NaN price", 3, "NaN", d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": NaN,"))));
    add("Infinity price", 3, "Infinity",
        d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": Infinity,"))));
    add("negative price", 3, "must not be negative",
        d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": -3,"))));
    add("a number past any count", 3, "is too large",
        d -> models(catalog(d, "benchmarks.json", fixture("benchmarks.json").replace("\"items\": 100,", "\"items\": 100000000000000000000000,"))));
    add("a number of 2,000 digits", 3, "models.json",
        d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": 3" + "0".repeat(2000) + ","))));
    add("a price of 10^999999999", 3, "is out of range",
        d -> models(catalog(d, "models.json", fixture("models.json").replace("\"output\": 3,", "\"output\": 1e999999999,"))));
    add("duplicate ids", 3, "duplicate",
        d -> models(catalog(d, "benchmarks.json", fixture("benchmarks.json").replace("\"id\": \"gamma\"", "\"id\": \"beta\""))));
    add("duplicate keys", 3, "Duplicate field",
        d -> models(catalog(d, "benchmarks.json", fixture("benchmarks.json").replace("\"name\": \"Alpha\",", "\"name\": \"Alpha\", \"name\": \"A\","))));
    add("unknown field", 3, "unknown field",
        d -> models(catalog(d, "suites.json", fixture("suites.json").replace("\"name\": \"Small suite\",", "\"name\": \"Small suite\", \"size\": 2,"))));
    add("zero items", 3, "must be greater than zero",
        d -> models(catalog(d, "benchmarks.json", fixture("benchmarks.json").replace("\"items\": 100,", "\"items\": 0,"))));
    add("invalid UTF-8", 3, "benchmarks.json", d -> models(catalog(d, "benchmarks.json", BAD_UTF8)));
    add("cut short", 3, "models.json", d -> {
      String text = fixture("models.json");
      return models(catalog(d, "models.json", text.substring(0, text.length() / 2)));
    });
    add("schema version 2", 3, "must be 1", d -> models(catalog(d, "priors.json", fixture("priors.json").replace("\"schema_version\": 1", "\"schema_version\": 2"))));
    add("a top-level array", 3, "expected a JSON object", d -> models(catalog(d, "priors.json", "[]")));
    add("null for a record", 3, "but found null",
        d -> models(catalog(d, "priors.json", "{\"schema_version\": 1, \"priors\": [null]}")));
    add("arrays nested 5,000 deep", 3, "priors.json",
        d -> models(catalog(d, "priors.json", "{\"schema_version\": 1, \"priors\": " + "[".repeat(5000) + "]".repeat(5000) + "}")));
    add("a directory for a data file", 3, "is a directory", d -> {
      Path c = catalog(d, "suites.json", "");
      Files.delete(c.resolve("suites.json"));
      Files.createDirectory(c.resolve("suites.json"));
      return models(c);
    });
    add("a data dir that does not exist", 3, "no such file", d -> models(d.resolve("nowhere")));
    // Files of the user's.
    add("--prices missing", 3, "no such file", d -> new String[] {"models", "--prices", d.resolve("none.json").toString()});
    add("--prices not JSON", 3, "prices.json", d -> new String[] {"models", "--prices", file(d, "prices.json", "prices: 1").toString()});
    add("--prices with a clashing alias", 3, "already used", d -> new String[] {"models", "--data-dir", Cli.FIXTURE, "--prices",
        file(d, "p.json", "{\"schema_version\": 1, \"models\": [{\"id\": \"x\", \"provider\": \"a\", \"aliases\": [\"t1\"],"
            + " \"prior\": \"plain\", \"prices\": [], \"source\": \"s\", \"checked\": \"2025-01-01\"}]}").toString()});
    add("--profiles of an unknown model", 3, "unknown model", d -> new String[] {"models", "--data-dir", Cli.FIXTURE, "--profiles",
        file(d, "p.json", "{\"schema_version\": 1, \"profiles\": [{\"model\": \"zz\", \"benchmark\": \"alpha\", \"input_tokens\": 1,"
            + " \"output_tokens\": 1, \"source\": \"s\", \"checked\": \"2025-01-01\"}]}").toString()});
    add("--benchmark-file with zero items", 3, "must be greater than zero", d -> new String[] {"models", "--data-dir", Cli.FIXTURE,
        "--benchmark-file", file(d, "b.json", "{\"schema_version\": 1, \"benchmarks\": [{\"id\": \"z\", \"name\": \"Z\", \"items\": 0,"
            + " \"input_tokens\": 1, \"source\": \"s\", \"checked\": \"2025-01-01\"}]}").toString()});
    add("import of a JSON array as LiteLLM", 3, "expected an object of models",
        d -> new String[] {"import", "prices", file(d, "l.json", "[]").toString(), "--from", "litellm", "-o", d.resolve("out1.json").toString()});
    add("import of an object as genai-prices", 3, "expected a list of providers",
        d -> new String[] {"import", "prices", file(d, "g.json", "{}").toString(), "--from", "genai-prices", "-o", d.resolve("out2.json").toString()});
    add("import of a directory", 3, "is a directory", d -> new String[] {"import", "prices", d.toString(), "--from", "litellm"});
    add("import of invalid UTF-8", 3, "bad.json", d -> new String[] {"import", "prices", bytes(d, "bad.json", BAD_UTF8).toString(),
        "--from", "litellm", "-o", d.resolve("out3.json").toString()});
    // Evaluation logs.
    add("a cut .eval", 3, "is not a complete .eval archive", d -> {
      Path zip = Files.createTempDirectory(d, "z").resolve("run.eval");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        out.putNextEntry(new ZipEntry("samples/1_epoch_1.json"));
        out.write("{\"model_usage\": {\"openai/plain-1\": {\"input_tokens\": 1, \"output_tokens\": 1}}}".repeat(200).getBytes());
      }
      byte[] all = Files.readAllBytes(zip);
      Files.write(zip, java.util.Arrays.copyOf(all, all.length / 3));
      return new String[] {"profile", zip.toString(), "--data-dir", Cli.FIXTURE, "-o", d.resolve("out4.json").toString()};
    });
    add("a .eval that is no zip", 3, "run.eval", d -> new String[] {"profile", file(d, "run.eval", "not a zip").toString(),
        "--data-dir", Cli.FIXTURE, "-o", d.resolve("out5.json").toString()});
    add("an empty .json log", 3, "log.json", d -> new String[] {"profile", file(d, "log.json", "").toString(), "--data-dir", Cli.FIXTURE});
    add("a .json log with no samples", 3, "has no samples", d -> new String[] {"profile",
        file(d, "log.json", "{\"eval\": {\"task\": \"t\"}, \"samples\": []}").toString(), "--data-dir", Cli.FIXTURE});
    add("a bad JSONL line", 3, "u.jsonl:2:", d -> new String[] {"profile",
        file(d, "u.jsonl", "{\"model\": \"plain-1\", \"input_tokens\": 1, \"output_tokens\": 1}\n{\"model\": }\n").toString(),
        "--data-dir", Cli.FIXTURE, "-o", d.resolve("out6.json").toString()});
    add("a fractional token count", 3, "not a whole, non-negative number", d -> new String[] {"profile",
        file(d, "u.jsonl", "{\"model\": \"plain-1\", \"input_tokens\": 1.5, \"output_tokens\": 1}\n").toString(), "--data-dir", Cli.FIXTURE});
    add("a JSONL line without tokens", 3, "no input_tokens and output_tokens", d -> new String[] {"profile",
        file(d, "u.jsonl", "{\"model\": \"plain-1\"}\n").toString(), "--data-dir", Cli.FIXTURE});
    add("invalid UTF-8 in JSONL", 3, "u.jsonl", d -> new String[] {"profile", bytes(d, "u.jsonl", BAD_UTF8).toString(),
        "--data-dir", Cli.FIXTURE});
    add("a 100 MB single line", 3, "u.jsonl", d -> {
      Path f = Files.createTempDirectory(d, "big").resolve("u.jsonl");
      try (OutputStream out = Files.newOutputStream(f)) {
        out.write("{\"model\": \"".getBytes());
        byte[] chunk = "x".repeat(1 << 20).getBytes();
        for (int i = 0; i < 100; i++) {
          out.write(chunk);
        }
        out.write("\", \"input_tokens\": 1, \"output_tokens\": 1}\n".getBytes());
      }
      return new String[] {"profile", f.toString(), "--data-dir", Cli.FIXTURE, "-o", d.resolve("out7.json").toString()};
    });
    add("a directory as a log", 3, "is a directory", d -> new String[] {"profile", d.toString(), "--data-dir", Cli.FIXTURE});
    add("a log of unknown kind", 3, "unknown kind of log", d -> new String[] {"profile", file(d, "u.csv", "a,b").toString(),
        "--data-dir", Cli.FIXTURE});
    // Datasets.
    add("a dataset without the field", 3, "is missing", d -> new String[] {"tokens", file(d, "d.jsonl", "{\"q\": \"x\"}\n").toString()});
    add("an empty dataset", 3, "has no items", d -> new String[] {"tokens", file(d, "d.jsonl", "").toString()});
    add("a dataset of arrays", 3, "expected one JSON object per line", d -> new String[] {"tokens", file(d, "d.jsonl", "[1]\n").toString(),
        "-o", d.resolve("out8.json").toString()});
    // Absurd options.
    add("negative repeats", 2, "--repeats must be at least 1", d -> new String[] {"estimate", "-m", "t1", "--repeats", "-1", "--data-dir", Cli.FIXTURE});
    add("an interval of 1.5", 2, "--interval must be between 0.5 and 0.99", d -> new String[] {"estimate", "-m", "t1", "--interval", "1.5", "--data-dir", Cli.FIXTURE});
    add("a cache hit rate of NaN", 2, "'NaN' is not a number", d -> new String[] {"estimate", "-m", "t1", "--cache-hit-rate", "NaN"});
    add("a date that is no date", 2, "is not a date", d -> new String[] {"estimate", "-m", "t1", "--as-of", "0000-00-00"});
    add("a budget of zero", 2, "--budget must be more than 0", d -> new String[] {"plan", "-m", "o1", "--budget", "0"});
    add("items past a long", 2, "Invalid value for option '--items'", d -> new String[] {"estimate", "-m", "o1", "--items", "99999999999999999999",
        "--input-tokens", "1", "--output-tokens", "1"});
    add("an empty model name", 2, "unknown model ''", d -> new String[] {"estimate", "-m", ""});
    add("an empty format", 2, "Invalid value for option '--format'", d -> new String[] {"models", "--format", ""});
    add("a huge budget gate", 0, "", d -> new String[] {"estimate", "-m", "o1", "--max-cost", "1e999999999"});
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenInput() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path own = Files.createTempDirectory(dir, "case");
      String[] args = c.setup().args(own);
      List<Path> before;
      try (Stream<Path> files = Files.walk(own)) {
        before = files.toList();
      }
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as("%s%n%s", c.name(), result.err()).isEqualTo(c.code());
      assertThat(result.err()).as(c.name()).doesNotContain("\tat ").doesNotContain("Exception");
      if (c.code() != 0) {
        assertThat(result.err()).as(c.name()).contains(c.message()).startsWith("evalcost: ");
        assertThat(result.err().strip().lines().count()).as("one short paragraph: " + result.err()).isLessThanOrEqualTo(12);
        assertThat(result.out()).as(c.name()).isEmpty();
        try (Stream<Path> files = Files.walk(own)) {
          assertThat(files.toList()).as("no output file is left").containsExactlyInAnyOrderElementsOf(before);
        }
      }
    }));
  }
}
