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

  /** One labelled note under an estimate. */
  record Note(String label, String text) {}

  /** The notes under an estimate, in order: model, suite, prices, billing, range, each basis, warnings. */
  static List<Note> notes(Estimate e) {
    List<Note> notes = new ArrayList<>(List.of(new Note("Model", model(e)), new Note("Suite", suite(e)),
        new Note("Prices", prices(e)), new Note("Billing", BillingWords.of(e)), new Note("Range", range(e))));
    bases(e).forEach((basis, text) -> notes.add(new Note(basis.label(), text)));
    e.warnings().forEach(w -> notes.add(new Note("Warning", w)));
    return notes;
  }

  /** One line per model of a comparison: its bases and the price period used. */
  static String compareNote(Estimate e) {
    return e.model().label() + ": " + basesAndPrices(e);
  }

  /** "1 measured, 6 calibrated; prices from 2024-12-17" */
  static String basesAndPrices(Estimate e) {
    return BillingWords.basisCounts(e) + "; " + e.price().map(p -> "prices from " + p.effectiveFrom()).orElse("no price in force");
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

}
