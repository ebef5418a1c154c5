package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.evalcost.Golden;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.EstimateRequest;
import org.evalcost.engine.Estimator;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.importer.AaProfiles;
import org.junit.jupiter.api.Test;

/**
 * With AA's measurements as profiles, aa-index-v4.0 at AA's list prices reproduces the index
 * cost AA published for the model: a check of the prices, the mapping and the arithmetic.
 */
class AaReproductionTest {
  private static final Path AA = Golden.PROJECT.resolve("../shared/reference/aa/llms-2026-06-15.json");
  private static final Path DATA = Golden.PROJECT.resolve("data");

  @Test
  void theCommittedProfilesAreTheProgramsOutput() throws Exception {
    assumeTrue(Files.isRegularFile(AA), "../shared/reference/aa is absent");
    AaProfiles.Output out = AaProfiles.build(DATA);
    for (var f : out.files().entrySet()) {
      assertThat(Files.readString(DATA.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
    }
    try (var files = Files.list(DATA.resolve(CatalogLoader.AA_PROFILES))) {
      assertThat(files.count()).isEqualTo(out.files().size());
    }
    assertThat(Files.readString(DATA.resolve(AaProfiles.REPORT))).isEqualTo(out.report());
  }

  @Test
  void measuredModelsReproduceAasIndexCost() throws Exception {
    assumeTrue(Files.isRegularFile(AA), "../shared/reference/aa is absent");
    Catalog catalog = new CatalogLoader(DataSource.directory(DATA)).load();
    ModelResolver resolver = new ModelResolver(catalog);
    Estimator estimator = new Estimator(catalog);
    List<Double> errors = new ArrayList<>();
    int within = 0;
    for (JsonNode m : new ObjectMapper().readTree(AA.toFile()).path("models")) {
      BigDecimal published = m.path("pricing").path("intelligence_index_cost_total").decimalValue();
      if (published.signum() <= 0) {
        continue;
      }
      ModelRef ref;
      try {
        ref = resolver.resolve(m.path("name").asText(), null);
      } catch (InvalidRequestException e) {
        continue;
      }
      var e = estimator.estimate(new EstimateRequest(ref, catalog.suite("aa-index-v4.0").orElseThrow(), List.of(), null,
          LocalDate.of(2026, 6, 15)));
      if (!e.totals().complete()) {
        continue;
      }
      double error = e.totals().costUsd().subtract(published).divide(published, MathContext.DECIMAL64).doubleValue();
      errors.add(Math.abs(error));
      within += Math.abs(error) <= 0.03 ? 1 : 0;
    }
    Collections.sort(errors);
    System.out.printf("AA v4.0 reproduction: %d models compared, %d within 3%%, median |error| %.3f%n", errors.size(),
        within, errors.get(errors.size() / 2));
    assertThat(within).isGreaterThanOrEqualTo(100);
  }
}
