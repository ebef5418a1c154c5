package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Which AA name speaks for a model and setting when several land on it. */
class AaNamesTest {
  private static final Source SOURCE = new Source("test", LocalDate.of(2026, 1, 1));

  private static Model model(String id, List<String> aliases, String... settings) {
    List<Setting> s = new ArrayList<>();
    for (String name : settings) {
      s.add(new Setting(name, name.equals("none") ? "non-reasoning" : "reasoning-high"));
    }
    if (s.isEmpty()) {
      s.add(new Setting(Setting.DEFAULT, id.contains("thinking") ? "reasoning-medium" : "non-reasoning"));
    }
    Rates rates = new Rates(BigDecimal.ONE, null, null, BigDecimal.TEN);
    return new Model(id, "openai", aliases, s, s.get(s.size() - 1).name(),
        List.of(new PricePeriod(LocalDate.of(2025, 1, 1), rates, null, List.of(), SOURCE)), SOURCE);
  }

  private static ModelResolver resolver() {
    List<Model> models = List.of(model("gpt-9", List.of("gpt-9-codex"), "none", "high", "xhigh"),
        model("step-9-flash", List.of()), model("qwen9-30b", List.of(), "none", "thinking"),
        model("qwen9-30b-thinking-2507", List.of()), model("mistral-9-small-2509", List.of()),
        model("gemma-9-e4b-it", List.of()));
    Benchmark b = new Benchmark("alpha", "Alpha", 10, BigDecimal.TEN, SOURCE);
    Suite suite = new Suite("s", "S", List.of(new Suite.Entry("alpha", 1)), SOURCE);
    return new ModelResolver(new Catalog(models, List.of(b), List.of(suite), "s", List.of(), List.of(), List.of(),
        List.of()));
  }

  private static JsonNode payload(String... models) throws Exception {
    return new ObjectMapper().readTree("[" + String.join(",", models) + "]");
  }

  private static String aa(String name, String sellerId) {
    return "{\"name\": \"" + name + "\"" + (sellerId == null ? ""
        : ", \"open_weights\": {\"openrouter_api_id\": \"" + sellerId + "\"}") + "}";
  }

  private static String slugged(String name, String slug) {
    return "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\"}";
  }

  private static List<String> order(JsonNode models) {
    return AaNames.map(resolver(), models, new LinkedHashMap<>()).stream()
        .map(m -> m.model().path("name").asText() + " -> " + m.ref().label()).toList();
  }

  @Test
  void theIdBeatsAnAliasAndAPassedOverWordComesLast() throws Exception {
    assertThat(order(payload(aa("GPT-9 Codex (xhigh)", null), aa("Step 9 Flash (Preview)", null),
        aa("GPT-9 (xhigh)", null), aa("Step 9 Flash 2603", null), aa("Step 9 Flash", null))))
        .containsExactly("GPT-9 (xhigh) -> gpt-9 (xhigh)", "Step 9 Flash -> step-9-flash",
            "GPT-9 Codex (xhigh) -> gpt-9 (xhigh)", "Step 9 Flash 2603 -> step-9-flash",
            "Step 9 Flash (Preview) -> step-9-flash");
  }

  @Test
  void aSellerIdThatNamesAModelOutrightBeatsALooseMatch() throws Exception {
    assertThat(order(payload(aa("Qwen9 30B 2507 (Reasoning)", "qwen/qwen9-30b-thinking-2507:free"))))
        .containsExactly("Qwen9 30B 2507 (Reasoning) -> qwen9-30b-thinking-2507");
  }

  @Test
  void aNameNeitherWayResolvesIsNotedWithBothReasons() throws Exception {
    Map<String, String> unmapped = new LinkedHashMap<>();
    assertThat(AaNames.map(resolver(), payload(aa("Nova 9 (low)", "amazon/nova-9")), unmapped)).isEmpty();
    assertThat(unmapped.get("Nova 9 (low)")).contains("unknown model 'Nova 9 (low)'")
        .contains("nor does AA's id 'amazon/nova-9 (low)'");
  }

  @Test
  void aSlugThatNamesAModelMapsANameNoOtherRuleDoes() throws Exception {
    assertThat(order(payload(slugged("Mistral 9 Small 1.2", "mistral-9-small-2509"))))
        .containsExactly("Mistral 9 Small 1.2 -> mistral-9-small-2509");
    Map<String, String> unmapped = new LinkedHashMap<>();
    assertThat(AaNames.map(resolver(), payload(slugged("Mistral 9 Large 1.2", "mistral-9-large-2509")), unmapped))
        .isEmpty();
    assertThat(unmapped).containsKey("Mistral 9 Large 1.2");
  }

  @Test
  void anInstructNameFindsGooglesItId() throws Exception {
    assertThat(order(payload(aa("Gemma 9 E4B Instruct", null)))).containsExactly("Gemma 9 E4B Instruct -> gemma-9-e4b-it");
  }
}
