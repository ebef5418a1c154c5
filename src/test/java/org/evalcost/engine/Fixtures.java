package org.evalcost.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small catalog built in code, whose every figure the tests compute by hand. */
final class Fixtures {
  static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
  static final Source SOURCE = new Source("test", LocalDate.of(2024, 1, 1));

  private Fixtures() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A line without output-cost split, spread or range. */
  static Line line(Benchmark benchmark, int repeats, BigDecimal inputPerItem, BigDecimal outputPerItem, Basis basis,
      Source tokenSource, BigDecimal cost, String priceNote) {
    return new Line(benchmark, repeats, inputPerItem, outputPerItem, basis, tokenSource, cost, null, priceNote, null,
        null);
  }

  static Line line(Benchmark benchmark, int repeats, BigDecimal inputPerItem, BigDecimal outputPerItem, Basis basis,
      Source tokenSource, BigDecimal cost, BigDecimal outputCost, String priceNote, org.evalcost.stats.Spread spread,
      Range range) {
    return new Line(benchmark, repeats, inputPerItem, outputPerItem, basis, tokenSource, cost, outputCost, priceNote,
        spread, range);
  }

  /** Input and output rates, without cache rates. */
  static Rates rates(String input, String output) {
    return new Rates(new BigDecimal(input), null, null, new BigDecimal(output));
  }

  static PricePeriod period(String from, String input, String output) {
    return new PricePeriod(LocalDate.parse(from), Fixtures.rates(input, output), null, List.of(), SOURCE);
  }

  static Catalog catalog(List<PublishedCost> published) {
    Model think = new Model("think-1", "acme", List.of("t1"),
        List.of(new Setting("low", "plain"), new Setting("high", "thinker")), "high",
        List.of(period("2024-01-01", "10", "40"), period("2025-01-01", "2", "8")), SOURCE);
    Model plain = new Model("plain-1", "acme", List.of(), List.of(new Setting(Setting.DEFAULT, "plain")),
        Setting.DEFAULT, List.of(period("2024-01-01", "1", "3")), SOURCE);
    Model future = new Model("future-1", "other", List.of(), List.of(new Setting(Setting.DEFAULT, "plain")),
        Setting.DEFAULT, List.of(period("2030-01-01", "1", "1")), SOURCE);
    List<Benchmark> benchmarks = List.of(
        new Benchmark("alpha", "Alpha", 100, d("200"), SOURCE),
        new Benchmark("beta", "Beta", 50, d("1000"), SOURCE),
        new Benchmark("gamma", "Gamma", 10, d("500"), SOURCE));
    List<Suite> suites = List.of(
        new Suite("small", "Small", List.of(new Suite.Entry("alpha", 1), new Suite.Entry("beta", 2)), SOURCE),
        new Suite("all", "All", List.of(new Suite.Entry("alpha", 1), new Suite.Entry("beta", 2),
            new Suite.Entry("gamma", 3)), SOURCE));
    List<UsageProfile> profiles = List.of(
        new UsageProfile("think-1", "high", "alpha", d("210"), d("1500"), 10L, SOURCE));
    List<Prior> priors = List.of(
        new Prior("plain", Map.of("alpha", d("100"), "beta", d("400"), "gamma", d("1000")), null, d("0.5"),
            Map.of("beta", d("0.3"), "gamma", d("0.3")), SOURCE),
        new Prior("thinker", Map.of("alpha", d("1000"), "beta", d("4000"), "gamma", d("10000")), null, d("0.7"),
            Map.of("beta", d("0.4"), "gamma", d("0.4")), SOURCE));
    List<Provider> providers = List.of(new Provider("acme", "Acme", d("0.5"), SOURCE),
        new Provider("other", "Other", null, SOURCE));
    return new Catalog(List.of(think, plain, future), benchmarks, suites, "small", profiles, priors, published,
        providers);
  }

  /** Calibrates think-1 (high) on "small" at 2024-06-01 prices (10 / 40): factor 0.5, see EstimatorTest. */
  static PublishedCost published(String cost) {
    return new PublishedCost("think-1-small", "think-1", "high", "small", d(cost),
        LocalDate.of(2024, 6, 1), true, SOURCE);
  }

  static Catalog catalog() {
    return catalog(List.of(published("15.21")));
  }
}
