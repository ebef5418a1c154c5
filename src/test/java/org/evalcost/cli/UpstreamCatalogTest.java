package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.Golden;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.ConfirmedPrices;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.importer.CatalogBuild;
import org.evalcost.importer.DataFiles;
import org.junit.jupiter.api.Test;

/** The generated part of the shipped catalog: reproducible, wide, and answering to the names people use. */
class UpstreamCatalogTest {
  private static final Path DATA = Golden.PROJECT.resolve("data");
  private static final Catalog CATALOG = new CatalogLoader(DataSource.builtIn()).load();

  private static boolean inputsAtHand() throws IOException {
    var p = DataFiles.inputs(DATA);
    for (String f : List.of("genai_prices.file", "litellm.file", "aa.file")) {
      if (!Files.isRegularFile(Golden.PROJECT.resolve(p.getProperty(f)))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theCommittedFilesAreWhatTheGeneratorMakesFromTheNamedInputs() throws IOException {
    assumeTrue(inputsAtHand(), "the upstream copies in ../shared are not beside the project");
    CatalogBuild.Output out = CatalogBuild.build(DATA);
    assertThat(out.models()).as("data/upstream-models.json: run data/regenerate.sh")
        .isEqualTo(Files.readString(DATA.resolve(CatalogLoader.UPSTREAM_MODELS)));
    assertThat(out.confirmed()).as("data/upstream-confirmed.json: run data/regenerate.sh")
        .isEqualTo(Files.readString(DATA.resolve(ConfirmedPrices.FILE)));
    assertThat(out.report()).as("data/upstream-report.md: run data/regenerate.sh")
        .isEqualTo(Files.readString(DATA.resolve(CatalogBuild.REPORT)));
  }

  @Test
  void everyGeneratedModelSaysWhichUpstreamEntryItCameFromAndWhatItsClassRestsOn() {
    assertThat(CATALOG.moreModels()).hasSizeGreaterThan(1000).allSatisfy(m -> {
      assertThat(m.source().text()).containsAnyOf(", entry ", ", key ", ", list price of ");
      assertThat(m.classEvidence()).isNotBlank();
      assertThat(m.prices()).allSatisfy(p -> assertThat(p.source().text()).containsAnyOf(", entry ", ", key ", ", list price of ",
          "the curated record"));
    });
  }

  @Test
  void theModelsPeopleUseTodayEstimateOutOfTheBox() {
    ModelResolver resolver = new ModelResolver(CATALOG);
    Map<String, Boolean> reasonsByDefault = new java.util.LinkedHashMap<>();
    for (String m : List.of("gpt-5.5", "gpt-5.6-sol", "gemini-3.1-pro-preview", "gemini-3.5-flash", "grok-4.5",
        "deepseek-v4-pro", "kimi-k2.6", "glm-5.2", "qwen3.7-plus", "minimax-m3", "gpt-oss-120b")) {
      reasonsByDefault.put(m, true);
    }
    reasonsByDefault.put("claude-opus-4-8", false); // Claude thinks only when asked
    reasonsByDefault.put("claude-opus-4.8", false);
    reasonsByDefault.put("claude-sonnet-5", false);
    reasonsByDefault.forEach((name, reasons) -> {
      ModelRef ref = resolver.resolve(name, null);
      assertThat(ref.setting().priorClass().equals("non-reasoning")).as(name).isNotEqualTo(reasons);
      Cli.Result r = Cli.run("estimate", "-m", name, "--format", "csv");
      assertThat(r.code()).as(name + ": " + r.err()).isZero();
    });
    Cli.Result csv = Cli.run("models", "--format", "csv");
    assertThat(csv.out().lines().count()).isGreaterThan(1000);
    assertThat(resolver.resolve("gpt-oss-120b", null).model().provider()).isEqualTo("openai");
    assertThat(resolver.resolve("gpt-oss-120b@cerebras", null).model().provider()).isEqualTo("cerebras");
  }

  @Test
  void aCuratedPriceANewerUpstreamCopyGivesTooCountsAsCheckedOnThatCopysDate() {
    // o1's curated price (checked 2025-09-05) is genai-prices' of 2026-08-21 too; deepseek-chat's is
    // not confirmed, since one LiteLLM entry of DeepSeek's gives another price.
    org.evalcost.engine.PricePeriod o1 = CATALOG.model("o1-2024-12-17").orElseThrow().prices().get(0);
    assertThat(o1.source().checked()).isEqualTo(java.time.LocalDate.of(2026, 8, 21));
    assertThat(o1.source().text()).startsWith("pydantic genai-prices provider data")
        .contains("; the same rates in pydantic genai-prices").endsWith("entry openai/o1");
    org.evalcost.engine.Model deepseek = CATALOG.model("deepseek-chat").orElseThrow();
    assertThat(deepseek.prices().get(deepseek.prices().size() - 1).source().text()).doesNotContain("the same rates");
  }

  @Test
  void aRunOfGemini25ProOn2025June6IsPricedAsThePreview() {
    Cli.Result r = Cli.run("estimate", "-m", "gemini/gemini-2.5-pro-preview-06-05", "--as-of", "2025-06-06");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(period from 2025-04-04): input $1.25, output $10.00").doesNotContain("n/a");
  }

  /** Every leaderboard name whose model the catalog has resolves, its setting included; the count is reported. */
  @Test
  void artificialAnalysisNamesResolveWithTheirSetting() throws IOException {
    Path aa = Golden.PROJECT.resolve(DataFiles.inputs(DATA).getProperty("aa.file"));
    assumeTrue(Files.isRegularFile(aa), "the leaderboard copy in ../shared is not beside the project");
    ModelResolver resolver = new ModelResolver(CATALOG);
    List<String> unresolved = new ArrayList<>();
    int resolved = 0;
    int total = 0;
    for (JsonNode m : new ObjectMapper().readTree(aa.toFile()).path("models")) {
      String name = m.path("name").asText();
      total++;
      try {
        ModelRef ref = resolver.resolve(name, null);
        resolved++;
        if (m.path("reasoning_model").asBoolean() && name.contains("(") && !name.contains("Non-reasoning")) {
          assertThat(ref.setting().priorClass()).as(name).isNotEqualTo("non-reasoning");
        }
        if (name.contains("(Non-reasoning")) {
          assertThat(ref.setting().priorClass()).as(name).isEqualTo("non-reasoning");
        }
      } catch (org.evalcost.engine.InvalidRequestException e) {
        unresolved.add(name);
      }
    }
    System.out.println("Artificial Analysis names resolved: " + resolved + " of " + total);
    assertThat(resolved).isGreaterThan(total / 2);
  }
}
