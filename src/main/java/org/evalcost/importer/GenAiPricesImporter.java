package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;
import org.evalcost.engine.Catalog;

/**
 * pydantic genai-prices data (v2): providers with models, prices per million tokens; a price is a
 * number or {base, tiers: [{start, price}]}; a model's prices may be a list of conditional prices,
 * of which dated ones ({@code constraint.start_date}) become price periods. Plain-id match rules
 * become aliases. Time-of-day prices cannot be mapped and are listed.
 */
public final class GenAiPricesImporter {
  private static final Set<String> RATE_FIELDS = Set.of("input_mtok", "cache_read_mtok", "cache_write_mtok", "output_mtok");

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
        List<JsonNode> conditional = conditional(m.get("prices"));
        String reason = unmappable(conditional);
        if (reason != null) {
          result.skipped.add(new PriceImport.Skipped(entry, reason));
          continue;
        }
        List<String> names = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        names(m.get("match"), names, rules);
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
            prices.add(price(c.get("prices"), startDate(c), source, checked, notes).period(first));
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

  /** The model's prices as a list of {constraint?, prices}. */
  static List<JsonNode> conditional(JsonNode prices) {
    List<JsonNode> out = new ArrayList<>();
    if (prices == null) {
      return out;
    }
    if (prices.isArray()) {
      prices.forEach(out::add);
    } else {
      out.add(ForeignJson.MAPPER.createObjectNode().set("prices", prices));
    }
    return out;
  }

  static String unmappable(List<JsonNode> conditional) {
    if (conditional.isEmpty()) {
      return "no prices";
    }
    for (JsonNode c : conditional) {
      JsonNode constraint = c.path("constraint");
      if (constraint.has("start_time") || constraint.has("end_time")) {
        return "time-of-day prices (off-peak hours): not mapped";
      }
      for (Iterator<String> it = constraint.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!field.equals("start_date")) {
          return "a price constraint on '" + field + "': not mapped";
        }
      }
      if (constraint.has("start_date") && startDate(c) == null) {
        return "a start_date that is not a date like 2025-04-10";
      }
      JsonNode p = c.path("prices");
      if (!p.has("input_mtok") || !p.has("output_mtok")) {
        return "no input and output price per token (priced by image, audio or request)";
      }
      if (!saneTree(p)) {
        return "a price that is not a sensible number";
      }
    }
    return null;
  }

  /** Every number in a price object is sane, and every rate field is a number or a tiered object of numbers. */
  private static boolean saneTree(JsonNode node) {
    if (node.isNumber()) {
      return ForeignJson.sane(node);
    }
    for (JsonNode child : node) {
      if (!saneTree(child)) {
        return false;
      }
    }
    for (String field : RATE_FIELDS) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isNumber() && !(v.isObject() && v.path("base").isNumber())) {
        return false;
      }
    }
    return true;
  }

  /** Plain ids from {equals: ...} rules, anywhere in an or/and tree; other rules are noted. */
  static void names(JsonNode match, List<String> names, List<String> rules) {
    if (match == null) {
      return;
    }
    if (match.isArray()) {
      match.forEach(m -> names(m, names, rules));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "equals" -> names.add(e.getValue().asText());
        case "or", "and" -> names(e.getValue(), names, rules);
        default -> rules.add(e.getKey());
      }
    }
  }

  /** A conditional price from {@code from} on (null: undated); its rates are checked as the engine checks them. */
  static Offer price(JsonNode p, LocalDate from, String source, LocalDate checked, List<String> notes) {
    TreeSet<Long> starts = new TreeSet<>();
    for (String field : RATE_FIELDS) {
      p.path(field).path("tiers").forEach(t -> starts.add(t.path("start").asLong()));
    }
    for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!RATE_FIELDS.contains(field)) {
        String note = field.equals("output_reasoning_mtok") ? "output_reasoning_mtok (reasoning is billed at the output rate here)" : field;
        if (!notes.contains(note)) {
          notes.add(note);
        }
      }
    }
    List<Tier> tiers = new ArrayList<>();
    for (long start : starts) {
      tiers.add(new Tier(start, rates(p, start)));
    }
    return new Offer(from, rates(p, 0), null, tiers, new Source(source, checked));
  }

  private static Rates rates(JsonNode p, long above) {
    return new Rates(value(p.get("input_mtok"), above), value(p.get("cache_read_mtok"), above),
        value(p.get("cache_write_mtok"), above), value(p.get("output_mtok"), above));
  }

  /** A genai-prices start_date, or null for none (or one that is not a date). */
  static LocalDate startDate(JsonNode conditional) {
    String text = conditional.path("constraint").path("start_date").asText("");
    try {
      return text.isEmpty() ? null : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** A number, or the tiered object's price in force above {@code above} input tokens. */
  private static BigDecimal value(JsonNode v, long above) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return ForeignJson.clean(v.decimalValue());
    }
    BigDecimal price = v.path("base").decimalValue();
    long best = -1;
    for (JsonNode t : v.path("tiers")) {
      long start = t.path("start").asLong();
      if (start <= above && start > best && above > 0) {
        best = start;
        price = t.path("price").decimalValue();
      }
    }
    return ForeignJson.clean(price);
  }
}
