package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.evalcost.engine.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a data file can be wrong gives a DataException naming file, line, column and field. */
class CatalogLoaderTest {
  static final Path FIXTURE =
      Path.of(System.getProperty("evalcost.project.dir", "."), "src/test/resources/catalog");

  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURE)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private Catalog load() {
    return new CatalogLoader(DataSource.directory(dir)).load();
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    assertThat(text).as("fixture %s contains %s", file, from).contains(from);
    Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> loadFails() {
    return assertThatThrownBy(this::load).isInstanceOf(DataException.class);
  }

  @Test
  void fixtureLoads() {
    Catalog catalog = load();
    assertThat(catalog.models()).hasSize(4);
    assertThat(catalog.provider("acme").orElseThrow().batchDiscount()).isEqualByComparingTo("0.5");
    assertThat(catalog.profile("think-1", "high", "alpha").orElseThrow().inputTokens()).isEqualByComparingTo("210");
    assertThat(catalog.defaultSuite().id()).isEqualTo("small");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(dir.resolve("priors.json"));
    loadFails().hasMessage(dir.resolve("priors.json") + ": no such file");
  }

  @Test
  void directoryInsteadOfFile() throws IOException {
    Files.delete(dir.resolve("suites.json"));
    Files.createDirectory(dir.resolve("suites.json"));
    loadFails().hasMessageEndingWith("suites.json: is a directory, not a data file");
  }

  @Test
  void emptyFile() throws IOException {
    Files.writeString(dir.resolve("models.json"), "");
    loadFails().hasMessageEndingWith("models.json: is empty; expected a JSON object");
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws IOException {
    edit("benchmarks.json", "\"items\": 100,", "\"items\": 100,,");
    loadFails().hasMessageContaining("benchmarks.json:4:")
        .satisfies(e -> assertThat(((DataException) e).line()).isEqualTo(4));
  }

  @Test
  void aNumberTheParserCannotReadGivesItsPlace() throws IOException {
    edit("benchmarks.json", "\"items\": 100,", "\"items\": 1e99999999999,");
    loadFails().hasMessageContaining("benchmarks.json:4:").hasMessageContaining("has a number that cannot be read");
  }

  @Test
  void unknownFieldIsNamed() throws IOException {
    edit("benchmarks.json", "\"name\": \"Gamma\"", "\"name\": \"Gamma\", \"itmes\": 3");
    loadFails().hasMessageContaining("benchmarks.json:6:")
        .hasMessageContaining("benchmark 'gamma', field 'itmes': unknown field (known: cached_input_cost_sigma, cached_input_share, cached_input_share_derivation, checked, grader,");
  }

  @Test
  void wrongTypeIsNamed() throws IOException {
    edit("benchmarks.json", "\"items\": 50", "\"items\": \"fifty\"");
    loadFails().hasMessageContaining("benchmarks.json:5:45: benchmark 'beta', field 'items': expected a whole number but found a string");
  }

  @Test
  void aWholeNumberWrittenWithAnExponentIsWhole() throws IOException {
    edit("benchmarks.json", "\"items\": 50", "\"items\": 5e1");
    Catalog catalog = new CatalogLoader(DataSource.directory(dir)).load();
    assertThat(catalog.benchmark("beta").orElseThrow().items()).isEqualTo(50);
  }

  @Test
  void fractionalItemsAreRefused() throws IOException {
    edit("benchmarks.json", "\"items\": 50", "\"items\": 50.5");
    loadFails().hasMessageContaining("benchmark 'beta', field 'items': expected a whole number but found a number");
  }

  @Test
  void negativePriceNamesRecordAndField() throws IOException {
    edit("models.json", "\"input\": 2,", "\"input\": -2,");
    loadFails().hasMessage(dir.resolve("models.json")
        + ":12:51: model 'think-1', field 'prices[1].input': must not be negative (was -2)"); // the field's own place
  }

  @Test
  void zeroItemsNamesTheBenchmark() throws IOException {
    edit("benchmarks.json", "\"items\": 10,", "\"items\": 0,");
    loadFails().hasMessageContaining("benchmarks.json:6:47: benchmark 'gamma', field 'items': must be greater than zero (was 0)");
  }

  @Test
  void duplicateIds() throws IOException {
    edit("benchmarks.json", "\"id\": \"gamma\"", "\"id\": \"alpha\"");
    loadFails().hasMessageContaining("benchmarks.json:6:5: benchmark 'alpha': duplicate: record #1 has the same id");
  }

  @Test
  void duplicateJsonKeys() throws IOException {
    edit("benchmarks.json", "\"name\": \"Alpha\",", "\"name\": \"Alpha\", \"name\": \"A\",");
    loadFails().hasMessageContaining("benchmarks.json:4:").hasMessageContaining("Duplicate field 'name'");
  }

  @Test
  void aliasUsedByTwoModels() throws IOException {
    edit("models.json", "\"aliases\": []", "\"aliases\": [\"T1\"]");
    loadFails().hasMessageContaining("model 'plain-1', field 'aliases': the name 'T1' is already used by model 'think-1'");
  }

  @Test
  void unknownPriorClass() throws IOException {
    edit("models.json", "\"prior\": \"plain\"", "\"prior\": \"plane\"");
    loadFails().hasMessageContaining("model 'plain-1', field 'prior': unknown prior class 'plane'");
  }

  @Test
  void profileOfUnknownModel() throws IOException {
    edit("profiles.json", "\"model\": \"think-1\"", "\"model\": \"think-2\"");
    loadFails().hasMessageContaining("profiles.json:4:15:").hasMessageContaining("field 'model': unknown model 'think-2'");
  }

  @Test
  void suiteWithUnknownBenchmark() throws IOException {
    edit("suites.json", "{\"benchmark\": \"gamma\"", "{\"benchmark\": \"delta\"");
    loadFails().hasMessageContaining("suite 'all', field 'benchmarks[2].benchmark': unknown benchmark 'delta'");
  }

  @Test
  void badDate() throws IOException {
    edit("published.json", "\"prices_as_of\": \"2024-06-01\"", "\"prices_as_of\": \"June 2024\"");
    loadFails().hasMessageContaining("field 'prices_as_of': must be a date like 2025-04-10 (was 'June 2024')");
  }

  @Test
  void missingSource() throws IOException {
    edit("benchmarks.json", "\"source\": \"fixture\", \"checked\": \"2024-01-01\"}", "\"checked\": \"2024-01-01\"}");
    loadFails().hasMessageContaining("benchmark 'alpha', field 'source': is missing or empty");
  }

  @Test
  void wrongSchemaVersion() throws IOException {
    edit("priors.json", "\"schema_version\": 1", "\"schema_version\": 2");
    loadFails().hasMessageContaining("priors.json:2:3: field 'schema_version': must be 1 (was 2)");
  }

  @Test
  void missingDefaultSuite() throws IOException {
    edit("suites.json", "\"default_suite\": \"small\"", "\"default_suite\": \"large\"");
    loadFails().hasMessageContaining("field 'default_suite': names no suite in this file: 'large'");
  }

  @Test
  void contentAfterTheDocument() throws IOException {
    Files.writeString(dir.resolve("priors.json"), Files.readString(dir.resolve("priors.json")) + "{}");
    loadFails().hasMessageContaining("has content after the closing '}'");
  }

  @Test
  void notANumber() throws IOException {
    edit("models.json", "\"output\": 3,", "\"output\": NaN,");
    loadFails().hasMessageContaining("models.json:").hasMessageContaining("NaN");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("benchmarks.json"));
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, 60);
    broken[60] = (byte) 0xC3;
    broken[61] = (byte) 0x28;
    System.arraycopy(bytes, 60, broken, 62, bytes.length - 60);
    Files.write(dir.resolve("benchmarks.json"), broken);
    loadFails().hasMessageContaining("benchmarks.json");
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("priors.json"));
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    Files.write(dir.resolve("priors.json"), withBom);
    assertThat(load().prior("plain")).isPresent();
  }
}
