package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/**
 * One entry of LiteLLM's price map: whether it is priced per text token, its rates (cache, batch
 * and long-context tiers), and the cost fields that none of them takes.
 */
final class LiteLlmEntry {
  private static final Pattern TIER = Pattern.compile("^(.*)_above_(\\d{1,9})k_tokens$");
  private static final Set<String> TEXT_MODES = Set.of("chat", "completion", "responses");
  private static final Set<String> MAPPED = Set.of("input_cost_per_token", "output_cost_per_token",
      "cache_read_input_token_cost", "cache_creation_input_token_cost", "input_cost_per_token_batches",
      "output_cost_per_token_batches");

  private LiteLlmEntry() {}

  /** Why the entry cannot be priced per token, or null when it can. */
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

  /** The entry's cost fields that no rate takes, by name. */
  static List<String> ignored(JsonNode m) {
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
