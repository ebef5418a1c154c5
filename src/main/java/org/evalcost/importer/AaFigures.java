package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.evalcost.catalog.BenchmarkCodec;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Source;

/**
 * The Artificial Analysis evals as benchmarks of data/benchmarks.json, made from AA's measured
 * tokens per model and eval (data/upstream.properties names the files): each eval's items and its
 * input tokens per item (the median over every model AA ran it on). Other records are kept as they
 * are; the same inputs give the same bytes. The classes' output figures are fitted to the mapped
 * models' profiles ({@link AaProfiles}, {@link org.evalcost.engine.PriorFit}). Run by
 * data/regenerate.sh.
 *
 * <p>AA's counts are of one pass over each eval, not of every repeat its methodology states:
 * GPQA Diamond's median input is 49,132 tokens, 248 per question over 198 questions, the size of
 * a GPQA prompt (over 5 repeats it would be 50); IFBench 84 per prompt, HLE 309. And AA's
 * published index costs are list price times these counts (median ratio 0.985). So a figure here
 * is per item and pass, and AA's suites in data/suites.json run each eval once to reproduce AA's
 * costs.
 */
public final class AaFigures {
  /** An AA eval as a benchmark of the catalog: its id, name, items, AA's key, the file it is read from, how sure. */
  record Eval(String id, String name, long items, String key, boolean v41, String itemsNote) {}

  static final List<Eval> EVALS = List.of(
      new Eval("gdpval-aa", "GDPval-AA", 220, "gdpval", false,
          "220 tasks of the GDPval gold set (third-party count); agentic: context re-sent every turn"),
      new Eval("tau2-telecom", "\u03c4\u00b2-Bench Telecom", 114, "tau2", false,
          "114 tasks (third-party count); agentic: context re-sent every turn"),
      new Eval("terminal-bench-hard", "Terminal-Bench Hard", 44, "terminalbenchHard", false,
          "44 tasks from v4.0.1 (reconstructed); agentic: context re-sent every turn"),
      new Eval("aa-lcr", "AA-LCR (long-context reasoning)", 100, "lcr", false, "100 questions (third-party count)"),
      new Eval("aa-omniscience", "AA-Omniscience", 6000, "omniscience", false, "6,000 questions (reconstructed)"),
      new Eval("ifbench", "IFBench", 294, "ifbench", false, "294 prompts (third-party count)"),
      new Eval("hle-text", "Humanity's Last Exam (text only)", 2158, "hle", false,
          "2,158 text-only questions of HLE's 2,500 (third-party count)"),
      new Eval("critpt", "CritPt", 70, "critpt", false, "70 problems (reconstructed)"),
      new Eval("gdpval-aa-v2", "GDPval-AA v2", 220, "gdpval", true,
          "220 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("tau3-banking", "\u03c4\u00b3-Bench Banking", 97, "tauBanking", true,
          "97 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("terminal-bench-2.1", "Terminal-Bench 2.1", 89, "terminalbenchV21", true,
          "89 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("scicode-v4.1", "SciCode (AA v4.1, 288 problems)", 288, "scicode", true,
          "288 problems (third-party extract of AA's v4.1 methodology)"));

  private AaFigures() {}

  /** Usage: AaFigures DATA_DIR. Rewrites the AA evals' records of DATA_DIR/benchmarks.json. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AaFigures DATA_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Output out = build(dir);
    DataFiles.writeAtomically(dir.resolve("benchmarks.json"), out.benchmarks());
    System.err.println("wrote the figures of " + EVALS.size() + " Artificial Analysis evals");
  }

  /** The file's new text. */
  public record Output(String benchmarks) {}

  public static Output build(Path dataDir) throws IOException {
    Properties p = DataFiles.inputs(dataDir);
    Path project = dataDir.toAbsolutePath().getParent();
    JsonNode v40 = ForeignJson.read(project.resolve(p.getProperty("aa.file"))).path("models");
    JsonNode v41 = ForeignJson.read(project.resolve(p.getProperty("aa41.file"))).path("models");
    String origin40 = p.getProperty("aa.origin");
    String origin41 = p.getProperty("aa41.origin");
    LocalDate date40 = LocalDate.parse(p.getProperty("aa.date"));
    LocalDate date41 = LocalDate.parse(p.getProperty("aa41.date"));

    DataSource source = DataSource.directory(dataDir);
    List<Benchmark> benchmarks = new ArrayList<>(DataFile.read(source, "benchmarks.json", new BenchmarkCodec()).values());
    for (Eval e : EVALS) {
      JsonNode models = e.v41() ? v41 : v40;
      String origin = e.v41() ? origin41 : origin40;
      LocalDate date = e.v41() ? date41 : date40;
      List<BigDecimal> inputs = new ArrayList<>();
      for (JsonNode m : models) {
        JsonNode counts = m.path("breakdowns").path("eval_token_counts").path(e.key());
        BigDecimal in = counts.path("inputTokens").decimalValue();
        if (in.signum() > 0) {
          inputs.add(in);
        }
      }
      BigDecimal items = BigDecimal.valueOf(e.items());
      BigDecimal input = median(inputs).divide(items, 0, RoundingMode.HALF_UP);
      BigDecimal sigma = logSd(inputs);
      Benchmark b = new Benchmark(e.id(), e.name(), e.items(), input, null,
          new Source(origin + ", breakdowns.eval_token_counts." + e.key(), date), null, e.itemsNote(),
          "median over the " + inputs.size() + " models Artificial Analysis ran it on of their measured input "
              + "tokens (one pass), over " + e.items() + " items; for an agentic eval this is the context sent over "
              + "every turn, at list price (cache reads not yet taken off); input_tokens_model_sigma "
              + sigma.toPlainString() + ": the sd of ln(input) over those models", sigma, null, null);
      put(benchmarks, b);
    }
    CacheFit cache = cacheShare(dataDir, v41, date41);
    for (int i = 0; i < benchmarks.size(); i++) {
      Benchmark b = benchmarks.get(i);
      boolean agentic = EVALS.stream().anyMatch(e -> e.id().equals(b.id()) && e.itemsNote().contains("agentic"));
      if (agentic) {
        benchmarks.set(i, b.withCachedInputShare(cache.share(), cache.costSigma(), cache.derivation()));
      } else if (BORROWING.contains(b.id())) {
        benchmarks.set(i, b.withCachedInputShare(cache.share(), cache.costSigma(), "assumption: the share and spread "
            + "fitted to Artificial Analysis's agentic evals (" + cache.share().toPlainString() + ", "
            + cache.costSigma().toPlainString() + "), since an agent's context is re-sent each turn here too; no run of "
            + "this benchmark measured it"));
      }
    }
    return new Output(DataFile.write(new BenchmarkCodec(), benchmarks));
  }

  /** Agentic benchmarks outside AA's evals that take the share fitted to AA's. */
  static final java.util.Set<String> BORROWING = java.util.Set.of("swe-bench-verified", "swe-bench-lite");

  /** AA's keys of the v4.1 index's evals, and of those among them that are agentic. */
  static final List<String> V41_KEYS = List.of("gdpval", "tauBanking", "terminalbenchV21", "scicode", "lcr",
      "omniscience", "hle", "gpqa", "critpt");
  static final List<String> AGENTIC_KEYS = List.of("gdpval", "tauBanking", "terminalbenchV21");

  /** The fitted share, its derivation, and each model's own implied share. */
  record CacheFit(BigDecimal share, BigDecimal costSigma, String derivation, Map<String, Double> byModel) {}

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
  static CacheFit cacheShare(Path dataDir, JsonNode v41, LocalDate date) {
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
    BigDecimal costSigma = BigDecimal.valueOf(org.evalcost.stats.ClassFit.sampleSd(logRatios))
        .setScale(3, RoundingMode.HALF_UP);
    String derivation = "fitted to Artificial Analysis's v4.1 index costs (upstream.properties aa41.*), which bill cached "
        + "input at cache rates: the median over the " + n + " models with a cache rate in the catalog of the share of "
        + "their agentic input (GDPval-AA v2, \u03c4\u00b3-Bench Banking, Terminal-Bench 2.1) that AA's input cost "
        + "implies at that rate (from " + BigDecimal.valueOf(shares.get(0)).setScale(2, RoundingMode.HALF_UP) + " to "
        + BigDecimal.valueOf(shares.get(n - 1)).setScale(2, RoundingMode.HALF_UP) + "; the other evals taken as uncached); of the " + listPriced
        + " models without a cache rate in the catalog, AA billed " + listBilled + " at list price; "
        + "cached_input_cost_sigma " + costSigma.toPlainString() + ": the sd of ln(AA's input cost / the input cost at "
        + "that share) over the same models (some hit the cache less, some not at all), drawn for every line billed so";
    return new CacheFit(share, costSigma, derivation, byModel);
  }

  private static void put(List<Benchmark> benchmarks, Benchmark b) {
    for (int i = 0; i < benchmarks.size(); i++) {
      if (benchmarks.get(i).id().equals(b.id())) {
        benchmarks.set(i, b);
        return;
      }
    }
    benchmarks.add(b);
  }

  /** The sample sd of the logarithms, to 3 places. */
  static BigDecimal logSd(List<BigDecimal> values) {
    double mean = 0;
    for (BigDecimal v : values) {
      mean += Math.log(v.doubleValue());
    }
    mean /= values.size();
    double var = 0;
    for (BigDecimal v : values) {
      double d = Math.log(v.doubleValue()) - mean;
      var += d * d;
    }
    return BigDecimal.valueOf(Math.sqrt(var / (values.size() - 1))).setScale(3, RoundingMode.HALF_UP);
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(BigDecimal::compareTo);
    int n = sorted.size();
    if (n == 0) {
      throw new IllegalStateException("no measurements");
    }
    return n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }
}
