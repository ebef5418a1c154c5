package org.evalcost.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalcost.stats.LevelPosterior;

/**
 * What a model's measured benchmarks say of its verbosity within its class, for the benchmarks
 * nobody measured it on. Before any measurement the model's level (ln of its output over the
 * class's figure, once its family and release day are taken out) is N(0, level_sigma²); each
 * measured benchmark b shows that level plus the benchmark's own departure from the prior's
 * shape, N(0, shape_sigma_b²), so y_b = ln(measured / the class's figure) - the family and release
 * level. The level's posterior: mean Σ(y_b / σ_b²) / (1/σ² + Σ 1/σ_b²), sd 1/√(1/σ² + Σ 1/σ_b²).
 * Two measured benchmarks of a reasoning-medium model take about half of its departure; six,
 * about four fifths. A profile that repeats another's counts over other items counts once.
 *
 * @param level the posterior mean, in ln(output), added to the family and release level
 * @param sigma the posterior sd, in place of level_sigma for the model's unmeasured lines
 * @param benchmarks the measured benchmarks it rests on, in the prior's order
 */
public record OwnLevel(BigDecimal level, BigDecimal sigma, List<String> benchmarks) {
  public OwnLevel {
    benchmarks = List.copyOf(benchmarks);
  }

  /**
   * The level of {@code model} at {@code setting} from its measured profiles of the benchmarks
   * {@code prior} has a figure and a shape spread for, {@code leftOut}'s aside (null for none: a
   * benchmark's own measurement is left out to judge the rule by cross-validation); empty when
   * none is left.
   *
   * @param baseLevel the family and release level the prior gives the model
   * @param levelSigma the prior's spread of levels for the model (wider when its release day is unknown)
   */
  public static Optional<OwnLevel> of(Catalog catalog, String model, String setting, Prior prior,
      BigDecimal baseLevel, BigDecimal levelSigma, String leftOut) {
    if (levelSigma.signum() <= 0) {
      return Optional.empty();
    }
    LevelPosterior posterior = new LevelPosterior(levelSigma);
    List<String> used = new ArrayList<>();
    List<UsageProfile> counted = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> figure : prior.outputTokens().entrySet()) {
      String benchmark = figure.getKey();
      BigDecimal shape = prior.shapeSigma(benchmark);
      Optional<UsageProfile> measured = benchmark.equals(leftOut) ? Optional.empty()
          : catalog.profile(model, setting, benchmark);
      if (measured.isEmpty() || shape.signum() <= 0 || figure.getValue().signum() <= 0
          || repeats(measured.get(), counted)) {
        continue;
      }
      counted.add(measured.get());
      posterior.add(measured.get().outputTokens(), figure.getValue(), baseLevel, shape);
      used.add(benchmark);
    }
    return used.isEmpty() ? Optional.empty() : Optional.of(new OwnLevel(posterior.level(), posterior.sigma(), used));
  }

  /**
   * Whether {@code p} is the counts of one already counted spread over other items (AA's v4.1
   * SciCode profile is its v4.0 counts over v4.1's problems): the same totals, one measurement.
   */
  private static boolean repeats(UsageProfile p, List<UsageProfile> counted) {
    if (p.samples() == null) {
      return false;
    }
    for (UsageProfile c : counted) {
      if (c.samples() != null && c.samples().longValue() != p.samples().longValue()
          && same(total(c.outputTokens(), c.samples()), total(p.outputTokens(), p.samples()))
          && same(total(c.inputTokens(), c.samples()), total(p.inputTokens(), p.samples()))) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal total(BigDecimal perItem, Long samples) {
    return perItem.multiply(BigDecimal.valueOf(samples));
  }

  /** Equal but for the rounding of per-item means to 4 places: within a token per 10,000 items, and one more. */
  private static boolean same(BigDecimal a, BigDecimal b) {
    BigDecimal slack = a.abs().max(b.abs()).movePointLeft(6).add(BigDecimal.ONE);
    return a.subtract(b).abs().compareTo(slack) <= 0;
  }
}
