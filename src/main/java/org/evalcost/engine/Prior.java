package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Mean output tokens per item expected of a class of models, per benchmark. */
public record Prior(String priorClass, Map<String, BigDecimal> outputTokens, Source source) {
  public Prior {
    Checks.text("class", priorClass);
    outputTokens = Map.copyOf(Checks.present("output_tokens", outputTokens));
    outputTokens.forEach((benchmark, tokens) -> Checks.positive("output_tokens." + benchmark, tokens));
    Checks.present("source", source);
  }

  public Optional<BigDecimal> outputTokens(String benchmark) {
    return Optional.ofNullable(outputTokens.get(benchmark));
  }
}
