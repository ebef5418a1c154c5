package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.evalcost.stats.MonteCarlo;

/**
 * Tests the estimates against published bills, twice. First as the catalog knows the model: its
 * own calibration removed (leave-one-out) and its measurements kept, at the publisher's rates when
 * it gave them, else at the prices in force on the cost's date, billed as the publisher billed
 * (cache reads on agentic benchmarks, or list); with measurements of every
 * benchmark this checks the arithmetic and the mapping of names. Then as an unseen model: all its
 * profiles and calibrations removed and the class priors refitted without it ({@link PriorFit}),
 * so the estimate rests on its class and price alone, as a new model's would.
 */
public final class Backtest {
  /** One published cost against its two estimates; {@code priorClass} is the class of the model's setting. */
  public record Row(PublishedCost published, String priorClass, Estimate estimate, Estimate unseen) {
    public BigDecimal estimated() {
      return estimate.totals().costUsd();
    }

    /** (estimate - published) / published. */
    public BigDecimal error() {
      return error(estimate);
    }

    public boolean inside() {
      return inside(estimate);
    }

    public BigDecimal unseenError() {
      return error(unseen);
    }

    public boolean unseenInside() {
      return inside(unseen);
    }

    /** The unseen estimate's high over its low: how wide its range is (1 when it has none). */
    public BigDecimal unseenSharpness() {
      Range r = unseen.totals().range();
      return r == null || r.low().signum() <= 0 ? BigDecimal.ONE : r.high().divide(r.low(), MathContext.DECIMAL64);
    }

    private BigDecimal error(Estimate e) {
      return e.totals().costUsd().subtract(published.costUsd()).divide(published.costUsd(), MathContext.DECIMAL64);
    }

    private boolean inside(Estimate e) {
      Range range = e.totals().range();
      return range != null && range.low().compareTo(published.costUsd()) <= 0
          && range.high().compareTo(published.costUsd()) >= 0;
    }
  }

  /** How one group of rows did: median |error|, how many inside the range, the median high/low. */
  public record Summary(String group, int count, BigDecimal medianAbsoluteError, long inside,
      BigDecimal medianSharpness) {}

  /** The group name of every row together. */
  public static final String ALL = "all";

  /** The rows and their summaries. */
  public record Result(List<Row> rows, BigDecimal interval) {
    public BigDecimal medianAbsoluteError() {
      return median(rows, r -> r.error().abs());
    }

    public long inside() {
      return rows.stream().filter(Row::inside).count();
    }

    /** The unseen estimates per prior class, then all of them ({@link #ALL}). */
    public List<Summary> unseenByClass() {
      Map<String, List<Row>> groups = new TreeMap<>();
      for (Row r : rows) {
        groups.computeIfAbsent(r.priorClass(), k -> new ArrayList<>()).add(r);
      }
      List<Summary> out = new ArrayList<>();
      groups.forEach((k, v) -> out.add(summary(k, v)));
      out.add(summary(ALL, rows));
      return out;
    }

    private static Summary summary(String group, List<Row> rows) {
      return new Summary(group, rows.size(), median(rows, r -> r.unseenError().abs()),
          rows.stream().filter(Row::unseenInside).count(), median(rows, Row::unseenSharpness));
    }

    private static BigDecimal median(List<Row> rows, Function<Row, BigDecimal> f) {
      List<BigDecimal> values = new ArrayList<>(rows.size());
      for (Row r : rows) {
        values.add(f.apply(r));
      }
      return PriorFit.median(values);
    }
  }

  private Backtest() {}

  /** Every back-test cost of {@code catalog}, its estimates' texts naming request parts as {@code words} does. */
  public static Result run(Catalog catalog, BigDecimal interval, MonteCarlo monteCarlo,
      Function<RequestField, String> words) {
    List<Row> rows = new ArrayList<>();
    List<MeasuredRun> runs = MeasuredRun.of(catalog, catalog.allProfiles());
    for (PublishedCost published : catalog.backtestCosts()) {
      Model model = catalog.model(published.model()).orElseThrow();
      Setting setting = model.setting(published.setting()).orElseThrow();
      Catalog known = catalog.withoutPublished(published.id());
      String owner = catalog.tokensOf(model).id();
      List<MeasuredRun> others = new ArrayList<>();
      for (MeasuredRun r : runs) {
        if (!r.unit().startsWith(owner + "|")) {
          others.add(r);
        }
      }
      Catalog unseen = catalog.unseen(owner, PriorFit.fit(catalog.priors(), others, "the measured runs"))
          .withoutPublished(published.id());
      rows.add(new Row(published, setting.priorClass(), estimate(known, published, interval, monteCarlo, words),
          estimate(unseen, published, interval, monteCarlo, words)));
    }
    return new Result(rows, interval);
  }

  /**
   * A published cost estimated from {@code catalog} as its publisher billed it: at the publisher's
   * rates when it gave them, else at the prices in force on its date, with or without cache reads.
   */
  public static Estimate estimate(Catalog catalog, PublishedCost published, BigDecimal interval,
      MonteCarlo monteCarlo, Function<RequestField, String> words) {
    Model model = catalog.model(published.model()).orElseThrow();
    if (published.rates() != null) {
      model = model.withPrices(List.of(new PricePeriod(published.pricesAsOf(), published.rates(), null, null,
          published.source())));
    }
    ModelRef ref = new ModelRef(model, model.setting(published.setting()).orElseThrow());
    Suite suite = catalog.suite(published.suite()).orElseThrow();
    return new Estimator(catalog, monteCarlo, words).estimate(
        new EstimateRequest(ref, suite, List.of(), null, published.pricesAsOf(), published.pricing(), interval));
  }
}
