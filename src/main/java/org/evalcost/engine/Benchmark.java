package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * A benchmark: how many items it has, the mean input tokens of one item's prompt, and how much
 * output length varies between items (coefficient of variation); the spread of input between
 * items, and the notes on how items and input were counted, are kept for the data file's readers.
 * {@code inputModelSigma}, where measured, is how far one model's input strays from that figure
 * (sd of its logarithm over models): an agentic eval's input is the context of every turn, and
 * models take very different numbers of turns. {@code cachedInputShare}, where known, is the share
 * of its input a provider bills at its cache rate (the context re-sent each turn), and {@code
 * cachedInputCostSigma} how far a model's input cost billed so strays from the cost that share
 * gives (sd of its logarithm over the models it was fitted to): providers and harnesses hit the
 * cache more or less, some not at all.
 */
public record Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv,
    Source source, BigDecimal inputSd, String itemsNote, String inputDerivation, BigDecimal inputModelSigma,
    BigDecimal cachedInputShare, String cacheDerivation, String scoring, Grader grader,
    BigDecimal cachedInputCostSigma) {
  /**
   * A model that grades a benchmark's answers (SimpleQA's, HealthBench's rubric items): its id in
   * the catalog, and the tokens it reads and writes per item of the benchmark, all its calls
   * together, with how those were found.
   */
  public record Grader(String model, BigDecimal inputTokens, BigDecimal outputTokens, String derivation) {
    public Grader {
      Checks.text("grader", model);
      Checks.nonNegative("grader_input_tokens", Checks.present("grader_input_tokens", inputTokens));
      Checks.nonNegative("grader_output_tokens", Checks.present("grader_output_tokens", outputTokens));
    }
  }

  /** How a benchmark of multiple-choice items scored by the likelihood of each choice says so. */
  public static final String LOGLIKELIHOOD = "loglikelihood";

  /** The spread of output length between items when a benchmark gives none: sd = mean. */
  public static final BigDecimal DEFAULT_OUTPUT_CV = BigDecimal.ONE;

  public Benchmark {
    Checks.text("id", id);
    Checks.text("name", name);
    Checks.positive("items", items);
    Checks.positive("input_tokens", inputTokens);
    outputCv = outputCv == null ? DEFAULT_OUTPUT_CV : Checks.nonNegative("output_cv", outputCv);
    Checks.present("source", source);
    Checks.nonNegativeIfGiven("input_tokens_sd", inputSd);
    Checks.nonNegativeIfGiven("input_tokens_model_sigma", inputModelSigma);
    if (cachedInputShare != null && (cachedInputShare.signum() < 0 || cachedInputShare.compareTo(BigDecimal.ONE) > 0)) {
      throw new InvalidValueException("cached_input_share", "must be between 0 and 1");
    }
    Checks.nonNegativeIfGiven("cached_input_cost_sigma", cachedInputCostSigma);
    if (scoring != null && !scoring.equals("generate") && !scoring.equals(LOGLIKELIHOOD)) {
      throw new InvalidValueException("scoring", "must be 'generate' or 'loglikelihood' (was '" + scoring + "')");
    }
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv, Source source,
      BigDecimal inputSd, String itemsNote, String inputDerivation, BigDecimal inputModelSigma,
      BigDecimal cachedInputShare, String cacheDerivation, String scoring, Grader grader) {
    this(id, name, items, inputTokens, outputCv, source, inputSd, itemsNote, inputDerivation, inputModelSigma,
        cachedInputShare, cacheDerivation, scoring, grader, null);
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv, Source source,
      BigDecimal inputSd, String itemsNote, String inputDerivation, BigDecimal inputModelSigma,
      BigDecimal cachedInputShare, String cacheDerivation) {
    this(id, name, items, inputTokens, outputCv, source, inputSd, itemsNote, inputDerivation, inputModelSigma,
        cachedInputShare, cacheDerivation, null, null);
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv, Source source,
      BigDecimal inputSd, String itemsNote, String inputDerivation, BigDecimal inputModelSigma,
      BigDecimal cachedInputShare, String cacheDerivation, String scoring) {
    this(id, name, items, inputTokens, outputCv, source, inputSd, itemsNote, inputDerivation, inputModelSigma,
        cachedInputShare, cacheDerivation, scoring, null);
  }

  /**
   * Whether the model generates nothing: each choice of an item is scored by its likelihood
   * (lm-evaluation-harness's multiple_choice tasks), so the item costs its prompts' input alone.
   */
  public boolean scoredByLikelihood() {
    return LOGLIKELIHOOD.equals(scoring);
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv, Source source,
      BigDecimal inputSd, String itemsNote, String inputDerivation) {
    this(id, name, items, inputTokens, outputCv, source, inputSd, itemsNote, inputDerivation, null, null, null);
  }

  /** The same benchmark with a share of its input read from the provider's cache, its spread, and how they were found. */
  public Benchmark withCachedInputShare(BigDecimal share, BigDecimal costSigma, String derivation) {
    return new Benchmark(id, name, items, inputTokens, outputCv, source, inputSd, itemsNote, inputDerivation,
        inputModelSigma, share, derivation, scoring, grader, costSigma);
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, BigDecimal outputCv, Source source) {
    this(id, name, items, inputTokens, outputCv, source, null, null, null);
  }

  public Benchmark(String id, String name, long items, BigDecimal inputTokens, Source source) {
    this(id, name, items, inputTokens, null, source);
  }
}
