package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/**
 * A genai-prices price object as an offer: its rates from a day on, with the price in force above
 * each input size of a tiered rate.
 */
final class GenAiPricesOffer {
  private GenAiPricesOffer() {}

  /** A conditional price from {@code from} on (null: undated); its rates are checked as the engine checks them. */
  static Offer price(JsonNode p, LocalDate from, String source, LocalDate checked, List<String> notes) {
    TreeSet<Long> starts = new TreeSet<>();
    for (String field : GenAiPricesEntry.RATE_FIELDS) {
      p.path(field).path("tiers").forEach(t -> starts.add(t.path("start").asLong()));
    }
    for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!GenAiPricesEntry.RATE_FIELDS.contains(field)) {
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
