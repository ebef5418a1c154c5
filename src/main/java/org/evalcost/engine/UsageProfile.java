package org.evalcost.engine;

import java.math.BigDecimal;

/** Mean tokens per item measured for one model and setting on one benchmark. */
public record UsageProfile(
    String model,
    String setting,
    String benchmark,
    BigDecimal inputTokens,
    BigDecimal outputTokens,
    Long samples,
    Source source) {
  /** The sample size assumed for a profile that does not state one. */
  public static final long DEFAULT_SAMPLES = 30;

  public UsageProfile {
    Checks.text("model", model);
    Checks.text("setting", setting);
    Checks.text("benchmark", benchmark);
    Checks.positive("input_tokens", inputTokens);
    Checks.positive("output_tokens", outputTokens);
    if (samples != null) {
      Checks.positive("samples", samples);
    }
    Checks.present("source", source);
  }

  public long samplesOrDefault() {
    return samples == null ? DEFAULT_SAMPLES : samples;
  }
}
