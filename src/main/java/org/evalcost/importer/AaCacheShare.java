package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalcost.catalog.DataSource;

/**
 * The share of an agentic eval's input that Artificial Analysis's v4.1 index costs bill at cache
 * rates, fitted to those costs, with the spread of what each model's cost implies.
 */
final class AaCacheShare {
  private AaCacheShare() {}

  /** AA's keys of the v4.1 index's evals, and of those among them that are agentic. */
  static final List<String> V41_KEYS = List.of("gdpval", "tauBanking", "terminalbenchV21", "scicode", "lcr",
      "omniscience", "hle", "gpqa", "critpt");
  static final List<String> AGENTIC_KEYS = List.of("gdpval", "tauBanking", "terminalbenchV21");

  /** The fitted share, its derivation, and each model's own implied share. */
  record Fit(BigDecimal share, BigDecimal costSigma, String derivation, Map<String, Double> byModel) {}

  /** One fitted model's figures: all its input and the agentic part (tokens), AA's list price and input cost, its cache ratio. */
  private record CacheRun(double all, double agentic, double price, double aaInput, double cacheRatio) {
    /** ln of AA's input cost over the cost at share s. */
    double logRatio(double s) {
      return Math.log(aaInput / ((all - s * agentic * (1 - cacheRatio)) * price / 1e6));
    }
  }

  /**
   * The share of an agentic eval's input that AA's v4.1 costs bill at cache rates. A model's AA
   * input cost is Σ tokens × its list input price, less s × its agentic input × (list − cache
   * rate); so each model that has a cache rate in the catalog implies s = (list input cost − AA's
   * input cost) / (agentic input × (list − cache rate)), the catalog's ratio of cache to list rate
   * applied to AA's list price. The share is the median over those models (clamped to 0–1 each);
   * the other evals are taken as uncached. A model without a cache rate pays list: AA's costs of
   * those models are list price, which checks the method.
   */
  static Fit fit(Path dataDir, JsonNode v41, LocalDate date) {
    org.evalcost.engine.Catalog catalog = new org.evalcost.catalog.CatalogLoader(DataSource.directory(dataDir)).load();
    org.evalcost.engine.ModelResolver resolver = new org.evalcost.engine.ModelResolver(catalog);
    Map<String, Double> byModel = new java.util.TreeMap<>();
    List<CacheRun> runs = new ArrayList<>();
    int listPriced = 0;
    int listBilled = 0; // of those, the ones AA billed at list too (its input cost within 1% of list)
    int unmapped = 0;
    for (JsonNode m : v41) {
      JsonNode pricing = m.path("pricing");
      double aaInput = pricing.path("intelligence_index_cost_input").asDouble(0);
      double price = pricing.path("price_1m_input_tokens").asDouble(0);
      if (aaInput <= 0 || price <= 0) {
        continue;
      }
      org.evalcost.engine.ModelRef ref = AaNames.resolve(resolver, m, new java.util.HashMap<>());
      var period = ref == null ? null : ref.model().priceOn(date).orElse(null);
      if (period == null) {
        unmapped++;
        continue;
      }
      var rates = period.rates();
      JsonNode counts = m.path("breakdowns").path("eval_token_counts");
      double all = 0;
      double agentic = 0;
      for (String key : V41_KEYS) {
        double in = counts.path(key).path("inputTokens").asDouble(0);
        all += in;
        agentic += AGENTIC_KEYS.contains(key) ? in : 0;
      }
      if (rates.cachedInput() == null || rates.input().signum() == 0) {
        listPriced++;
        listBilled += Math.abs(aaInput / (all * price / 1e6) - 1) <= 0.01 ? 1 : 0;
        continue;
      }
      double cacheRatio = rates.cachedInput().doubleValue() / rates.input().doubleValue();
      if (agentic <= 0 || cacheRatio >= 1) {
        continue;
      }
      double s = (all * price / 1e6 - aaInput) / (agentic * price * (1 - cacheRatio) / 1e6);
      byModel.put(m.path("name").asText(), Math.max(0, Math.min(1, s)));
      runs.add(new CacheRun(all, agentic, price, aaInput, cacheRatio));
    }
    List<Double> shares = new ArrayList<>(byModel.values());
    shares.sort(Double::compare);
    if (shares.isEmpty()) {
      throw new IllegalStateException("no model of the v4.1 payload has a cache rate in the catalog");
    }
    int n = shares.size();
    double median = n % 2 == 1 ? shares.get(n / 2) : (shares.get(n / 2 - 1) + shares.get(n / 2)) / 2;
    BigDecimal share = BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP);
    double[] logRatios = new double[runs.size()];
    for (int i = 0; i < logRatios.length; i++) {
      logRatios[i] = runs.get(i).logRatio(share.doubleValue());
    }
    BigDecimal costSigma = BigDecimal.valueOf(org.evalcost.stats.Summary.sampleSd(logRatios))
        .setScale(3, RoundingMode.HALF_UP);
    String derivation = "fitted to Artificial Analysis's v4.1 index costs (upstream.properties aa41.*), which bill cached "
        + "input at cache rates: the median over the " + n + " models with a cache rate in the catalog of the share of "
        + "their agentic input (GDPval-AA v2, \u03c4\u00b3-Bench Banking, Terminal-Bench 2.1) that AA's input cost "
        + "implies at that rate (from " + BigDecimal.valueOf(shares.get(0)).setScale(2, RoundingMode.HALF_UP) + " to "
        + BigDecimal.valueOf(shares.get(n - 1)).setScale(2, RoundingMode.HALF_UP) + "; the other evals taken as uncached); of the " + listPriced
        + " models without a cache rate in the catalog, AA billed " + listBilled + " at list price; "
        + "cached_input_cost_sigma " + costSigma.toPlainString() + ": the sd of ln(AA's input cost / the input cost at "
        + "that share) over the same models (some hit the cache less, some not at all), drawn for every line billed so";
    return new Fit(share, costSigma, derivation, byModel);
  }
}
