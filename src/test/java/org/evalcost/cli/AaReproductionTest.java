package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evalcost.Golden;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.importer.AaProfiles;
import org.junit.jupiter.api.Test;

/** The committed AA profiles, published costs, fitted priors and report are what AaProfiles makes of the inputs. */
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
      assertThat(files.count())
          .isEqualTo(out.files().keySet().stream().filter(f -> f.startsWith(CatalogLoader.AA_PROFILES + "/")).count());
    }
    assertThat(Files.readString(DATA.resolve(AaProfiles.REPORT))).isEqualTo(out.report());
  }
}
