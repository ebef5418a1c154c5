package org.evalcost.engine;

/** Rates that apply to a whole request once its input exceeds {@code aboveInputTokens}. */
public record Tier(long aboveInputTokens, Rates rates) {
  public Tier {
    Checks.positive("above_input_tokens", aboveInputTokens);
    Checks.present("rates", rates);
  }
}
