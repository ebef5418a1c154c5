package org.evalcost.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.GivenUsage;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Pricing;
import org.evalcost.stats.MonteCarlo;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine once warm, in one JVM (bench/engine.sh): reading the built-in catalog, o1 on the
 * default suite (seven lines and the Monte Carlo of their ranges), o1 priced from given token
 * counts (one line: the baseline the others are compared with), and every model of the catalog.
 * Start-up, where the same work runs cold, is bench/startup.sh's part.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 10);

  private Catalog catalog;
  private Estimator estimator;
  private ModelRef o1;

  @Setup
  public void load() {
    catalog = new CatalogLoader(DataSource.builtIn()).load();
    estimator = new Estimator(catalog, MonteCarlo.seeded());
    o1 = new ModelResolver(catalog).resolve("o1", null);
  }

  @Benchmark
  public Catalog readCatalog() {
    return new CatalogLoader(DataSource.builtIn()).load();
  }

  @Benchmark
  public Estimate givenTokens() {
    return estimator.estimate(o1, new GivenUsage(12_032L, 1, new java.math.BigDecimal("325"),
        new java.math.BigDecimal("1520")), AS_OF, Pricing.LIST);
  }

  @Benchmark
  public Estimate estimateO1() {
    return estimator.estimate(new EstimateRequest(o1, catalog.defaultSuite(), List.of(), null, AS_OF));
  }

  @Benchmark
  public List<Estimate> everyModel() {
    List<Estimate> all = new ArrayList<>();
    for (Model m : catalog.models()) {
      all.add(estimator.estimate(new EstimateRequest(new ModelRef(m, m.setting(m.defaultSetting()).orElseThrow()),
          catalog.defaultSuite(), List.of(), null, AS_OF)));
    }
    return all;
  }
}
