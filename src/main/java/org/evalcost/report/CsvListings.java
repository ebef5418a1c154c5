package org.evalcost.report;

import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Suite;

/** The CSV of the listings: models, benchmarks and suites, one row per model, benchmark or suite entry. */
final class CsvListings implements Listings {

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    CsvWriter csv = new CsvWriter().row(List.of("model", "provider", "aliases", "settings", "default_setting",
        "effective_from", "input_usd_per_mtok", "cached_input_usd_per_mtok", "cache_write_usd_per_mtok",
        "output_usd_per_mtok", "batch_input_usd_per_mtok", "batch_output_usd_per_mtok", "source", "checked"));
    for (Model m : models) {
      PricePeriod p = m.priceOn(asOf).orElse(null);
      csv.row(List.of(CsvWriter.text(m.id()), CsvWriter.text(m.provider()),
          CsvWriter.text(String.join(";", m.aliases())),
          CsvWriter.text(String.join(";", m.settings().stream().map(Setting::name).toList())),
          CsvWriter.text(m.defaultSetting()),
          p == null ? "" : p.effectiveFrom().toString(),
          p == null ? "" : Display.rate(p.rates().input()),
          p == null ? "" : Display.rate(p.rates().cachedInput()),
          p == null ? "" : Display.rate(p.rates().cacheWrite()),
          p == null ? "" : Display.rate(p.rates().output()),
          p == null || p.batch() == null ? "" : Display.rate(p.batch().input()),
          p == null || p.batch() == null ? "" : Display.rate(p.batch().output()),
          p == null ? "" : CsvWriter.text(p.source().text()),
          p == null ? "" : p.source().checked().toString()));
    }
    return csv.toString();
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    CsvWriter csv = new CsvWriter().row(List.of("benchmark", "name", "items", "input_tokens_per_item", "source", "checked"));
    for (Benchmark b : benchmarks) {
      csv.row(List.of(CsvWriter.text(b.id()), CsvWriter.text(b.name()), Long.toString(b.items()),
          b.inputTokens().toPlainString(), CsvWriter.text(b.source().text()), b.source().checked().toString()));
    }
    return csv.toString();
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    CsvWriter csv = new CsvWriter().row(List.of("suite", "name", "default", "benchmark", "repeats"));
    for (Suite s : suites) {
      for (Suite.Entry entry : s.entries()) {
        csv.row(List.of(CsvWriter.text(s.id()), CsvWriter.text(s.name()), Boolean.toString(s.id().equals(defaultSuite)),
            CsvWriter.text(entry.benchmark()), Integer.toString(entry.repeats())));
      }
    }
    return csv.toString();
  }
}
