package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;

/**
 * AA's index costs as the back-test's published costs (v4.0's at list price, v4.1's billed with
 * cache reads), and the check that the v4.1 payload repeats v4.0's SciCode counts.
 */
final class AaV41 {
  private AaV41() {}

  /** AA's v4.0-era index cost of a model: its list prices times its measured tokens. */
  static PublishedCost v40Cost(JsonNode m, ModelRef ref, BigDecimal cost, LocalDate date) {
    JsonNode pricing = m.path("pricing");
    return new PublishedCost("aa-v4.0-" + m.path("slug").asText(), ref.model().id(), ref.setting().name(),
        "aa-index-v4.0", cost.setScale(2, java.math.RoundingMode.HALF_UP), date, false,
        new Source("Artificial Analysis " + date + " (upstream.properties aa.*), '" + m.path("name").asText() + "', "
            + "pricing.intelligence_index_cost_total", date),
        "AA's cost of its index at its list prices (input_per_1m, output_per_1m) times its measured tokens",
        new Rates(pricing.path("price_1m_input_tokens").decimalValue(), null, null,
            pricing.path("price_1m_output_tokens").decimalValue()), false);
  }

  /**
   * AA's v4.1 index cost of a model, billed with cache reads: at AA's list prices, with the cache
   * rate the catalog's ratio of cache to list input rate makes of AA's list input price (none
   * when the catalog has no cache rate for the model: it then pays list, as AA billed most such).
   */
  static PublishedCost v41Cost(JsonNode m, ModelRef ref, BigDecimal cost, LocalDate date) {
    JsonNode pricing = m.path("pricing");
    BigDecimal input = pricing.path("price_1m_input_tokens").decimalValue();
    BigDecimal cached = null;
    var period = ref.model().priceOn(date);
    if (period.isPresent() && period.get().rates().cachedInput() != null && period.get().rates().input().signum() > 0) {
      cached = input.multiply(period.get().rates().cachedInput())
          .divide(period.get().rates().input(), 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return new PublishedCost("aa-v4.1-" + m.path("slug").asText(), ref.model().id(), ref.setting().name(),
        "aa-index-v4.1", cost.setScale(2, java.math.RoundingMode.HALF_UP), date, false,
        new Source("Artificial Analysis " + date + " (upstream.properties aa41.*), '" + m.path("name").asText()
            + "', pricing.intelligence_index_cost_total", date),
        "AA's cost of its v4.1 index, cached input at cache rates; cached_input_per_1m is AA's list input price times "
            + "the catalog's ratio of cache to list rate", new Rates(input, cached, null,
            pricing.path("price_1m_output_tokens").decimalValue()), true);
  }

  /**
   * Of the v4.1 payload's models with SciCode counts in both payloads: how many agree within 2%,
   * how many there are, and the largest difference in percent (rounded up).
   */
  static int[] reusedScicode(JsonNode v40models, JsonNode v41models) {
    Map<String, JsonNode> v40 = new java.util.HashMap<>();
    for (JsonNode m : v40models) {
      v40.put(m.path("slug").asText(), m.path("breakdowns").path("eval_token_counts").path("scicode"));
    }
    int agree = 0;
    int both = 0;
    double largest = 0;
    for (JsonNode m : v41models) {
      JsonNode now = m.path("breakdowns").path("eval_token_counts").path("scicode");
      JsonNode before = v40.get(m.path("slug").asText());
      if (before == null || before.path("inputTokens").asDouble(0) <= 0 || now.path("inputTokens").asDouble(0) <= 0) {
        continue;
      }
      both++;
      boolean same = true;
      for (String f : new String[] {"inputTokens", "outputTokens"}) {
        double off = Math.abs(now.path(f).asDouble() / before.path(f).asDouble() - 1);
        same &= off <= 0.02;
        largest = Math.max(largest, off);
      }
      agree += same ? 1 : 0;
    }
    return new int[] {agree, both, (int) Math.ceil(largest * 100)};
  }
}
