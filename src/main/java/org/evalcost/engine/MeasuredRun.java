package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One measured run: a model and setting ({@code unit}) of a class, and its output tokens per item
 * on a benchmark; {@code inputPerItem} its input tokens per item where the benchmark's input
 * depends on the model (it gives {@code input_tokens_model_sigma}), else null.
 */
public record MeasuredRun(String unit, String priorClass, String benchmark, BigDecimal outputPerItem,
    BigDecimal inputPerItem, LocalDate released) {
  public MeasuredRun(String unit, String priorClass, String benchmark, BigDecimal outputPerItem) {
    this(unit, priorClass, benchmark, outputPerItem, null, null);
  }

  public MeasuredRun(String unit, String priorClass, String benchmark, BigDecimal outputPerItem,
      BigDecimal inputPerItem) {
    this(unit, priorClass, benchmark, outputPerItem, inputPerItem, null);
  }

  /** The measured profiles as runs, each of the class of its setting (profiles of unknown models are left out). */
  public static List<MeasuredRun> of(Catalog catalog, List<UsageProfile> profiles) {
    List<MeasuredRun> runs = new ArrayList<>();
    Map<String, Model> models = new java.util.HashMap<>();
    for (UsageProfile p : profiles) {
      Model m = models.computeIfAbsent(p.model(), id -> catalog.model(id).orElse(null));
      if (m == null || m.setting(p.setting()).isEmpty()) {
        continue;
      }
      boolean byModel = catalog.benchmark(p.benchmark()).map(b -> b.inputModelSigma() != null).orElse(false);
      runs.add(new MeasuredRun(p.model() + "|" + p.setting(), m.setting(p.setting()).orElseThrow().priorClass(),
          p.benchmark(), p.outputTokens(), byModel ? p.inputTokens() : null, m.released()));
    }
    return runs;
  }
}
