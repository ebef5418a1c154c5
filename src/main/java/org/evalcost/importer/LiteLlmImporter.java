package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/**
 * LiteLLM's model_prices_and_context_window.json: one object per model key, prices in USD per
 * token. Chat models with per-token input and output prices are imported, with cache, batch and
 * long-context ("_above_200k_tokens") rates; everything else is listed with the reason.
 */
public final class LiteLlmImporter {
  private static final Pattern TIER = Pattern.compile("^(.*)_above_(\\d{1,9})k_tokens$");
  private static final Set<String> TEXT_MODES = Set.of("chat", "completion", "responses");
  private static final Set<String> MAPPED = Set.of("input_cost_per_token", "output_cost_per_token",
      "cache_read_input_token_cost", "cache_creation_input_token_cost", "input_cost_per_token_batches",
      "output_cost_per_token_batches");

  private LiteLlmImporter() {}

  public static PriceImport read(Path file, Catalog catalog, LocalDate checked) {
    JsonNode root = ForeignJson.read(file);
    if (!root.isObject()) {
      throw new org.evalcost.catalog.DataException(file.toString(), 1, 1, null,
          "expected an object of models by name (LiteLLM's model_prices_and_context_window.json)");
    }
    CatalogMatcher matcher = new CatalogMatcher(catalog);
    PriceImport result = new PriceImport();
    String source = "LiteLLM model_prices_and_context_window.json (" + file.getFileName() + "), per token x 10^6";
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode m = entry.getValue();
      if (key.equals("sample_spec")) {
        continue;
      }
      String reason = unmappable(m);
      if (reason != null) {
        result.skipped.add(new PriceImport.Skipped(key, reason));
        continue;
      }
      if (matcher.alreadyMatched(key)) {
        result.skipped.add(new PriceImport.Skipped(key, "another key already priced the same catalog model"));
        continue;
      }
      String provider = m.path("litellm_provider").asText("unknown");
      Optional<Model> matched = matcher.match(key, List.of());
      String id = matched.map(Model::id).orElseGet(() -> matcher.freshId(key, provider));
      if (id == null) {
        result.skipped.add(new PriceImport.Skipped(key, "its id clashes with another model's"));
        continue;
      }
      Model model;
      try {
        Offer price = price(m, matched.map(LiteLlmImporter::firstDate).orElse(LocalDate.of(1970, 1, 1)), source,
            checked);
        model = matcher.record(matched, id, provider, List.of(), List.of(price.period(null)), source, checked);
      } catch (org.evalcost.engine.InvalidValueException e) {
        result.skipped.add(new PriceImport.Skipped(key, PriceImport.refused(e)));
        continue;
      }
      List<String> ignored = ignored(m);
      if (m.has("output_cost_per_reasoning_token")
          && m.get("output_cost_per_reasoning_token").decimalValue().compareTo(m.get("output_cost_per_token").decimalValue()) != 0) {
        ignored.add(0, "output_cost_per_reasoning_token (reasoning is billed at the output rate here)");
      }
      if (!ignored.isEmpty()) {
        result.partial.add(new PriceImport.Skipped(key, "not mapped: " + String.join(", ", ignored)));
      }
      result.models.add(model);
      if (matched.isPresent()) {
        result.matched++;
      }
    }
    return result;
  }

  private static LocalDate firstDate(Model m) {
    return m.prices().get(0).effectiveFrom();
  }

  static String unmappable(JsonNode m) {
    String mode = m.path("mode").asText("");
    if (!mode.isEmpty() && !TEXT_MODES.contains(mode)) {
      return "mode '" + mode + "': not billed per generated text token";
    }
    if (!m.has("input_cost_per_token") || !m.has("output_cost_per_token")) {
      if (m.has("input_cost_per_character") || m.has("output_cost_per_character")) {
        return "priced per character";
      }
      if (m.has("input_cost_per_second") || m.has("output_cost_per_second")) {
        return "priced per second";
      }
      if (m.has("input_cost_per_image") || m.has("output_cost_per_image")) {
        return "priced per image";
      }
      return "no per-token input and output price";
    }
    if (!m.get("input_cost_per_token").isNumber() || !m.get("output_cost_per_token").isNumber()) {
      return "a per-token price is not a number";
    }
    if (m.get("input_cost_per_token").decimalValue().signum() < 0 || m.get("output_cost_per_token").decimalValue().signum() < 0) {
      return "a negative price";
    }
    for (java.util.Iterator<JsonNode> values = m.elements(); values.hasNext(); ) {
      JsonNode v = values.next();
      if (v.isNumber() && !ForeignJson.sane(v)) {
        return "a price out of any sensible range";
      }
    }
    return null;
  }

  private static List<String> ignored(JsonNode m) {
    List<String> ignored = new ArrayList<>();
    for (Iterator<String> names = m.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      boolean cost = name.contains("cost");
      if (cost && !MAPPED.contains(name) && !isTier(name) && !name.equals("output_cost_per_reasoning_token")) {
        ignored.add(name);
      }
    }
    return ignored;
  }

  private static boolean isTier(String name) {
    Matcher t = TIER.matcher(name);
    return t.matches() && MAPPED.contains(t.group(1));
  }

  private static BigDecimal rate(JsonNode m, String field) {
    JsonNode v = m.get(field);
    return v == null || !v.isNumber() ? null : ForeignJson.perMillion(v);
  }

  /** The entry's price from {@code from} on (null: undated); its rates are checked as the engine checks them. */
  static Offer price(JsonNode m, LocalDate from, String source, LocalDate checked) {
    Rates list = new Rates(rate(m, "input_cost_per_token"), rate(m, "cache_read_input_token_cost"),
        rate(m, "cache_creation_input_token_cost"), rate(m, "output_cost_per_token"));
    BigDecimal batchIn = rate(m, "input_cost_per_token_batches");
    BigDecimal batchOut = rate(m, "output_cost_per_token_batches");
    Rates batch = batchIn != null && batchOut != null ? new Rates(batchIn, null, null, batchOut) : null;
    Map<Long, Map<String, BigDecimal>> tiers = new TreeMap<>();
    for (Iterator<String> names = m.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      Matcher t = TIER.matcher(name);
      if (t.matches() && MAPPED.contains(t.group(1)) && m.get(name).isNumber()) {
        tiers.computeIfAbsent(Long.parseLong(t.group(2)) * 1000, k -> new LinkedHashMap<>())
            .put(t.group(1), ForeignJson.perMillion(m.get(name)));
      }
    }
    List<Tier> tierList = new ArrayList<>();
    tiers.forEach((above, fields) -> tierList.add(new Tier(above, new Rates(
        fields.getOrDefault("input_cost_per_token", rate(m, "input_cost_per_token")),
        fields.getOrDefault("cache_read_input_token_cost", rate(m, "cache_read_input_token_cost")),
        fields.getOrDefault("cache_creation_input_token_cost", rate(m, "cache_creation_input_token_cost")),
        fields.getOrDefault("output_cost_per_token", rate(m, "output_cost_per_token"))))));
    return new Offer(from, list, batch, tierList, new Source(source, checked));
  }
}
