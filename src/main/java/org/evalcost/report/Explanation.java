package org.evalcost.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Basis;
import org.evalcost.engine.Calibration;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;

/** The assumptions behind an estimate, in words, shared by the human formats. */
final class Explanation {
  private Explanation() {}

  static String model(Estimate e) {
    String setting = e.model().model().hasSettings() ? ", setting " + e.model().setting().name() : "";
    return e.model().model().id() + " (" + e.model().model().provider() + setting + ")";
  }

  static String suite(Estimate e) {
    return e.suite().id() + ", " + e.suite().name();
  }

  static String prices(Estimate e) {
    if (e.price().isEmpty()) {
      return "none in force on " + e.asOf() + ": costs are missing and the total is incomplete";
    }
    PricePeriod p = e.price().get();
    Rates r = p.rates();
    return "in force on " + e.asOf() + " (period from " + p.effectiveFrom() + "): input "
        + Display.dollarsPerMillion(r.input()) + ", output " + Display.dollarsPerMillion(r.output())
        + " per 1M tokens, reasoning billed as output; " + p.source();
  }

  /** One sentence per basis that occurs, in the order measured, calibrated, predicted. */
  static Map<Basis, String> bases(Estimate e) {
    Map<Basis, String> out = new LinkedHashMap<>();
    for (Basis basis : Basis.values()) {
      List<String> benchmarks = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Line line : e.lines()) {
        if (line.basis() == basis) {
          benchmarks.add(line.benchmark().id());
          if (!sources.contains(line.tokenSource().toString())) {
            sources.add(line.tokenSource().toString());
          }
        }
      }
      if (benchmarks.isEmpty()) {
        continue;
      }
      String prior = "prior '" + e.model().setting().priorClass() + "'";
      String text =
          switch (basis) {
            case MEASURED -> "per-item means counted in real runs: " + String.join("; ", sources);
            case GIVEN -> "token figures you gave, input per item from the benchmark where you gave only output: "
                + String.join("; ", sources);
            case SCORED -> "scored by the likelihood of each choice, so no output tokens: the input is every choice's "
                + "prompt (data/benchmarks.json); " + String.join("; ", sources);
            case CALIBRATED -> calibrated(e.calibration().orElseThrow(), prior, PriorWords.family(e)
                + PriorWords.released(e, benchmarks) + PriorWords.own(e));
            case GRADER -> "the calls of the model that grades the answers, at its own prices: " + String.join("; ", sources);
            case PREDICTED -> prior + " for the model's class, per benchmark (data/priors.json)"
                + PriorWords.defaulted(e, benchmarks) + PriorWords.family(e) + PriorWords.released(e, benchmarks)
                + PriorWords.own(e) + "; " + (e.prior().isEmpty() ? "" : e.prior().get().source().toString());
          };
      out.put(basis, String.join(", ", benchmarks) + ": " + text);
    }
    return out;
  }

  private static String calibrated(Calibration c, String prior, String scaled) {
    return "output tokens of the " + prior + scaled + (scaled.isEmpty() ? " x " : ", and x ") + Display.factor(c.factor())
        + ", fitted so that " + c.published().suite() + " at the prices of " + c.published().pricesAsOf()
        + " costs the published $" + Display.money(c.published().costUsd()) + "; " + c.published().source();
  }

  /** A price checked longer ago than this before the estimate's date is flagged in the table. */
  static final int STALE_DAYS = 90;

  /** Days from the price's last check to the estimate's date; null without a price. */
  static Long priceAge(Estimate e) {
    return e.price().isEmpty() ? null
        : java.time.temporal.ChronoUnit.DAYS.between(e.price().get().source().checked(), e.asOf());
  }

  /** "Prices in force on 2026-12-02, last checked 2025-09-05": the newest check of the estimates' prices, for captions. */
  static String priceData(List<Estimate> estimates) {
    java.time.LocalDate checked = null;
    for (Estimate e : estimates) {
      if (e.price().isPresent() && (checked == null || e.price().get().source().checked().isAfter(checked))) {
        checked = e.price().get().source().checked();
      }
    }
    return "Prices in force on " + estimates.get(0).asOf()
        + (checked == null ? "; none priced." : ", last checked " + checked + ".");
  }

  /** The table's note on prices checked more than STALE_DAYS before the estimates' date, or null. */
  static String stale(List<Estimate> estimates) {
    List<String> old = new ArrayList<>();
    for (Estimate e : estimates) {
      Long age = priceAge(e);
      if (age != null && age > STALE_DAYS) {
        old.add(estimates.size() > 1 ? e.model().label() + " " + e.price().get().source().checked() + " (" + age
            + " days)" : e.price().get().source().checked() + ", " + age + " days");
      }
    }
    if (old.isEmpty()) {
      return null;
    }
    if (old.size() > 5) {
      int more = old.size() - 5;
      old = new ArrayList<>(old.subList(0, 5));
      old.add("and " + more + " more");
    }
    return (estimates.size() > 1 ? "prices checked more than " + STALE_DAYS + " days before " + estimates.get(0).asOf()
        + ": " : "the price was last checked on ") + String.join(", ", old)
        + (estimates.size() > 1 ? "" : " before " + estimates.get(0).asOf())
        + "; 'evalcost update' fetches the newest upstream prices";
  }

  /** What a reader must know: from the engine (a missing price, an unfitted calibration). */
  static List<String> warnings(Estimate e) {
    return e.warnings();
  }

  /** "list prices", "batch", and the share of input read from the prompt cache. */
  static String billingMode(Estimate e) {
    String mode = e.pricing().batch() ? "batch" : "list prices";
    if (e.pricing().cached()) {
      mode += "; " + e.pricing().cacheHitRate().multiply(java.math.BigDecimal.valueOf(100)).stripTrailingZeros()
          .toPlainString() + "% of input tokens from the prompt cache";
    }
    return mode;
  }

  /** The billing mode with any per-benchmark rate notes (a long-context tier, batch rates). */
  static String billing(Estimate e) {
    List<String> parts = new ArrayList<>();
    parts.add(billingMode(e));
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (Line line : e.lines()) {
      if (line.priceNote() != null && line.priced()) {
        List<String> benchmarks = notes.get(line.priceNote());
        if (benchmarks == null) {
          benchmarks = new ArrayList<>();
          notes.put(line.priceNote(), benchmarks);
        }
        benchmarks.add(line.benchmark().id());
      }
    }
    for (Map.Entry<String, List<String>> note : notes.entrySet()) {
      List<String> benchmarks = note.getValue();
      parts.add(benchmarks.size() == e.lines().size() ? note.getKey() : String.join(", ", benchmarks) + ": " + note.getKey());
    }
    return String.join("; ", parts);
  }

  /** "1 measured, 6 calibrated" */
  static String basisCounts(Estimate e) {
    List<String> parts = new ArrayList<>();
    for (Basis basis : Basis.values()) {
      int n = 0;
      for (Line line : e.lines()) {
        n += line.basis() == basis ? 1 : 0;
      }
      if (n > 0) {
        parts.add(n + " " + basis.label());
      }
    }
    return String.join(", ", parts);
  }

  /** One labelled note under an estimate. */
  record Note(String label, String text) {}

  /** The notes under an estimate, in order: model, suite, prices, billing, range, each basis, warnings. */
  static List<Note> notes(Estimate e) {
    List<Note> notes = new ArrayList<>(List.of(new Note("Model", model(e)), new Note("Suite", suite(e)),
        new Note("Prices", prices(e)), new Note("Billing", billing(e)), new Note("Range", range(e))));
    bases(e).forEach((basis, text) -> notes.add(new Note(basis.label(), text)));
    warnings(e).forEach(w -> notes.add(new Note("Warning", w)));
    return notes;
  }

  /** One line per model of a comparison: its bases and the price period used. */
  static String compareNote(Estimate e) {
    return e.model().label() + ": " + basesAndPrices(e);
  }

  /** "1 measured, 6 calibrated; prices from 2024-12-17" */
  static String basesAndPrices(Estimate e) {
    return basisCounts(e) + "; " + e.price().map(p -> "prices from " + p.effectiveFrom()).orElse("no price in force");
  }

  /** The cell of a line in a comparison. */
  static String cost(Line line) {
    return line.priced() ? Display.money(line.cost()) : "n/a";
  }

  /** What the low and high columns mean. */
  static String range(Estimate e) {
    return "low and high bound the central " + Display.interval(e.interval()) + " of the cost, from the spread "
        + "of output tokens: between items, around a measured mean, across a class's models for a predicted "
        + "line (shared by all its lines), and around the prior's shape (data/README.md). Input cost is "
        + "taken as known, except on an unmeasured line of a benchmark whose input varies between models (an "
        + "agentic eval's turns), where it is drawn as well.";
  }

  /** "within $500.00" or "for a 95% half-width of 0.02". */
  static String planGoal(org.evalcost.engine.Plan plan) {
    return plan.budget() != null ? "within $" + Display.money(plan.budget())
        : "for a 95% half-width of " + plan.target().toPlainString();
  }

  /** "±2.8 pts" for a half-width of 0.028; "not run" for none. */
  static String points(java.math.BigDecimal halfWidth) {
    return halfWidth == null ? "not run"
        : "\u00b1" + halfWidth.multiply(java.math.BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString() + " pts";
  }

  /**
   * The unseen estimates of one class: "reasoning-high, 40 costs: median absolute error 31.2%; 34
   * inside the 80% range (85.0%); median high/low 4.6x".
   */
  static String unseenSummary(org.evalcost.engine.Backtest.Summary s, java.math.BigDecimal interval) {
    return s.group() + ", " + s.count() + (s.count() == 1 ? " cost" : " costs") + ": median absolute error "
        + org.evalcost.engine.Percent.of(s.medianAbsoluteError(), java.math.BigDecimal.ONE) + "%; " + s.inside()
        + " inside the " + Display.interval(interval) + " range (" + org.evalcost.engine.Percent.of(
            java.math.BigDecimal.valueOf(s.inside()), java.math.BigDecimal.valueOf(Math.max(1, s.count())))
        + "%); median high/low " + s.medianSharpness().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "x";
  }

  /** What the two estimates of a back-test row are. */
  static final String BACKTEST_METHOD = "estimate: the model as the catalog knows it, its own calibration removed "
      + "(leave-one-out), at the publisher's rates where it gave them, else at the prices in force on the cost's "
      + "date; unseen: as a new model, all its profiles and calibrations removed and the class priors refitted "
      + "without it, so the estimate rests on its class and price alone";

  /** "median absolute error 12.3%; 2 of 3 published costs inside the 80% range" */
  static String backtestSummary(org.evalcost.engine.Backtest.Result r) {
    if (r.rows().isEmpty()) {
      return "no published costs to test against";
    }
    return "median absolute error " + org.evalcost.engine.Percent.of(r.medianAbsoluteError(), java.math.BigDecimal.ONE)
        + "%; " + r.inside() + " of " + r.rows().size() + " published costs inside the " + Display.interval(r.interval())
        + " range (coverage " + org.evalcost.engine.Percent.of(java.math.BigDecimal.valueOf(r.inside()),
            java.math.BigDecimal.valueOf(r.rows().size())) + "%)";
  }
}
