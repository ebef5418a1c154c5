package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.PricePeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** upstream-confirmed.json: a curated period a newer upstream copy lists too is checked on that copy's date. */
class ConfirmedPricesTest {
  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws IOException {
    try (Stream<Path> files = Files.list(CatalogLoaderTest.FIXTURE)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  /** think-1's second period: from 2025-01-01 at $2 in, $0.5 cached, $8 out, checked 2025-01-01. */
  private void confirm(String model, String from, String input, String checked) throws IOException {
    Files.writeString(dir.resolve(ConfirmedPrices.FILE), """
        {"schema_version": 1, "confirmed": [
          {"model": "%s", "effective_from": "%s", "input": %s, "cached_input": 0.5, "output": 8,
           "source": "upstream copy, entry acme/think-1", "checked": "%s"}]}
        """.formatted(model, from, input, checked));
  }

  private PricePeriod secondPeriod() {
    Catalog catalog = new CatalogLoader(DataSource.directory(dir)).load();
    return catalog.model("think-1").orElseThrow().prices().get(1);
  }

  @Test
  void aConfirmedPeriodIsCheckedOnTheCopysDateWithBothSourcesNamed() throws IOException {
    confirm("think-1", "2025-01-01", "2", "2026-08-21");
    PricePeriod p = secondPeriod();
    assertThat(p.source().checked()).isEqualTo(LocalDate.of(2026, 8, 21));
    assertThat(p.source().text()).isEqualTo("fixture: price cut; the same rates in upstream copy, entry acme/think-1");
    assertThat(p.rates().input()).isEqualByComparingTo("2");
  }

  @Test
  void aConfirmationOfOtherRatesAnotherPeriodOrAnOlderCheckChangesNothing() throws IOException {
    for (String[] c : List.of(new String[] {"2025-01-01", "2.5", "2026-08-21"},
        new String[] {"2024-01-01", "2", "2026-08-21"}, new String[] {"2025-01-01", "2", "2024-12-31"})) {
      confirm("think-1", c[0], c[1], c[2]);
      PricePeriod p = secondPeriod();
      assertThat(p.source().checked()).as(String.join(" ", c)).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(p.source().text()).isEqualTo("fixture: price cut");
    }
  }

  @Test
  void aConfirmationOfAModelTheCuratedFileLacksIsRefusedAtItsField() throws IOException {
    confirm("nobody-1", "2025-01-01", "2", "2026-08-21");
    assertThatThrownBy(() -> new CatalogLoader(DataSource.directory(dir)).load()).isInstanceOf(DataException.class)
        .hasMessageContaining(ConfirmedPrices.FILE + ":2:").hasMessageContaining("unknown model 'nobody-1'");
  }

  @Test
  void theFileIsOptionalAndLeftOutWhereTheGeneratorReadsTheCuratedRecords() throws IOException {
    assertThat(secondPeriod().source().checked()).isEqualTo(LocalDate.of(2025, 1, 1));
    confirm("think-1", "2025-01-01", "2", "2026-08-21");
    Catalog curated = new CatalogLoader(DataSource.directory(dir).without(ConfirmedPrices.FILE)).load();
    assertThat(curated.model("think-1").orElseThrow().prices().get(1).source().checked())
        .isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void writtenAsRead() throws IOException {
    confirm("think-1", "2025-01-01", "2", "2026-08-21");
    ConfirmedPrices.Codec codec = new ConfirmedPrices.Codec(java.util.Set.of("think-1"));
    List<ConfirmedPrices.Confirmed> read = DataFile.read(DataSource.directory(dir), ConfirmedPrices.FILE, codec).values();
    Files.writeString(dir.resolve("again.json"), DataFile.write(codec, read));
    assertThat(DataFile.read(DataSource.directory(dir), "again.json", codec).values()).isEqualTo(read);
  }
}
