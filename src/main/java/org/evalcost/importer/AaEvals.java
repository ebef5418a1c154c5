package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.Source;
import org.evalcost.engine.UsageProfile;

/** The evals whose measured tokens become profiles, and a mapped model's profiles from a payload. */
final class AaEvals {
  /** AA's eval key, the benchmark it measures, its items, and whether it is read from the v4.1 payload. */
  record Eval(String key, String benchmark, long items, boolean v41) {}

  static final List<Eval> EVALS = evals();

  /** The curated benchmarks AA also measures (GPQA Diamond, SciCode's 338), then every eval of {@link AaFigures}. */
  private static List<Eval> evals() {
    List<Eval> out = new ArrayList<>(List.of(new Eval("gpqa", "gpqa-diamond", 198, false),
        new Eval("scicode", "scicode", 338, false)));
    for (AaFigures.Eval e : AaFigures.EVALS) {
      out.add(new Eval(e.key(), e.id(), e.items(), e.v41()));
    }
    // AA's v4.1 SciCode counts are its v4.0 ones (REUSED_SCICODE checks it), so every model it measured
    // on SciCode before v4.1 is measured on v4.1's 288 problems too; its own v4.1 counts come after, and the
    // first profile of a key is kept.
    out.add(new Eval("scicode", "scicode-v4.1", 288, false));
    return List.copyOf(out);
  }

  private AaEvals() {}

  /**
   * A mapped model's profiles from one payload: one per eval it was measured on, per item over one
   * pass, the reasoning part kept apart; {@code keys} holds the model, setting and benchmark of those
   * made so far, and a second AA name for the same ones is passed over (the first is kept).
   */
  static List<UsageProfile> profiles(JsonNode m, ModelRef ref, boolean v41, String prefix, LocalDate date,
      Set<String> keys) {
    String name = m.path("name").asText();
    List<UsageProfile> made = new ArrayList<>();
    for (Eval e : EVALS) {
      if (e.v41() != v41) {
        continue;
      }
      JsonNode c = m.path("breakdowns").path("eval_token_counts").path(e.key());
      BigDecimal in = c.path("inputTokens").decimalValue();
      BigDecimal out = c.path("outputTokens").decimalValue();
      if (in.signum() <= 0 || out.signum() <= 0) {
        continue;
      }
      String key = ref.model().id() + "|" + ref.setting().name() + "|" + e.benchmark();
      if (!keys.add(key)) {
        continue; // a second AA name for the same model and setting: the first is kept
      }
      BigDecimal n = BigDecimal.valueOf(e.items());
      BigDecimal reasoning = c.path("reasoningTokens").decimalValue();
      // Means to 4 places (a ten-thousandth of a token per item): exact enough, and a file a run reads fast.
      made.add(new UsageProfile(ref.model().id(), ref.setting().name(), e.benchmark(), mean(in, n),
          mean(out, n), e.items(), null, e.items(),
          new Source("Artificial Analysis " + date + " (upstream.properties " + prefix + ".*), '" + name + "', "
              + e.key() + ", one pass" + (!v41 && e.benchmark().equals("scicode-v4.1")
                  ? " (v4.0's SciCode counts, which AA's v4.1 payload repeats: aa-profiles-report.md)" : ""), date),
          null,
          reasoning.signum() > 0 ? mean(reasoning, n) : null, null));
    }
    return made;
  }

  private static BigDecimal mean(BigDecimal total, BigDecimal n) {
    return total.divide(n, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
