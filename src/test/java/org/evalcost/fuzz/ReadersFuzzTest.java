package org.evalcost.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataException;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.importer.GenAiPricesImporter;
import org.evalcost.importer.LiteLlmImporter;
import org.evalcost.logs.AsIs;
import org.evalcost.logs.LogReader;
import org.evalcost.logs.Naming;
import org.evalcost.logs.UsageTally;
import org.evalcost.tokens.DatasetTokens;

/**
 * Every reader of outside input, fed arbitrary bytes: it returns valid records or throws the
 * project's own exception with a location, never another exception. In `mvn verify` the seed
 * corpus (src/test/resources/org/evalcost/fuzz/ReadersFuzzTestInputs/...) runs as regression
 * tests; `JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest#METHOD` fuzzes one reader for real.
 */
class ReadersFuzzTest {
  private static final Path FIXTURE = Path.of("src/test/resources/catalog");
  private static final Catalog CATALOG = new CatalogLoader(DataSource.directory(FIXTURE)).load();
  private static final Naming AS_IS = AsIs.NAMING;

  /** Runs {@code reader} on {@code data} written to a file named {@code name}; only our exceptions may escape. */
  private static void expectOnlyOurErrors(byte[] data, String name, ReaderCall reader) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fuzz");
      Path file = dir.resolve(name);
      Files.write(file, data);
      reader.run(file, dir);
    } catch (DataException | InvalidRequestException expected) {
      if (expected instanceof DataException d && d.file() == null) {
        throw new AssertionError("a data error without its file", d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private interface ReaderCall {
    void run(Path file, Path dir) throws IOException;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is not the reader's fault
    }
  }

  /** A copy of the test catalog with one file replaced by the fuzzer's bytes. */
  private static void catalogWith(String replaced, byte[] data) {
    expectOnlyOurErrors(data, replaced, (file, dir) -> {
      try (Stream<Path> files = Files.list(FIXTURE)) {
        for (Path f : files.toList()) {
          if (!f.getFileName().toString().equals(replaced)) {
            Files.copy(f, dir.resolve(f.getFileName()));
          }
        }
      }
      new CatalogLoader(DataSource.directory(dir)).load();
    });
  }

  @FuzzTest(maxDuration = "10m")
  void modelsFile(byte[] data) {
    catalogWith("models.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void profilesFile(byte[] data) {
    catalogWith("profiles.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void benchmarksFile(byte[] data) {
    catalogWith("benchmarks.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void suitesFile(byte[] data) {
    catalogWith("suites.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void priorsFile(byte[] data) {
    catalogWith("priors.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void publishedFile(byte[] data) {
    catalogWith("published.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void providersFile(byte[] data) {
    catalogWith("providers.json", data);
  }

  @FuzzTest(maxDuration = "10m")
  void pricesOverlay(byte[] data) {
    expectOnlyOurErrors(data, "prices.json", (file, dir) -> CatalogLoader.withPrices(CATALOG, file, false));
  }

  @FuzzTest(maxDuration = "10m")
  void liteLlmCatalog(byte[] data) {
    expectOnlyOurErrors(data, "litellm.json", (file, dir) -> LiteLlmImporter.read(file, CATALOG, LocalDate.of(2025, 1, 1)));
  }

  @FuzzTest(maxDuration = "10m")
  void genAiPricesCatalog(byte[] data) {
    expectOnlyOurErrors(data, "genai.json", (file, dir) -> GenAiPricesImporter.read(file, CATALOG, LocalDate.of(2025, 1, 1)));
  }

  @FuzzTest(maxDuration = "10m")
  void inspectJsonLog(byte[] data) {
    expectOnlyOurErrors(data, "log.json", (file, dir) -> new LogReader(new UsageTally(), AS_IS, null, b -> { }).read(file));
  }

  @FuzzTest(maxDuration = "10m")
  void inspectEvalLog(byte[] data) {
    expectOnlyOurErrors(data, "log.eval", (file, dir) -> new LogReader(new UsageTally(), AS_IS, null, b -> { }).read(file));
  }

  @FuzzTest(maxDuration = "10m")
  void usageJsonl(byte[] data) {
    expectOnlyOurErrors(data, "usage.jsonl", (file, dir) -> new LogReader(new UsageTally(), AS_IS, null, b -> { }).read(file));
  }

  @FuzzTest(maxDuration = "10m")
  void dataset(byte[] data) {
    expectOnlyOurErrors(data, "data.jsonl", (file, dir) -> DatasetTokens.count(file, "prompt", "o200k_base"));
  }
}
