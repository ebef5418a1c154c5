package org.evalcost.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of reading a foreign price catalog: model records in the shape of data/models.json,
 * the entries that could not be mapped with the reason, and the entries imported only in part.
 */
public final class PriceImport {
  /** An entry left out, and why. */
  public record Skipped(String entry, String reason) {}

  final List<Map<String, Object>> models = new ArrayList<>();
  final List<Skipped> skipped = new ArrayList<>();
  final List<Skipped> partial = new ArrayList<>();
  int matched;

  public List<Map<String, Object>> models() {
    return models;
  }

  public List<Skipped> skipped() {
    return skipped;
  }

  public List<Skipped> partial() {
    return partial;
  }

  public int matched() {
    return matched;
  }

  /** Rates per million tokens as a models.json price record (null rates left out). */
  static Map<String, Object> rates(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("input", input);
    if (cachedInput != null) {
      r.put("cached_input", cachedInput);
    }
    if (cacheWrite != null) {
      r.put("cache_write", cacheWrite);
    }
    r.put("output", output);
    return r;
  }
}
