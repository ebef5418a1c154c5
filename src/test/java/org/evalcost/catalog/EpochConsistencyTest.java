package org.evalcost.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evalcost.Golden;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.UsageProfile;
import org.junit.jupiter.api.Test;

/**
 * The measured profiles match Epoch AI's published token counts, and every Epoch measurement of a
 * priced model on a benchmark the data knows is used. Reads ../shared/reference when it is there.
 */
class EpochConsistencyTest {
  private static final Path CSV = Golden.PROJECT.resolve("../shared/reference/epoch_eval_tokens.csv");
  /** Epoch task names for the benchmarks in data/; MATH level 5 and OTIS Mock AIME are other benchmarks. */
  private static final Map<String, String> TASKS = Map.of("GPQA Diamond", "gpqa-diamond");
  /** Epoch names the resolver cannot derive: a served copy of open weights, a thinking budget. */
  private static final Map<String, String> NAMES = Map.of(
      "llama-3.1-405b-instruct", "llama-3.1-405b-together",
      "claude-3-7-sonnet-20250219-16k", "claude-3-7-sonnet-20250219-thinking");

  private final Catalog catalog = new CatalogLoader(DataSource.builtIn()).load();
  private final ModelResolver resolver = new ModelResolver(catalog);

  record Row(String model, String task, long samples, long input, long output) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(CSV);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      rows.add(new Row(f[0].strip(), f[1], Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])));
    }
    return rows;
  }

  private Optional<ModelRef> resolve(String epochName) {
    String name = epochName.toLowerCase(Locale.ROOT).replace('_', '-');
    try {
      return Optional.of(resolver.resolve(NAMES.getOrDefault(name, name), null));
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }

  @Test
  void everyEpochMeasurementOfAKnownModelIsAMeasuredProfileWithTheSameMeans() throws IOException {
    assumeTrue(Files.isRegularFile(CSV), "../shared/reference is not beside the project");
    int checked = 0;
    for (Row row : rows()) {
      String benchmark = TASKS.get(row.task());
      Optional<ModelRef> ref = resolve(row.model());
      if (benchmark == null || ref.isEmpty() || !catalog.coreModels().contains(ref.get().model())) {
        continue; // Epoch's rows of generated models are not in profiles.json yet
      }
      UsageProfile profile = catalog.profile(ref.get().model().id(), ref.get().setting().name(), benchmark)
          .orElseThrow(() -> new AssertionError("no measured profile for Epoch row " + row));
      BigDecimal n = BigDecimal.valueOf(row.samples());
      assertThat(profile.outputTokens()).as(row.toString())
          .isEqualByComparingTo(BigDecimal.valueOf(row.output()).divide(n, MathContext.DECIMAL64));
      assertThat(profile.inputTokens()).as(row.toString())
          .isEqualByComparingTo(BigDecimal.valueOf(row.input()).divide(n, MathContext.DECIMAL64));
      assertThat(profile.source().text()).contains(row.model());
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(19);
  }
}
