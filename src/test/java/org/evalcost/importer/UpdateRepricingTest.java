package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.junit.jupiter.api.Test;

/** What a downloaded catalog does to a curated model's prices. */
class UpdateRepricingTest {
  private static final Catalog BUILT_IN = new CatalogLoader(
      DataSource.directory(Path.of(System.getProperty("evalcost.project.dir", "."), "data"))).load();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static CatalogBuild.Download download(String inputPerToken, String outputPerToken) throws Exception {
    JsonNode root = ForeignJson.MAPPER.readTree("{\"o1-mini-2024-09-12\": {\"litellm_provider\": \"openai\","
        + " \"mode\": \"chat\", \"input_cost_per_token\": " + inputPerToken + ", \"output_cost_per_token\": "
        + outputPerToken + "}}");
    return CatalogBuild.download(BUILT_IN, root, true, "test", TODAY);
  }

  /** LiteLLM keeps o1-mini's launch price for the dated snapshot; that is behind the curated cut, not news. */
  @Test
  void anUpstreamStillGivingAnEarlierCuratedPriceDoesNotBringItBack() throws Exception {
    assertThat(download("3e-6", "1.2e-5").curated()).isEmpty();
  }

  @Test
  void aNewPriceGivesTheCuratedModelAPeriodFromToday() throws Exception {
    CatalogBuild.Download d = download("1e-6", "4e-6");
    assertThat(d.curated()).hasSize(1);
    Model repriced = d.curated().get(0);
    assertThat(repriced.id()).isEqualTo("o1-mini-2024-09-12");
    var last = repriced.prices().get(repriced.prices().size() - 1);
    assertThat(last.effectiveFrom()).isEqualTo(TODAY);
    assertThat(last.rates().input()).isEqualByComparingTo(new BigDecimal("1"));
    assertThat(repriced.prices().get(repriced.prices().size() - 2).rates().input()).isEqualByComparingTo("1.1");
  }
}
