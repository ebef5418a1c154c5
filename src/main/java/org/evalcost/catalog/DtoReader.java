package org.evalcost.catalog;

import java.util.List;
import org.evalcost.catalog.Dtos.BenchmarkDto;
import org.evalcost.catalog.Dtos.EntryDto;
import org.evalcost.catalog.Dtos.MeasuredDto;
import org.evalcost.catalog.Dtos.ModelDto;
import org.evalcost.catalog.Dtos.PriceDto;
import org.evalcost.catalog.Dtos.PriorDto;
import org.evalcost.catalog.Dtos.ProfileDto;
import org.evalcost.catalog.Dtos.ProviderDto;
import org.evalcost.catalog.Dtos.PublishedDto;
import org.evalcost.catalog.Dtos.RatesDto;
import org.evalcost.catalog.Dtos.SuiteDto;
import org.evalcost.catalog.Dtos.TierDto;

/** Reads each kind of record from its JSON object, field by field, refusing unknown fields. */
final class DtoReader {
  private DtoReader() {}

  static ModelDto model(Obj o) {
    o.only("id", "provider", "aliases", "prior", "settings", "default_setting", "prices", "notes", "class_evidence",
        "class_guessed", "source", "checked");
    List<Obj> prices = o.objects("prices");
    return new ModelDto(o.text("id"), o.text("provider"), o.texts("aliases"), o.text("prior"), o.textMap("settings"),
        o.text("default_setting"), prices == null ? null : prices.stream().map(DtoReader::price).toList(),
        o.text("notes"), o.text("class_evidence"), o.bool("class_guessed"), o.text("source"), o.text("checked"));
  }

  static PriceDto price(Obj o) {
    o.only("effective_from", "input", "cached_input", "cache_write", "output", "batch", "tiers", "source", "checked");
    Obj batch = o.object("batch");
    List<Obj> tiers = o.objects("tiers");
    return new PriceDto(o.text("effective_from"), o.decimal("input"), o.decimal("cached_input"),
        o.decimal("cache_write"), o.decimal("output"), batch == null ? null : rates(batch),
        tiers == null ? null : tiers.stream().map(DtoReader::tier).toList(), o.text("source"), o.text("checked"));
  }

  static RatesDto rates(Obj o) {
    o.only("input", "cached_input", "cache_write", "output");
    return new RatesDto(o.decimal("input"), o.decimal("cached_input"), o.decimal("cache_write"), o.decimal("output"));
  }

  static TierDto tier(Obj o) {
    o.only("above_input_tokens", "input", "cached_input", "cache_write", "output");
    return new TierDto(o.whole("above_input_tokens"), o.decimal("input"), o.decimal("cached_input"),
        o.decimal("cache_write"), o.decimal("output"));
  }

  static ProviderDto provider(Obj o) {
    o.only("id", "name", "batch_discount", "notes", "source", "checked");
    return new ProviderDto(o.text("id"), o.text("name"), o.decimal("batch_discount"), o.text("notes"),
        o.text("source"), o.text("checked"));
  }

  static BenchmarkDto benchmark(Obj o) {
    o.only("id", "name", "items", "items_note", "input_tokens", "input_tokens_sd", "output_cv",
        "input_tokens_derivation", "source", "checked");
    return new BenchmarkDto(o.text("id"), o.text("name"), o.whole("items"), o.text("items_note"),
        o.decimal("input_tokens"), o.decimal("input_tokens_sd"), o.decimal("output_cv"),
        o.text("input_tokens_derivation"), o.text("source"), o.text("checked"));
  }

  static SuiteDto suite(Obj o) {
    o.only("id", "name", "benchmarks", "source", "checked");
    List<Obj> entries = o.objects("benchmarks");
    return new SuiteDto(o.text("id"), o.text("name"),
        entries == null ? null : entries.stream().map(DtoReader::entry).toList(), o.text("source"), o.text("checked"));
  }

  static EntryDto entry(Obj o) {
    o.only("benchmark", "repeats");
    return new EntryDto(o.text("benchmark"), o.integer("repeats"));
  }

  static ProfileDto profile(Obj o) {
    o.only("model", "setting", "benchmark", "measured", "input_tokens", "output_tokens", "samples", "input_tokens_sd",
        "output_tokens_sd", "reasoning_tokens", "cached_tokens", "dataset_items", "source", "checked");
    Obj measured = o.object("measured");
    return new ProfileDto(o.text("model"), o.text("setting"), o.text("benchmark"),
        measured == null ? null : measured(measured), o.decimal("input_tokens"), o.decimal("output_tokens"),
        o.whole("samples"), o.decimal("input_tokens_sd"), o.decimal("output_tokens_sd"), o.decimal("reasoning_tokens"),
        o.decimal("cached_tokens"), o.whole("dataset_items"), o.text("source"), o.text("checked"));
  }

  static MeasuredDto measured(Obj o) {
    o.only("samples", "input_tokens", "output_tokens");
    return new MeasuredDto(o.whole("samples"), o.whole("input_tokens"), o.whole("output_tokens"));
  }

  static PriorDto prior(Obj o) {
    o.only("class", "output_tokens", "default_output_tokens", "derivation", "level_sigma", "shape_sigma",
        "sigma_derivation", "source", "checked");
    return new PriorDto(o.text("class"), o.decimals("output_tokens"), o.decimal("default_output_tokens"),
        o.textMap("derivation"), o.decimal("level_sigma"), o.decimals("shape_sigma"), o.text("sigma_derivation"),
        o.text("source"), o.text("checked"));
  }

  static PublishedDto published(Obj o) {
    o.only("id", "model", "setting", "suite", "cost_usd", "prices_as_of", "calibrate", "notes", "source", "checked");
    return new PublishedDto(o.text("id"), o.text("model"), o.text("setting"), o.text("suite"), o.decimal("cost_usd"),
        o.text("prices_as_of"), o.bool("calibrate"), o.text("notes"), o.text("source"), o.text("checked"));
  }
}
