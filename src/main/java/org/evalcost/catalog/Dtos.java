package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data files' records exactly as written, as {@link DtoReader} reads them. They exist only to
 * be turned into engine records by {@link CatalogLoader}; nothing else sees them.
 */
final class Dtos {
  private Dtos() {}

  /** A top-level record of a data file. */
  interface Keyed {
    /** What errors call the record, and what must be unique in its file (null when missing). */
    String key();
  }

  record ModelDto(
      String id,
      String provider,
      List<String> aliases,
      String prior,
      Map<String, String> settings,
      String defaultSetting,
      List<PriceDto> prices,
      String notes,
      String classEvidence,
      Boolean classGuessed,
      String source,
      String checked) implements Keyed {
    @Override
    public String key() {
      return id;
    }
  }

  record PriceDto(
      String effectiveFrom,
      BigDecimal input,
      BigDecimal cachedInput,
      BigDecimal cacheWrite,
      BigDecimal output,
      RatesDto batch,
      List<TierDto> tiers,
      String source,
      String checked) {}

  record RatesDto(BigDecimal input, BigDecimal cachedInput, BigDecimal cacheWrite, BigDecimal output) {}

  record TierDto(
      Long aboveInputTokens,
      BigDecimal input,
      BigDecimal cachedInput,
      BigDecimal cacheWrite,
      BigDecimal output) {}

  record ProviderDto(String id, String name, BigDecimal batchDiscount, String notes, String source, String checked)
      implements Keyed {
    @Override
    public String key() {
      return id;
    }
  }

  record BenchmarkDto(
      String id,
      String name,
      Long items,
      String itemsNote,
      BigDecimal inputTokens,
      BigDecimal inputTokensSd,
      BigDecimal outputCv,
      String inputTokensDerivation,
      String source,
      String checked) implements Keyed {
    @Override
    public String key() {
      return id;
    }
  }

  record SuiteDto(String id, String name, List<EntryDto> benchmarks, String source, String checked) implements Keyed {
    @Override
    public String key() {
      return id;
    }
  }

  record EntryDto(String benchmark, Integer repeats) {}

  record ProfileDto(
      String model,
      String setting,
      String benchmark,
      MeasuredDto measured,
      BigDecimal inputTokens,
      BigDecimal outputTokens,
      Long samples,
      BigDecimal inputTokensSd,
      BigDecimal outputTokensSd,
      BigDecimal reasoningTokens,
      BigDecimal cachedTokens,
      Long datasetItems,
      String source,
      String checked) implements Keyed {
    /** "o1 (high) on gpqa-diamond". */
    @Override
    public String key() {
      return model + (setting == null ? "" : " (" + setting + ")") + " on " + benchmark;
    }
  }

  /** Totals as a source published them; the loader divides by samples. */
  record MeasuredDto(Long samples, Long inputTokens, Long outputTokens) {}

  record PriorDto(
      String priorClass,
      Map<String, BigDecimal> outputTokens,
      BigDecimal defaultOutputTokens,
      Map<String, String> derivation,
      BigDecimal levelSigma,
      Map<String, BigDecimal> shapeSigma,
      String sigmaDerivation,
      String source,
      String checked) implements Keyed {
    @Override
    public String key() {
      return priorClass;
    }
  }

  record PublishedDto(
      String id,
      String model,
      String setting,
      String suite,
      BigDecimal costUsd,
      String pricesAsOf,
      Boolean calibrate,
      String notes,
      String source,
      String checked) implements Keyed {
    @Override
    public String key() {
      return id;
    }
  }
}
