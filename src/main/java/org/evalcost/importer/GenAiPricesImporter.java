package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;

/**
 * pydantic genai-prices data (v2): providers with models, prices per million tokens; a price is a
 * number or {base, tiers: [{start, price}]}; a model's prices may be a list of conditional prices,
 * of which dated ones ({@code constraint.start_date}) become price periods. Plain-id match rules
 * become aliases. Time-of-day prices cannot be mapped and are listed.
 */
public final class GenAiPricesImporter {
  private GenAiPricesImporter() {}

  public static PriceImport read(Path file, Catalog catalog, LocalDate checked) {
    JsonNode root = ForeignJson.read(file);
    if (!root.isArray()) {
      throw new org.evalcost.catalog.DataException(file.toString(), 1, 1, null,
          "expected a list of providers (genai-prices data v2)");
    }
    CatalogMatcher matcher = new CatalogMatcher(catalog);
    PriceImport result = new PriceImport();
    String source = "pydantic genai-prices data (" + file.getFileName() + ")";
    for (JsonNode provider : root) {
      String providerId = provider.path("id").asText("unknown");
      for (JsonNode m : provider.path("models")) {
        String id = m.path("id").asText();
        String entry = providerId + "/" + id;
        List<JsonNode> conditional = GenAiPricesEntry.conditional(m.get("prices"));
        String reason = GenAiPricesEntry.unmappable(conditional);
        if (reason != null) {
          result.skipped.add(new PriceImport.Skipped(entry, reason));
          continue;
        }
        List<String> names = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        GenAiPricesEntry.names(m.get("match"), names, rules);
        if (matcher.alreadyMatched(id)) {
          result.skipped.add(new PriceImport.Skipped(entry, "another entry already priced the same catalog model"));
          continue;
        }
        Optional<Model> matched = matcher.match(id, names);
        String newId = matched.map(Model::id).orElseGet(() -> matcher.freshId(id, providerId));
        if (newId == null) {
          result.skipped.add(new PriceImport.Skipped(entry, "its id clashes with another model's"));
          continue;
        }
        List<String> notes = new ArrayList<>();
        if (!rules.isEmpty()) {
          notes.add("match rules that are not plain ids (" + String.join(", ", new TreeSet<>(rules)) + ")");
        }
        List<PricePeriod> prices = new ArrayList<>();
        LocalDate first = matched.map(mm -> mm.prices().get(0).effectiveFrom()).orElse(LocalDate.of(1970, 1, 1));
        Model model;
        try {
          for (JsonNode c : conditional) {
            prices.add(GenAiPricesOffer.price(c.get("prices"), GenAiPricesOffer.startDate(c), source, checked, notes).period(first));
          }
          List<String> aliases = matched.isPresent() ? List.of() : matcher.freshAliases(names, newId);
          model = matcher.record(matched, newId, providerId, aliases, prices, source, checked);
        } catch (org.evalcost.engine.InvalidValueException e) {
          result.skipped.add(new PriceImport.Skipped(entry, PriceImport.refused(e)));
          continue;
        }
        if (!notes.isEmpty()) {
          result.partial.add(new PriceImport.Skipped(entry, "not mapped: " + String.join("; ", notes)));
        }
        result.models.add(model);
        if (matched.isPresent()) {
          result.matched++;
        }
      }
    }
    return result;
  }
}
