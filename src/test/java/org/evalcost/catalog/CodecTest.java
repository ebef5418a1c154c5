package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.evalcost.engine.Suite;
import org.evalcost.engine.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each data file's codec reads into engine records and writes them back under the same field
 * names: the shipped files read, written and read again give the same records, the generated
 * catalog the same bytes, and every refusal points at the field's own line and column.
 */
class CodecTest {
  static final Path DATA = Path.of(System.getProperty("evalcost.project.dir", "."), "data");

  @TempDir Path dir;

  private static <T> List<T> roundTrip(String file, Codec<T> codec, Set<String> scalars) {
    DataFile.Content<T> first = DataFile.read(DataSource.directory(DATA), file, codec, scalars);
    String written = DataFile.write(codec, first.values(), first.scalars());
    DataFile.Content<T> again = DataFile.read(source(written, file), file, codec, scalars);
    assertThat(again.values()).as(file).isEqualTo(first.values());
    assertThat(again.scalars()).as(file).isEqualTo(first.scalars());
    return first.values();
  }

  private static DataSource source(String text, String file) {
    return new DataSource() {
      @Override
      public String label(String f) {
        return f;
      }

      @Override
      public java.io.InputStream open(String f) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public boolean has(String f) {
        return f.equals(file);
      }
    };
  }

  @Test
  void everyShippedFileReadsBackAsItWasWritten() {
    // The curated records as written, without the generated confirmations laid over them.
    Catalog catalog = new CatalogLoader(DataSource.directory(DATA).without(ConfirmedPrices.FILE)).load();
    Set<String> classes = new HashSet<>();
    catalog.priors().forEach(p -> classes.add(p.priorClass()));
    Map<String, Model> models = new HashMap<>();
    catalog.coreModels().forEach(m -> models.put(m.id(), m));
    Map<String, Benchmark> benchmarks = new HashMap<>();
    catalog.benchmarks().forEach(b -> benchmarks.put(b.id(), b));
    Set<String> suites = new HashSet<>();
    catalog.suites().forEach(s -> suites.add(s.id()));

    assertThat(roundTrip(CatalogLoader.PRIORS, new PriorCodec(), Set.of())).isEqualTo(catalog.priors());
    assertThat(roundTrip(CatalogLoader.BENCHMARKS, new BenchmarkCodec(), Set.of())).isEqualTo(catalog.benchmarks());
    assertThat(roundTrip(CatalogLoader.SUITES, new SuiteCodec(benchmarks.keySet()), Set.of("default_suite")))
        .isEqualTo(catalog.suites());
    assertThat(roundTrip(CatalogLoader.MODELS, new ModelCodec(classes), Set.of())).isEqualTo(catalog.coreModels());
    assertThat(roundTrip(CatalogLoader.PROFILES, new ProfileCodec(models, benchmarks, null), Set.of()))
        .isEqualTo(catalog.profiles());
    assertThat(roundTrip(CatalogLoader.PUBLISHED, new PublishedCodec(models, suites), Set.of()))
        .isEqualTo(catalog.published());
    assertThat(roundTrip(CatalogLoader.PROVIDERS, new ProviderCodec(), Set.of())).isEqualTo(catalog.providers());
    assertThat(roundTrip(ConfirmedPrices.FILE, new ConfirmedPrices.Codec(models.keySet()), Set.of())).isNotEmpty();
  }

  /** The generator writes through the same codec, so reading and writing its file changes no byte. */
  @Test
  void theGeneratedCatalogIsWrittenBackByteForByte() throws IOException {
    Set<String> classes = new HashSet<>();
    new CatalogLoader(DataSource.directory(DATA)).load().priors().forEach(p -> classes.add(p.priorClass()));
    String text = Files.readString(DATA.resolve(CatalogLoader.UPSTREAM_MODELS), StandardCharsets.UTF_8);
    List<Model> models =
        DataFile.read(DataSource.directory(DATA), CatalogLoader.UPSTREAM_MODELS, new ModelCodec(classes)).values();
    assertThat(models).hasSizeGreaterThan(1000);
    assertThat(DataFile.write(ModelCodec.writer(), models)).isEqualTo(text);
  }

  @Test
  void writesExactPlainNumbersEscapedTextAndLeavesOutWhatIsMissing() {
    Source source = new Source("a \"quoted\" source", LocalDate.of(2025, 1, 2));
    PricePeriod period = new PricePeriod(LocalDate.of(2025, 1, 1),
        new Rates(new BigDecimal("1.5E+1"), null, null, new BigDecimal("0.000001")), null,
        List.of(new Tier(200_000, new Rates(new BigDecimal("30"), new BigDecimal("3.0"), null, new BigDecimal("60")))),
        source);
    Model model = new Model("m-1", "acme", List.of(), List.of(new Setting(Setting.DEFAULT, "plain")), Setting.DEFAULT,
        List.of(period), source);
    assertThat(DataFile.write(ModelCodec.writer(), List.of(model))).isEqualTo(String.join("\n",
        "{",
        "  \"schema_version\": 1,",
        "  \"models\": [",
        "    {",
        "      \"id\": \"m-1\",",
        "      \"provider\": \"acme\",",
        "      \"prior\": \"plain\",",
        "      \"prices\": [",
        "        {",
        "          \"effective_from\": \"2025-01-01\",",
        "          \"input\": 15,",
        "          \"output\": 0.000001,",
        "          \"tiers\": [",
        "            {",
        "              \"above_input_tokens\": 200000,",
        "              \"input\": 30,",
        "              \"cached_input\": 3.0,",
        "              \"output\": 60",
        "            }",
        "          ]",
        "        }",
        "      ],",
        "      \"source\": \"a \\\"quoted\\\" source\",",
        "      \"checked\": \"2025-01-02\"",
        "    }",
        "  ]",
        "}",
        ""));
    assertThat(DataFile.write(new ProviderCodec(), List.of()))
        .isEqualTo("{\n  \"schema_version\": 1,\n  \"providers\": [ ]\n}\n");
  }

  private DataException refused(String file, Codec<?> codec, String... lines) throws IOException {
    Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
    return (DataException) org.assertj.core.api.Assertions.catchThrowable(
        () -> DataFile.read(DataSource.directory(dir), file, codec));
  }

  @Test
  void aValueTheEngineRefusesDeepInARecordIsRefusedAtItsOwnPlace() throws IOException {
    DataException e = refused("models.json", new ModelCodec(Set.of("plain")),
        "{\"schema_version\": 1, \"models\": [",
        "  {\"id\": \"m\", \"provider\": \"p\", \"prior\": \"plain\",",
        "   \"prices\": [{\"effective_from\": \"2025-01-01\", \"input\": 1, \"output\": 2,",
        "                \"tiers\": [{\"above_input_tokens\": 10, \"input\": 1,",
        "                             \"output\": -4}]}],",
        "   \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(40);
    assertThat(e.getMessage()).contains("model 'm', field 'prices[0].tiers[0].output': must not be negative (was -4)");
  }

  @Test
  void aReleaseDayThatIsNoDateIsRefusedAtItsPlace() throws IOException {
    DataException e = refused("models.json", new ModelCodec(Set.of("plain")),
        "{\"schema_version\": 1, \"models\": [",
        "  {\"id\": \"m\", \"provider\": \"p\", \"prior\": \"plain\",",
        "   \"released\": \"2025-02-30\",",
        "   \"prices\": [{\"effective_from\": \"2025-01-01\", \"input\": 1, \"output\": 2}],",
        "   \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("model 'm', field 'released': must be a date like 2025-04-10 (was '2025-02-30')");
  }

  private static final String PRIOR_HEAD = "{\"schema_version\": 1, \"priors\": [{\"class\": \"plain\","
      + " \"output_tokens\": {\"a\": 10}, \"level_sigma\": 0.3,";

  @Test
  void aReleaseTrendWhoseCenterIsOutsideItsSpanIsRefusedAtTheCenter() throws IOException {
    DataException e = refused("priors.json", new PriorCodec(), PRIOR_HEAD,
        "  \"release_trend\": {\"per_year\": 0.4, \"first\": \"2024-01-01\", \"last\": \"2025-01-01\",",
        "                    \"center\": \"2026-01-01\", \"sd_years\": 0.3},",
        "  \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("prior 'plain', field 'release_trend.center': must lie between first and last");
  }

  @Test
  void aReleaseTrendNeedsEveryFieldAndNoOther() throws IOException {
    DataException missing = refused("priors.json", new PriorCodec(), PRIOR_HEAD,
        "  \"input_release_trend\": {\"tau\": {\"per_year\": 0.4, \"first\": \"2024-01-01\",",
        "      \"center\": \"2024-06-01\", \"last\": \"2025-01-01\"}},",
        "  \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(missing.getMessage()).contains("input_release_trend.tau").contains("sd_years");
    DataException unknown = refused("priors.json", new PriorCodec(), PRIOR_HEAD,
        "  \"release_trend\": {\"per_year\": 0.4, \"slope\": 1}, \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(unknown.line()).isEqualTo(2);
    assertThat(unknown.getMessage()).contains("field 'release_trend.slope': unknown field (known: center, first, last, per_year, sd_years)");
  }

  @Test
  void aCrossReferenceIsRefusedAtTheFieldThatMakesIt() throws IOException {
    DataException e = refused("models.json", new ModelCodec(Set.of("plain")),
        "{\"schema_version\": 1, \"models\": [",
        "  {\"id\": \"m\", \"provider\": \"p\", \"settings\": {\"low\": \"plain\",",
        "                                            \"high\": \"thinker\"},",
        "   \"default_setting\": \"low\", \"prices\": [], \"source\": \"s\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(53);
    assertThat(e.getMessage()).contains("field 'settings.high': unknown prior class 'thinker'");
  }

  @Test
  void aRecordsOwnRuleIsRefusedAtTheField() throws IOException {
    DataException e = refused("suites.json", new SuiteCodec(Set.of("a")),
        "{\"schema_version\": 1, \"suites\": [",
        "  {\"id\": \"s\", \"name\": \"S\",",
        "   \"benchmarks\": [{\"benchmark\": \"a\", \"repeats\": 1}, {\"benchmark\": \"a\", \"repeats\": 2}],",
        "   \"source\": \"x\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(18);
    assertThat(e.getMessage()).contains("suite 's', field 'benchmarks': names a benchmark twice");
  }

  @Test
  void aValueAnElementsRecordRefusesIsRefusedWithinItsElement() throws IOException {
    DataException e = refused("suites.json", new SuiteCodec(Set.of("a", "b")),
        "{\"schema_version\": 1, \"suites\": [",
        "  {\"id\": \"s\", \"name\": \"S\",",
        "   \"benchmarks\": [{\"benchmark\": \"a\", \"repeats\": 1}, {\"benchmark\": \"b\", \"repeats\": 0}],",
        "   \"source\": \"x\", \"checked\": \"2025-01-01\"}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(83);
    assertThat(e.getMessage()).contains("suite 's', field 'benchmarks[1].repeats': must be");
  }

  @Test
  void aWholeNumberInExponentFormIsWhole() throws IOException {
    Files.writeString(dir.resolve("benchmarks.json"), "{\"schema_version\": 1, \"benchmarks\": [{\"id\": \"b\","
        + " \"name\": \"B\", \"items\": 1e3, \"input_tokens\": 2.50, \"source\": \"x\", \"checked\": \"2025-01-01\"}]}");
    Benchmark b = DataFile.read(DataSource.directory(dir), "benchmarks.json", new BenchmarkCodec()).values().get(0);
    assertThat(b.items()).isEqualTo(1000);
    assertThat(b.inputTokens()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void anUnknownFieldIsRefusedAtItsName() throws IOException {
    DataException e = refused("benchmarks.json", new BenchmarkCodec(),
        "{\"schema_version\": 1, \"benchmarks\": [",
        "  {\"id\": \"b\", \"name\": \"B\",",
        "      \"itemz\": 3}]}");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.getMessage()).contains("benchmark 'b', field 'itemz': unknown field (known: cached_input_cost_sigma, cached_input_share, cached_input_share_derivation, checked, grader,");
  }

  @Test
  void beforeItsKeyIsReadARecordIsNamedByItsPlaceInTheFile() throws IOException {
    DataException e = refused("suites.json", new SuiteCodec(Set.of()),
        "{\"schema_version\": 1, \"suites\": [{\"name\": 7, \"id\": \"s\"}]}");
    assertThat(e.getMessage()).endsWith(":1:43: field 'suites[0].name': expected a string but found a number");
  }

  @Test
  void aSuiteKeepsTheOrderOfItsBenchmarksAndTheirRepeats() {
    Suite v2 = new CatalogLoader(DataSource.directory(DATA)).load().suite("aa-index-v2").orElseThrow();
    String text = DataFile.write(new SuiteCodec(Set.of()), List.of(v2));
    assertThat(text).contains("\"benchmark\": \"" + v2.entries().get(0).benchmark() + "\"");
    assertThat(text.indexOf(v2.entries().get(0).benchmark())).isLessThan(text.indexOf(v2.entries().get(1).benchmark()));
  }
}
