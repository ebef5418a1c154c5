package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One model of genai-prices' data.json: its prices as dated conditions, whether they can be
 * priced per token, its names and matching rules, and its rates from a day on.
 */
final class GenAiPricesEntry {
  /** The rates a price object may give. */
  static final Set<String> RATE_FIELDS = Set.of("input_mtok", "cache_read_mtok", "cache_write_mtok", "output_mtok");

  private GenAiPricesEntry() {}

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
      if (constraint.has("start_date") && GenAiPricesOffer.startDate(c) == null) {
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
}
