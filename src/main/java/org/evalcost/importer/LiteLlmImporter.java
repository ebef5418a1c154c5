package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;

/**
 * LiteLLM's model_prices_and_context_window.json: one object per model key, prices in USD per
 * token. Chat models with per-token input and output prices are imported, with cache, batch and
 * long-context ("_above_200k_tokens") rates; everything else is listed with the reason.
 */
public final class LiteLlmImporter {
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
      String reason = LiteLlmEntry.unmappable(m);
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
        Offer price = LiteLlmEntry.price(m, matched.map(LiteLlmImporter::firstDate).orElse(LocalDate.of(1970, 1, 1)), source,
            checked);
        model = matcher.record(matched, id, provider, List.of(), List.of(price.period(null)), source, checked);
      } catch (org.evalcost.engine.InvalidValueException e) {
        result.skipped.add(new PriceImport.Skipped(key, PriceImport.refused(e)));
        continue;
      }
      List<String> ignored = LiteLlmEntry.ignored(m);
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
}
