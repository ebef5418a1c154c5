package org.evalcost.engine;

import java.util.Locale;

/** Where a line's token figures come from, from most to least trustworthy. */
public enum Basis {
  /** Counted in a real run of this model and setting on this benchmark. */
  MEASURED,
  /** Given by the user with the request: token counts of a run, or an output figure per item. */
  GIVEN,
  /** Scored by the likelihood of each choice: the model generates no tokens, only reads the prompts. */
  SCORED,
  /** A prior scaled so that a published suite cost is matched exactly. */
  CALIBRATED,
  /** The prior for the model's class, with nothing model-specific behind it. */
  PREDICTED,
  /** The calls of the model that grades a benchmark's answers, at that model's prices: the benchmark's figures. */
  GRADER;

  /** The lower-case word used in every output format. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
