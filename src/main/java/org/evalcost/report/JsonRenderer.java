package org.evalcost.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Calibration;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Rounding;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Suite;
import org.evalcost.engine.Tier;
import org.evalcost.engine.Totals;

/**
 * JSON documents with a {@code schemaVersion}; money as JSON numbers rounded to the cent, tokens
 * as whole numbers, rates exactly as in the data. Field order is fixed, indentation two spaces.
 */
final class JsonRenderer implements Renderer {
  /** Bumped when a field is renamed or removed; adding one is not a new version. */
  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String document(String kind, Body body) {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("kind", kind);
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** A --max-cost gate's verdict, written as "gate" into estimates and comparisons; null without one. */
  private final org.evalcost.engine.Budget.Verdict gate;

  JsonRenderer() {
    this(null);
  }

  JsonRenderer(org.evalcost.engine.Budget.Verdict gate) {
    this.gate = gate;
  }

  @Override
  public String estimate(Estimate e) {
    return document("estimate", g -> {
      estimateFields(g, e);
      gate(g);
    });
  }

  /** {"maxCostUsd", "on": "point"|"high", "passed", "over": [...], "unchecked": [...]}; passed is null when unchecked. */
  private void gate(JsonGenerator g) throws IOException {
    if (gate == null) {
      return;
    }
    g.writeObjectFieldStart("gate");
    money(g, "maxCostUsd", gate.maxUsd());
    g.writeStringField("on", gate.on().name().toLowerCase(java.util.Locale.ROOT));
    g.writeFieldName("passed");
    if (!gate.over().isEmpty()) {
      g.writeBoolean(false);
    } else if (!gate.unchecked().isEmpty()) {
      g.writeNull();
    } else {
      g.writeBoolean(true);
    }
    g.writeArrayFieldStart("over");
    for (String m : gate.over()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unchecked");
    for (String m : gate.unchecked()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  @Override
  public String compare(Comparison c) {
    return document("compare", g -> {
      g.writeFieldName("cheapest");
      if (c.cheapest().isPresent()) {
        g.writeString(c.cheapest().get().model().model().id());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("models");
      for (Estimate e : c.estimates()) {
        g.writeStartObject();
        estimateFields(g, e);
        g.writeFieldName("ratioToCheapest");
        if (c.ratioToCheapest(e).isPresent()) {
          g.writeNumber(c.ratioToCheapest(e).get().setScale(4, java.math.RoundingMode.HALF_UP));
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      gate(g);
    });
  }

  @Override
  public String diff(CostDiff d) {
    return document("diff", g -> {
      g.writeStringField("suite", d.suite());
      g.writeStringField("base", d.baseLabel());
      g.writeStringField("current", d.currentLabel());
      g.writeArrayFieldStart("models");
      for (CostDiff.ModelChange m : d.models()) {
        Estimate any = m.current().or(() -> m.base()).orElseThrow();
        g.writeStartObject();
        g.writeStringField("model", m.model());
        g.writeStringField("setting", any.model().setting().name());
        g.writeStringField("status", m.status().label());
        money(g, "baseCostUsd", m.baseCost().orElse(null));
        money(g, "costUsd", m.currentCost().orElse(null));
        money(g, "changeUsd", m.change().orElse(null));
        g.writeArrayFieldStart("rows");
        for (CostDiff.BenchmarkChange b : m.benchmarks()) {
          g.writeStartObject();
          g.writeStringField("benchmark", b.benchmark());
          money(g, "baseCostUsd", b.base().orElse(null));
          money(g, "costUsd", b.current().orElse(null));
          money(g, "changeUsd", b.change().orElse(null));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  @Override
  public String backtest(Backtest.Result r) {
    return document("backtest", g -> {
      g.writeNumberField("interval", r.interval());
      g.writeArrayFieldStart("rows");
      for (Backtest.Row row : r.rows()) {
        g.writeStartObject();
        g.writeStringField("publishedId", row.published().id());
        g.writeStringField("model", row.published().model());
        g.writeStringField("setting", row.published().setting());
        g.writeStringField("suite", row.published().suite());
        g.writeStringField("pricesAsOf", row.published().pricesAsOf().toString());
        money(g, "publishedUsd", row.published().costUsd());
        money(g, "estimateUsd", row.estimated());
        var range = row.estimate().totals().range();
        money(g, "estimateUsdLow", range == null ? null : range.low());
        money(g, "estimateUsdHigh", range == null ? null : range.high());
        percent(g, "errorPct", row.error());
        g.writeBooleanField("inside", row.inside());
        g.writeStringField("priorClass", row.priorClass());
        g.writeObjectFieldStart("unseen");
        money(g, "estimateUsd", row.unseen().totals().costUsd());
        var unseen = row.unseen().totals().range();
        money(g, "estimateUsdLow", unseen == null ? null : unseen.low());
        money(g, "estimateUsdHigh", unseen == null ? null : unseen.high());
        percent(g, "errorPct", row.unseenError());
        g.writeBooleanField("inside", row.unseenInside());
        g.writeEndObject();
        g.writeStringField("source", row.published().source().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("count", r.rows().size());
      percent(g, "medianAbsoluteErrorPct", r.medianAbsoluteError());
      g.writeNumberField("inside", r.inside());
      g.writeArrayFieldStart("unseen");
      for (Backtest.Summary s : r.unseenByClass()) {
        g.writeStartObject();
        g.writeStringField("priorClass", s.group());
        g.writeNumberField("count", s.count());
        percent(g, "medianAbsoluteErrorPct", s.medianAbsoluteError());
        g.writeNumberField("inside", s.inside());
        g.writeNumberField("medianHighOverLow", s.medianSharpness().setScale(2, java.math.RoundingMode.HALF_UP));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  @Override
  public String plan(Plan plan) {
    return document("plan", g -> {
      g.writeObjectFieldStart("model");
      g.writeStringField("id", plan.estimate().model().model().id());
      g.writeStringField("setting", plan.estimate().model().setting().name());
      g.writeEndObject();
      g.writeStringField("suite", plan.estimate().suite().id());
      g.writeStringField("pricesAsOf", plan.estimate().asOf().toString());
      money(g, "budgetUsd", plan.budget());
      g.writeFieldName("targetHalfWidth");
      if (plan.target() == null) {
        g.writeNull();
      } else {
        g.writeNumber(plan.target());
      }
      g.writeNumberField("accuracy", plan.accuracy());
      g.writeStringField("rule", plan.rule());
      g.writeArrayFieldStart("rows");
      for (Plan.Line line : plan.lines()) {
        g.writeStartObject();
        g.writeStringField("benchmark", line.benchmark().id());
        g.writeNumberField("items", line.items());
        g.writeNumberField("itemsAvailable", line.benchmark().items());
        g.writeNumberField("repeats", line.repeats());
        money(g, "costUsd", line.cost());
        g.writeFieldName("halfWidth");
        if (line.halfWidth() == null) {
          g.writeNull();
        } else {
          g.writeNumber(line.halfWidth());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("total");
      money(g, "costUsd", plan.cost());
      g.writeFieldName("suiteHalfWidth");
      if (plan.suiteHalfWidth() == null) {
        g.writeNull();
      } else {
        g.writeNumber(plan.suiteHalfWidth());
      }
      g.writeEndObject();
    });
  }

  /** The fields of one estimate, inside an object the caller opened. */
  private static void estimateFields(JsonGenerator g, Estimate e) throws IOException {
    {
      g.writeObjectFieldStart("model");
      g.writeStringField("id", e.model().model().id());
      g.writeStringField("provider", e.model().model().provider());
      g.writeStringField("setting", e.model().setting().name());
      g.writeStringField("priorClass", e.model().setting().priorClass());
      g.writeStringField("classEvidence", e.model().model().classEvidence() == null
          ? "curated record (data/models.json)" : e.model().model().classEvidence());
      g.writeBooleanField("classGuessed", e.model().model().classGuessed());
      g.writeEndObject();
      g.writeObjectFieldStart("suite");
      g.writeStringField("id", e.suite().id());
      g.writeStringField("name", e.suite().name());
      g.writeEndObject();
      g.writeStringField("pricesAsOf", e.asOf().toString());
      g.writeNumberField("interval", e.interval());
      g.writeObjectFieldStart("billing");
      g.writeBooleanField("batch", e.pricing().batch());
      g.writeNumberField("cacheHitRate", e.pricing().cacheHitRate());
      g.writeBooleanField("benchmarkCache", e.pricing().benchmarkCache());
      g.writeEndObject();
      g.writeFieldName("prices");
      if (e.price().isPresent()) {
        price(g, e.price().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("priceData");
      if (e.price().isPresent()) {
        g.writeStartObject();
        g.writeStringField("source", e.price().get().source().text());
        g.writeStringField("checked", e.price().get().source().checked().toString());
        g.writeNumberField("daysBeforeAsOf", Explanation.priceAge(e));
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      g.writeFieldName("calibration");
      if (e.calibration().isPresent()) {
        calibration(g, e.calibration().get());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("rows");
      for (Line line : e.lines()) {
        g.writeStartObject();
        g.writeStringField("benchmark", line.benchmark().id());
        g.writeNumberField("items", line.benchmark().items());
        g.writeNumberField("repeats", line.repeats());
        g.writeNumberField("inputTokens", Rounding.tokens(line.inputTokens()));
        g.writeNumberField("outputTokens", Rounding.tokens(line.outputTokens()));
        money(g, "costUsd", line.priced() ? line.cost() : null);
        money(g, "costUsdLow", line.range() == null ? null : line.range().low());
        money(g, "costUsdHigh", line.range() == null ? null : line.range().high());
        g.writeStringField("basis", line.basis().label());
        g.writeStringField("source", line.tokenSource().toString());
        if (line.priceNote() != null) {
          g.writeStringField("priceNote", line.priceNote());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      Totals t = e.totals();
      g.writeObjectFieldStart("total");
      g.writeNumberField("inputTokens", t.inputTokens());
      g.writeNumberField("outputTokens", t.outputTokens());
      // A total with an unpriced line is unknown: null, so a script that sums totals cannot take it for 0.
      money(g, "costUsd", t.complete() ? t.costUsd() : null);
      money(g, "costUsdOfPricedRows", t.costUsd());
      money(g, "costUsdLow", t.range() == null ? null : t.range().low());
      money(g, "costUsdHigh", t.range() == null ? null : t.range().high());
      g.writeBooleanField("complete", t.complete());
      g.writeEndObject();
      g.writeArrayFieldStart("warnings");
      for (String warning : Explanation.warnings(e)) {
        g.writeString(warning);
      }
      g.writeEndArray();
    }
  }

  /** A share as a percentage to one place, the number the table shows ("errorPct": 12.3). */
  private static void percent(JsonGenerator g, String field, BigDecimal share) throws IOException {
    g.writeNumberField(field, new BigDecimal(org.evalcost.engine.Percent.of(share, BigDecimal.ONE)));
  }

  private static void money(JsonGenerator g, String field, BigDecimal usd) throws IOException {
    if (usd == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Rounding.cents(usd));
    }
  }

  private static void calibration(JsonGenerator g, Calibration c) throws IOException {
    g.writeStartObject();
    g.writeStringField("publishedId", c.published().id());
    g.writeStringField("suite", c.published().suite());
    money(g, "publishedCostUsd", c.published().costUsd());
    g.writeStringField("pricesAsOf", c.published().pricesAsOf().toString());
    g.writeBooleanField("fitted", c.fitted());
    if (c.fitted()) {
      g.writeNumberField("factor", c.factor());
    } else {
      g.writeStringField("problem", c.problem());
    }
    g.writeStringField("source", c.published().source().toString());
    g.writeEndObject();
  }

  private static void price(JsonGenerator g, PricePeriod p) throws IOException {
    g.writeStartObject();
    g.writeStringField("effectiveFrom", p.effectiveFrom().toString());
    g.writeFieldName("perMillionTokens");
    rates(g, p.rates());
    g.writeFieldName("batchPerMillionTokens");
    if (p.batch() == null) {
      g.writeNull();
    } else {
      rates(g, p.batch());
    }
    g.writeArrayFieldStart("tiers");
    for (Tier tier : p.tiers()) {
      g.writeStartObject();
      g.writeNumberField("aboveInputTokens", tier.aboveInputTokens());
      g.writeFieldName("perMillionTokens");
      rates(g, tier.rates());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("source", p.source().text());
    g.writeStringField("checked", p.source().checked().toString());
    g.writeEndObject();
  }

  private static void rates(JsonGenerator g, Rates r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("input", r.input());
    optional(g, "cachedInput", r.cachedInput());
    optional(g, "cacheWrite", r.cacheWrite());
    g.writeNumberField("output", r.output());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    return document("models", g -> {
      g.writeStringField("pricesAsOf", asOf.toString());
      g.writeArrayFieldStart("models");
      for (Model m : models) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("provider", m.provider());
        g.writeArrayFieldStart("aliases");
        for (String alias : m.aliases()) {
          g.writeString(alias);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("settings");
        for (Setting s : m.settings()) {
          g.writeStartObject();
          g.writeStringField("name", s.name());
          g.writeStringField("priorClass", s.priorClass());
          g.writeBooleanField("default", s.name().equals(m.defaultSetting()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("prices");
        PricePeriod p = m.priceOn(asOf).orElse(null);
        if (p == null) {
          g.writeNull();
        } else {
          price(g, p);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    return document("benchmarks", g -> {
      g.writeArrayFieldStart("benchmarks");
      for (Benchmark b : benchmarks) {
        g.writeStartObject();
        g.writeStringField("id", b.id());
        g.writeStringField("name", b.name());
        g.writeNumberField("items", b.items());
        g.writeNumberField("inputTokensPerItem", b.inputTokens());
        g.writeStringField("source", b.source().text());
        g.writeStringField("checked", b.source().checked().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    return document("suites", g -> {
      g.writeStringField("defaultSuite", defaultSuite);
      g.writeArrayFieldStart("suites");
      for (Suite s : suites) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeArrayFieldStart("benchmarks");
        for (Suite.Entry entry : s.entries()) {
          g.writeStartObject();
          g.writeStringField("benchmark", entry.benchmark());
          g.writeNumberField("repeats", entry.repeats());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("source", s.source().text());
        g.writeStringField("checked", s.source().checked().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
