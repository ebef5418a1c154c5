package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Tests the estimates against published bills: each published cost is estimated without its own
 * calibration (leave-one-out), at the prices in force on its date, and compared with what was paid.
 */
public final class Backtest {
  /** One published cost against its estimate. */
  public record Row(PublishedCost published, Estimate estimate) {
    public BigDecimal estimated() {
      return estimate.totals().costUsd();
    }

    /** (estimate - published) / published. */
    public BigDecimal error() {
      return estimated().subtract(published.costUsd()).divide(published.costUsd(), MathContext.DECIMAL64);
    }

    public boolean inside() {
      Range range = estimate.totals().range();
      return range != null && range.low().compareTo(published.costUsd()) <= 0
          && range.high().compareTo(published.costUsd()) >= 0;
    }
  }

  /** The rows and the summary: median absolute error and the share of published costs inside the range. */
  public record Result(List<Row> rows, BigDecimal interval) {
    public BigDecimal medianAbsoluteError() {
      List<BigDecimal> errors = new ArrayList<>(rows.stream().map(r -> r.error().abs()).sorted().toList());
      if (errors.isEmpty()) {
        return BigDecimal.ZERO;
      }
      int n = errors.size();
      return n % 2 == 1 ? errors.get(n / 2)
          : errors.get(n / 2 - 1).add(errors.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    public long inside() {
      return rows.stream().filter(Row::inside).count();
    }
  }

  private Backtest() {}

  public static Result run(Catalog catalog, BigDecimal interval) {
    List<Row> rows = new ArrayList<>();
    for (PublishedCost published : catalog.published()) {
      Catalog without = catalog.withoutPublished(published.id());
      Model model = without.model(published.model()).orElseThrow();
      ModelRef ref = new ModelRef(model, model.setting(published.setting()).orElseThrow());
      Suite suite = without.suite(published.suite()).orElseThrow();
      Estimate estimate = new Estimator(without).estimate(
          new EstimateRequest(ref, suite, List.of(), null, published.pricesAsOf(), Pricing.LIST, interval));
      rows.add(new Row(published, estimate));
    }
    return new Result(rows, interval);
  }
}
