package org.evalcost.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;

/** How an estimate is billed, in words: the mode (list, batch, cache), what each part is billed at, and how many lines rest on each basis. */
final class BillingWords {
  private BillingWords() {}

  /** "list prices", "batch", and the share of input read from the prompt cache. */
  static String mode(Estimate e) {
    String mode = e.pricing().batch() ? "batch" : "list prices";
    if (e.pricing().cached()) {
      mode += "; " + e.pricing().cacheHitRate().multiply(java.math.BigDecimal.valueOf(100)).stripTrailingZeros()
          .toPlainString() + "% of input tokens from the prompt cache";
    }
    return mode;
  }

  /** The billing mode with any per-benchmark rate notes (a long-context tier, batch rates). */
  static String of(Estimate e) {
    List<String> parts = new ArrayList<>();
    parts.add(mode(e));
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (Line line : e.lines()) {
      if (line.priceNote() != null && line.priced()) {
        List<String> benchmarks = notes.get(line.priceNote());
        if (benchmarks == null) {
          benchmarks = new ArrayList<>();
          notes.put(line.priceNote(), benchmarks);
        }
        benchmarks.add(line.benchmark().id());
      }
    }
    for (Map.Entry<String, List<String>> note : notes.entrySet()) {
      List<String> benchmarks = note.getValue();
      parts.add(benchmarks.size() == e.lines().size() ? note.getKey() : String.join(", ", benchmarks) + ": " + note.getKey());
    }
    return String.join("; ", parts);
  }

  /** "1 measured, 6 calibrated" */
  static String basisCounts(Estimate e) {
    List<String> parts = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      int n = 0;
      for (Line line : e.lines()) {
        n += line.basis() == basis ? 1 : 0;
      }
      if (n > 0) {
        parts.add(n + " " + basis.label());
      }
    }
    return String.join(", ", parts);
  }
}
