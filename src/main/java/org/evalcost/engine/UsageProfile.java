package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * Mean tokens per item measured for one model and setting on one benchmark; of the output, how
 * much was reasoning, and of the input, how much was read from cache, where the source says.
 */
public record UsageProfile(
    String model,
    String setting,
    String benchmark,
    BigDecimal inputTokens,
    BigDecimal outputTokens,
    Long samples,
    BigDecimal outputSd,
    Long datasetItems,
    Source source,
    BigDecimal inputSd,
    BigDecimal reasoningTokens,
    BigDecimal cachedTokens) {
  /** The sample size assumed for a profile that does not state one. */
  public static final long DEFAULT_SAMPLES = 30;

  public UsageProfile {
    Checks.text("model", model);
    Checks.text("setting", setting);
    Checks.text("benchmark", benchmark);
    Checks.positive("input_tokens", inputTokens);
    Checks.positive("output_tokens", outputTokens);
    Checks.positiveIfGiven("samples", samples);
    Checks.nonNegativeIfGiven("output_tokens_sd", outputSd);
    Checks.positiveIfGiven("dataset_items", datasetItems);
    Checks.present("source", source);
    Checks.nonNegativeIfGiven("input_tokens_sd", inputSd);
    Checks.nonNegativeIfGiven("reasoning_tokens", reasoningTokens);
    Checks.nonNegativeIfGiven("cached_tokens", cachedTokens);
  }

  public UsageProfile(String model, String setting, String benchmark, BigDecimal inputTokens,
      BigDecimal outputTokens, Long samples, BigDecimal outputSd, Long datasetItems, Source source) {
    this(model, setting, benchmark, inputTokens, outputTokens, samples, outputSd, datasetItems, source, null, null,
        null);
  }

  public UsageProfile(String model, String setting, String benchmark, BigDecimal inputTokens,
      BigDecimal outputTokens, Long samples, Source source) {
    this(model, setting, benchmark, inputTokens, outputTokens, samples, null, null, source);
  }

  public long samplesOrDefault() {
    return samples == null ? DEFAULT_SAMPLES : samples;
  }

  /**
   * The standard error of the mean output, relative to it: the spread between items (measured, or
   * {@code defaultCv}) over the square root of the sample, shrunk by the finite-population
   * correction when the sample is part of a dataset of known size (0 once it is all of it).
   */
  public BigDecimal relativeError(BigDecimal defaultCv) {
    java.math.MathContext mc = java.math.MathContext.DECIMAL64;
    long n = samplesOrDefault();
    // One request has no spread to measure (its sd is 0): the benchmark's own spread stands in for it.
    BigDecimal cv = outputSd == null || n < 2 || outputTokens.signum() == 0 ? defaultCv
        : outputSd.divide(outputTokens, mc);
    BigDecimal error = cv.divide(BigDecimal.valueOf(n).sqrt(mc), mc);
    if (datasetItems != null) {
      if (n >= datasetItems) {
        return BigDecimal.ZERO;
      }
      BigDecimal fpc = BigDecimal.valueOf(datasetItems - n).divide(BigDecimal.valueOf(datasetItems - 1), mc).sqrt(mc);
      error = error.multiply(fpc, mc);
    }
    return error;
  }
}
