package org.evalcost.report;

import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Estimate;

/**
 * How a predicted or calibrated line's prior was scaled to the model, in words: its family, its
 * release day, its own measured level, an unnamed benchmark's default.
 */
final class PriorWords {
  private PriorWords() {}

  /** ", x 0.64 for the gpt family (its family_level, -0.451)", or nothing when the family has no level. */
  static String family(Estimate e) {
    if (e.prior().isEmpty()) {
      return "";
    }
    String family = org.evalcost.engine.ModelNames.family(e.model().model().id());
    java.math.BigDecimal level = e.prior().get().familyLevel(family);
    if (level.signum() == 0) {
      return "";
    }
    return ", x " + org.evalcost.stats.ClassFit.factor(level).setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString() + " for the " + family + " family (its family_level, " + level.toPlainString() + ")";
  }

  /**
   * ", x 0.55 for its release on 2024-12-17 (the class's release_trend, +0.651 a year from
   * 2025-10-21); input x 0.83 on q (input_release_trend)", or nothing when no trend moves it.
   */
  static String released(Estimate e, List<String> benchmarks) {
    if (e.prior().isEmpty()) {
      return "";
    }
    org.evalcost.engine.Prior prior = e.prior().get();
    java.time.LocalDate day = e.model().model().released();
    StringBuilder out = new StringBuilder();
    java.math.BigDecimal level = prior.releaseLevel(day);
    if (prior.releaseTrend() != null && day == null) {
      out.append(", its release day not known, so the class's release_trend is left out and its spread widens the"
          + " range");
    } else if (level.signum() != 0) {
      org.evalcost.stats.Trend t = prior.releaseTrend();
      String held = t.heldDay(day).equals(day) ? "" : ", held at " + t.heldDay(day) + ", the end of the fitted span";
      out.append(", x ").append(factor(level)).append(" for its release on ").append(day).append(held)
          .append(" (the class's release_trend, ").append(signed(t.perYear())).append(" a year from ")
          .append(t.center()).append(')');
    }
    List<String> inputs = new ArrayList<>();
    for (String b : benchmarks) {
      java.math.BigDecimal in = prior.inputLevel(b, day);
      if (in.signum() != 0) {
        inputs.add("x " + factor(in) + " on " + b);
      }
    }
    if (!inputs.isEmpty()) {
      out.append("; input ").append(String.join(", ", inputs)).append(" for its release day (input_release_trend)");
    }
    return out.toString();
  }

  /**
   * ", x 1.42 for its own level, measured on gpqa-diamond, hle-text (+0.351, sd 0.181 where its
   * class's models spread 0.419)", or nothing when no benchmark of the model is measured.
   */
  static String own(Estimate e) {
    if (e.ownLevel().isEmpty() || e.prior().isEmpty()) {
      return "";
    }
    org.evalcost.engine.OwnLevel own = e.ownLevel().get();
    return ", x " + factor(own.level()) + " for its own level, measured on " + String.join(", ", own.benchmarks())
        + " (" + signed(three(own.level())) + ", sd " + three(own.sigma()).toPlainString() + " where its class's models spread "
        + e.prior().get().levelSigma(e.model().model().released()).toPlainString() + ")";
  }

  private static java.math.BigDecimal three(java.math.BigDecimal v) {
    return v.setScale(3, java.math.RoundingMode.HALF_EVEN);
  }

  private static String factor(java.math.BigDecimal level) {
    return org.evalcost.stats.ClassFit.factor(level).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(java.math.BigDecimal v) {
    return (v.signum() >= 0 ? "+" : "") + v.toPlainString();
  }

  /** ", and its default of 3,107 per item for q (which it does not name)", or nothing. */
  static String defaulted(Estimate e, List<String> benchmarks) {
    if (e.prior().isEmpty() || e.prior().get().defaultOutputTokens() == null) {
      return "";
    }
    List<String> unnamed = new ArrayList<>();
    for (String b : benchmarks) {
      if (!e.prior().get().outputTokens().containsKey(b)) {
        unnamed.add(b);
      }
    }
    return unnamed.isEmpty() ? "" : ", and its default of " + Display.tokens(e.prior().get().defaultOutputTokens())
        + " output tokens per item for " + String.join(", ", unnamed) + " (which it does not name)";
  }
}
