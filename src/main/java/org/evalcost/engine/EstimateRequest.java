package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What to estimate: a model at a setting, a suite, optionally only some of its benchmarks
 * (empty means all), optionally one repeat count for every benchmark, at the prices of a date,
 * billed at list price or otherwise; {@code outputTokens}, when given, is the output per item of
 * every benchmark run, in place of what the data says; {@code grader}, when given, grades every
 * benchmark that a model grades, in place of the benchmark's own grader.
 */
public record EstimateRequest(
    ModelRef model, Suite suite, List<String> benchmarks, Integer repeats, LocalDate asOf, Pricing pricing,
    BigDecimal interval, BigDecimal outputTokens, ModelRef grader) {
  /** The 10th to 90th percentile. */
  public static final BigDecimal DEFAULT_INTERVAL = new BigDecimal("0.8");

  public EstimateRequest {
    Checks.present("model", model);
    Checks.present("suite", suite);
    benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    if (repeats != null && repeats <= 0) {
      throw new InvalidRequestException(RequestField.REPEATS, "{field} must be at least 1 (was " + repeats + ")");
    }
    Checks.present("asOf", asOf);
    pricing = pricing == null ? Pricing.LIST : pricing;
    interval = interval == null ? DEFAULT_INTERVAL : checkInterval(interval);
    if (outputTokens != null && outputTokens.signum() < 0) {
      throw new InvalidRequestException("output tokens per item must not be negative (was "
          + outputTokens.toPlainString() + ")");
    }
  }

  public EstimateRequest(ModelRef model, Suite suite, List<String> benchmarks, Integer repeats, LocalDate asOf,
      Pricing pricing, BigDecimal interval, BigDecimal outputTokens) {
    this(model, suite, benchmarks, repeats, asOf, pricing, interval, outputTokens, null);
  }

  public EstimateRequest(ModelRef model, Suite suite, List<String> benchmarks, Integer repeats, LocalDate asOf,
      Pricing pricing, BigDecimal interval) {
    this(model, suite, benchmarks, repeats, asOf, pricing, interval, null);
  }

  /** The same request with another grader for the benchmarks a model grades (null: each benchmark's own). */
  public EstimateRequest withGrader(ModelRef other) {
    return new EstimateRequest(model, suite, benchmarks, repeats, asOf, pricing, interval, outputTokens, other);
  }

  public EstimateRequest(ModelRef model, Suite suite, List<String> benchmarks, Integer repeats, LocalDate asOf) {
    this(model, suite, benchmarks, repeats, asOf, Pricing.DEFAULT, null);
  }

  public EstimateRequest(ModelRef model, Suite suite, List<String> benchmarks, Integer repeats, LocalDate asOf,
      Pricing pricing) {
    this(model, suite, benchmarks, repeats, asOf, pricing, null);
  }

  static BigDecimal checkInterval(BigDecimal interval) {
    if (interval.compareTo(new BigDecimal("0.5")) < 0 || interval.compareTo(new BigDecimal("0.99")) > 0) {
      throw new InvalidRequestException(RequestField.INTERVAL, "{field} must be between 0.5 and 0.99 (was " + interval.toPlainString() + ")");
    }
    return interval;
  }
}
