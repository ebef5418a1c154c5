package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.evalcost.engine.Suite;
import org.junit.jupiter.api.Test;

/** Which leaderboard models become records of their own, at which price, and why the others do not. */
class AaPricedTest {
  private static final Source SOURCE = new Source("test", LocalDate.of(2026, 1, 1));
  private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

  private static ModelResolver resolver() {
    Rates rates = new Rates(BigDecimal.ONE, null, null, BigDecimal.TEN);
    List<Model> models = new ArrayList<>();
    for (String id : List.of("gpt-9", "step-9-flash")) {
      models.add(new Model(id, "openai", List.of(), List.of(new Setting(Setting.DEFAULT, "non-reasoning")),
          Setting.DEFAULT, List.of(new PricePeriod(LocalDate.of(2025, 1, 1), rates, null, List.of(), SOURCE)), SOURCE));
    }
    Benchmark b = new Benchmark("alpha", "Alpha", 10, BigDecimal.TEN, SOURCE);
    Suite suite = new Suite("s", "S", List.of(new Suite.Entry("alpha", 1)), SOURCE);
    return new ModelResolver(new Catalog(models, List.of(b), List.of(suite), "s", List.of(), List.of(), List.of(),
        List.of()));
  }

  private static String aa(String name, String slug, String input, String output, boolean reasons, boolean deprecated) {
    return "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\", \"creator\": {\"slug\": \"acme\"},"
        + " \"reasoning_model\": " + reasons + ", \"deprecated\": " + deprecated
        + ", \"pricing\": {\"price_1m_input_tokens\": " + input + ", \"price_1m_output_tokens\": " + output + "}}";
  }

  private static JsonNode payload(String... models) throws Exception {
    return new ObjectMapper().readTree("{\"models\": [" + String.join(",", models) + "]}");
  }

  private final List<UpstreamEntry.Skipped> skipped = new ArrayList<>();

  private List<UpstreamEntry> entries(Set<String> claimed, String... models) throws Exception {
    return AaPriced.entries(payload(models), "AA of 2026-06-15", DAY, resolver(), claimed, skipped);
  }

  @Test
  void aModelNoCatalogNameReachesBecomesOneRecordForAllItsSettingsAtTheLeaderboardsListPrice() throws Exception {
    List<UpstreamEntry> out = entries(Set.of(), aa("Acme 2 (Non-reasoning)", "acme-2-non-reasoning", "0.03", "0.15",
        false, false), aa("Acme 2 (Reasoning)", "acme-2", "0.03", "0.15", true, false));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.base()).isEqualTo("acme-2");
      assertThat(e.seller()).isEqualTo("acme");
      assertThat(e.upstream()).isEqualTo(UpstreamEntry.Upstream.LEADERBOARD);
      assertThat(e.supportsReasoning()).isTrue(); // one of its settings reasons
      Offer offer = e.prices().get(0);
      assertThat(offer.from()).isNull(); // dated by the merge: the release day, else the leaderboard's
      assertThat(offer.rates()).isEqualTo(new Rates(new BigDecimal("0.03"), null, null, new BigDecimal("0.15")));
      assertThat(offer.source().checked()).isEqualTo(DAY);
      assertThat(offer.source().text()).isEqualTo("AA of 2026-06-15, list price of 'Acme 2 (Non-reasoning)' (the"
          + " creator's own API)");
      assertThat(UpstreamRecords.label(e)).isEqualTo("Artificial Analysis 'Acme 2 (Non-reasoning)'");
    });
    assertThat(skipped).isEmpty();
  }

  @Test
  void aModelTheCatalogKnowsByItsNameItsSlugOrAsAClaimedVariantIsLeftToTheCatalog() throws Exception {
    assertThat(entries(Set.of("Claimed 1"), aa("GPT-9 (high)", "gpt-9", "1", "10", true, false),
        aa("Flash 9 (Reasoning)", "step-9-flash", "1", "2", true, false),
        aa("Flash 9 (Non-reasoning)", "flash-9-non-reasoning", "1", "2", false, false), // its twin is known
        aa("Claimed 1", "claimed-1", "1", "2", false, false))).isEmpty();
    assertThat(skipped).isEmpty(); // known models are not skipped entries: the catalog prices them
  }

  @Test
  void settingsPricedApartAFreeModelAndAnEditionAreLeftOutWithTheirReasons() throws Exception {
    assertThat(entries(Set.of(), aa("Split 1 (Reasoning)", "split-1", "1", "2", true, false),
        aa("Split 1 (Non-reasoning)", "split-1-nr", "1", "1", false, false),
        aa("Free 1", "free-1", "0", "0", false, false),
        aa("Edition 1 (Preview)", "edition-1", "1", "2", false, false))).isEmpty();
    assertThat(skipped).extracting(UpstreamEntry.Skipped::entry).containsExactlyInAnyOrder(
        "Artificial Analysis 'Free 1'", "Artificial Analysis 'Edition 1 (Preview)'",
        "Artificial Analysis 'Split 1 (Reasoning)'", "Artificial Analysis 'Split 1 (Non-reasoning)'");
    assertThat(skipped).extracting(UpstreamEntry.Skipped::reason).contains("no list price above zero",
        "'(preview)' names an edition, not a setting, and no catalog model is that edition",
        "its settings are priced apart (Split 1 (Reasoning) $1 / $2, Split 1 (Non-reasoning) $1 / $1), which one"
            + " record cannot say");
  }

  @Test
  void anOpenWeightModelsPriceMayBeTheProvidersMedianAndTheSourceSaysSo() throws Exception {
    String open = aa("Open 1", "open-1", "1", "2", false, false).replace("\"pricing\"",
        "\"open_weights\": {\"is_open_weights\": true, \"openrouter_api_id\": null}, \"pricing\"");
    assertThat(entries(Set.of(), open)).singleElement().satisfies(e -> assertThat(e.prices().get(0).source().text())
        .endsWith("list price of 'Open 1' (open weights: the creator's API where it has one, else the providers'"
            + " median)"));
  }

  @Test
  void aDeprecatedModelKeepsItsPriceAndTheSourceSaysSo() throws Exception {
    assertThat(entries(Set.of(), aa("Old 1", "old-1", "1", "2", false, true))).singleElement()
        .satisfies(e -> assertThat(e.prices().get(0).source().text())
            .endsWith("; the leaderboard marks the model deprecated"));
  }

  @Test
  void anIdIsTheNameLowercasedWithDashes() {
    assertThat(AaNames.id("Qwen3.5 4B")).isEqualTo("qwen3.5-4b");
    assertThat(AaNames.id(" NVIDIA  Nemotron 3 ")).isEqualTo("nvidia-nemotron-3");
  }
}
