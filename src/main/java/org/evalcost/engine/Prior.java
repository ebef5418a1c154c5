package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.evalcost.stats.Trend;

/**
 * Mean output tokens per item expected of a class of models, per benchmark, and how uncertain
 * that is: {@code levelSigma} is the spread (sd of the log) of a model's verbosity within its class.
 * {@code inputTokens}, where fitted, is the class's input per item on a benchmark whose input
 * depends on the model (an agentic eval's context grows with the turns a model takes), and
 * {@code inputDerivation} says how; elsewhere a line takes the benchmark's own figure.
 * {@code releaseTrend}, where fitted, moves a model's level with the day it came out, and
 * {@code inputTrends}, per benchmark whose input depends on the model, its input.
 */
public record Prior(String priorClass, Map<String, BigDecimal> outputTokens, BigDecimal defaultOutputTokens,
    BigDecimal levelSigma, Map<String, BigDecimal> shapeSigma, Source source, Map<String, String> derivation,
    String sigmaDerivation, Map<String, BigDecimal> familyLevel, Map<String, BigDecimal> inputTokens,
    String inputDerivation, Trend releaseTrend, Map<String, Trend> inputTrends) {
  public Prior {
    inputTrends = inputTrends == null ? Map.of() : ordered(inputTrends);
    familyLevel = familyLevel == null ? Map.of() : ordered(familyLevel);
    inputTokens = inputTokens == null ? Map.of() : ordered(inputTokens);
    for (Map.Entry<String, BigDecimal> e : inputTokens.entrySet()) {
      Checks.positive("input_tokens." + e.getKey(), e.getValue());
    }
    Checks.text("class", priorClass);
    outputTokens = ordered(Checks.present("output_tokens", outputTokens));
    for (Map.Entry<String, BigDecimal> e : outputTokens.entrySet()) {
      Checks.positive("output_tokens." + e.getKey(), e.getValue());
    }
    Checks.positiveIfGiven("default_output_tokens", defaultOutputTokens);
    Checks.nonNegative("level_sigma", levelSigma);
    shapeSigma = ordered(shapeSigma == null ? Map.of() : shapeSigma);
    derivation = derivation == null ? null : ordered(derivation);
    for (Map.Entry<String, BigDecimal> e : shapeSigma.entrySet()) {
      Checks.nonNegative("shape_sigma." + e.getKey(), e.getValue());
    }
    Checks.present("source", source);
  }

  public Prior(String priorClass, Map<String, BigDecimal> outputTokens, BigDecimal defaultOutputTokens,
      BigDecimal levelSigma, Map<String, BigDecimal> shapeSigma, Source source) {
    this(priorClass, outputTokens, defaultOutputTokens, levelSigma, shapeSigma, source, null, null);
  }

  public Prior(String priorClass, Map<String, BigDecimal> outputTokens, BigDecimal defaultOutputTokens,
      BigDecimal levelSigma, Map<String, BigDecimal> shapeSigma, Source source, Map<String, String> derivation,
      String sigmaDerivation) {
    this(priorClass, outputTokens, defaultOutputTokens, levelSigma, shapeSigma, source, derivation, sigmaDerivation,
        null);
  }

  public Prior(String priorClass, Map<String, BigDecimal> outputTokens, BigDecimal defaultOutputTokens,
      BigDecimal levelSigma, Map<String, BigDecimal> shapeSigma, Source source, Map<String, String> derivation,
      String sigmaDerivation, Map<String, BigDecimal> familyLevel) {
    this(priorClass, outputTokens, defaultOutputTokens, levelSigma, shapeSigma, source, derivation, sigmaDerivation,
        familyLevel, null, null);
  }

  public Prior(String priorClass, Map<String, BigDecimal> outputTokens, BigDecimal defaultOutputTokens,
      BigDecimal levelSigma, Map<String, BigDecimal> shapeSigma, Source source, Map<String, String> derivation,
      String sigmaDerivation, Map<String, BigDecimal> familyLevel, Map<String, BigDecimal> inputTokens,
      String inputDerivation) {
    this(priorClass, outputTokens, defaultOutputTokens, levelSigma, shapeSigma, source, derivation, sigmaDerivation,
        familyLevel, inputTokens, inputDerivation, null, null);
  }

  /**
   * How much more verbose than its class a model that came out on {@code released} is, in
   * ln(output), by the release trend (0 when there is no trend or no date).
   */
  public BigDecimal releaseLevel(LocalDate released) {
    return releaseTrend == null || released == null ? BigDecimal.ZERO : releaseTrend.level(released);
  }

  /** How much more input than its class's a model out on {@code released} sends on a benchmark, in ln(input). */
  public BigDecimal inputLevel(String benchmark, LocalDate released) {
    Trend t = inputTrends.get(benchmark);
    return t == null || released == null ? BigDecimal.ZERO : t.level(released);
  }

  /** The level sigma a model meets: wider by the spread of release days when its own is not known. */
  public BigDecimal levelSigma(LocalDate released) {
    return releaseTrend == null || released != null ? levelSigma : releaseTrend.undatedSigma(levelSigma);
  }

  /** The class's input tokens per item on a benchmark, where fitted; else the benchmark's own figure holds. */
  public Optional<BigDecimal> inputTokens(String benchmark) {
    return Optional.ofNullable(inputTokens.get(benchmark));
  }

  /** How much more verbose than its class a model of this family is, in ln(output) (0 for a family not fitted). */
  public BigDecimal familyLevel(String family) {
    return familyLevel.getOrDefault(family, BigDecimal.ZERO);
  }

  /** An unmodifiable copy in the given order, so a written file lists benchmarks as its source did. */
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    java.util.Map<String, V> copy = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, V> e : map.entrySet()) {
      copy.put(java.util.Objects.requireNonNull(e.getKey()), java.util.Objects.requireNonNull(e.getValue()));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * How far, in standard deviations of the logarithm, a model's tokens on a benchmark stray from
   * the prior's shape once its overall verbosity is known (0 when the data gives none).
   */
  public BigDecimal shapeSigma(String benchmark) {
    if (!outputTokens.containsKey(benchmark)) {
      return shapeSigma.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
    return shapeSigma.getOrDefault(benchmark, BigDecimal.ZERO);
  }

  /** The figure for a benchmark; for one it does not name, its default (the class's level), if any. */
  public Optional<BigDecimal> outputTokens(String benchmark) {
    return Optional.ofNullable(outputTokens.getOrDefault(benchmark, defaultOutputTokens));
  }
}
