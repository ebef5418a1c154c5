package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What someone reported paying to run a suite on a model. With {@code calibrate}, the model's
 * unmeasured token figures on that suite are scaled so the estimate reproduces this cost;
 * {@code rates}, when the publisher gave them, are the list prices it priced the tokens at (the
 * back-test then prices at them too, so that its error is of tokens, not of a price change);
 * {@code cache}, that it billed an agentic benchmark's cached input at the cache rate (the
 * back-test then bills each benchmark's share, {@link Pricing#DEFAULT}; else list, {@link Pricing#LIST}).
 */
public record PublishedCost(
    String id,
    String model,
    String setting,
    String suite,
    BigDecimal costUsd,
    LocalDate pricesAsOf,
    boolean calibrate,
    Source source,
    String notes,
    Rates rates,
    boolean cache) {
  public PublishedCost {
    Checks.text("id", id);
    Checks.text("model", model);
    Checks.text("setting", setting);
    Checks.text("suite", suite);
    Checks.positive("cost_usd", costUsd);
    Checks.present("prices_as_of", pricesAsOf);
    Checks.present("source", source);
  }

  /** How the publisher billed: with cache reads on agentic benchmarks, or all at list. */
  public Pricing pricing() {
    return cache ? Pricing.DEFAULT : Pricing.LIST;
  }

  public PublishedCost(String id, String model, String setting, String suite, BigDecimal costUsd,
      LocalDate pricesAsOf, boolean calibrate, Source source) {
    this(id, model, setting, suite, costUsd, pricesAsOf, calibrate, source, null, null, false);
  }
}
