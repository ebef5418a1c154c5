package org.evalcost.engine;

import java.math.BigDecimal;

/** A benchmark: how many items it has and the mean input tokens of one item's prompt. */
public record Benchmark(String id, String name, long items, BigDecimal inputTokens, Source source) {
  public Benchmark {
    Checks.text("id", id);
    Checks.text("name", name);
    Checks.positive("items", items);
    Checks.positive("input_tokens", inputTokens);
    Checks.present("source", source);
  }
}
