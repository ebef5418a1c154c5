package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the rates for a request the way providers bill: a long-context tier applies to the
 * whole request once its input crosses the tier's threshold; batch takes the provider's explicit
 * batch rates, or else its documented discount; with neither, there is no batch price.
 */
public final class Pricer {
  private Pricer() {}

  public static Quote quote(PricePeriod period, BigDecimal inputPerRequest, Pricing pricing,
      Optional<Provider> provider) {
    List<String> notes = new ArrayList<>();
    Rates rates = period.rates();
    Tier tier = null;
    for (Tier t : period.tiers()) {
      if (inputPerRequest.compareTo(BigDecimal.valueOf(t.aboveInputTokens())) > 0
          && (tier == null || t.aboveInputTokens() > tier.aboveInputTokens())) {
        tier = t;
      }
    }
    if (tier != null) {
      rates = tier.rates();
      notes.add("long-context rates: requests above " + String.format(java.util.Locale.ROOT, "%,d", tier.aboveInputTokens())
          + " input tokens");
    }
    if (pricing.batch()) {
      BigDecimal discount = provider.map(Provider::batchDiscount).orElse(null);
      if (tier == null && period.batch() != null) {
        rates = period.batch();
        notes.add("batch rates");
      } else if (discount != null) {
        rates = scale(rates, discount);
        notes.add("batch: " + discount.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
            + "% of list");
      } else {
        return Quote.unpriced(provider
            .map(p -> "no batch price: " + p.name() + " has no batch API in the data")
            .orElse("no batch price: the model has no batch rates and its provider is not in providers.json"));
      }
    }
    if (pricing.cached() && rates.cachedInput() == null) {
      notes.add("no cached-input rate: all input at the full rate");
    }
    return new Quote(rates, notes.isEmpty() ? null : String.join("; ", notes));
  }

  private static Rates scale(Rates r, BigDecimal share) {
    return new Rates(r.input().multiply(share), r.cachedInput() == null ? null : r.cachedInput().multiply(share),
        r.cacheWrite() == null ? null : r.cacheWrite().multiply(share), r.output().multiply(share));
  }
}
