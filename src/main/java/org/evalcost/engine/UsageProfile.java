package org.evalcost.engine;

import java.math.BigDecimal;

/** Mean tokens per item measured for one model and setting on one benchmark. */
public record UsageProfile(
    String model,
    String setting,
    String benchmark,
    BigDecimal inputTokens,
    BigDecimal outputTokens,
    Source source) {
  public UsageProfile {
    Checks.text("model", model);
    Checks.text("setting", setting);
    Checks.text("benchmark", benchmark);
    Checks.positive("input_tokens", inputTokens);
    Checks.positive("output_tokens", outputTokens);
    Checks.present("source", source);
  }
}
