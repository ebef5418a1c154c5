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
import org.evalcost.engine.Calibration;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Rounding;
import org.evalcost.engine.Tier;
import org.evalcost.engine.Totals;

/**
 * The pieces of evalcost's JSON documents that several of them write: the document itself, an
 * estimate's fields, money, prices and rates.
 */
final class JsonFields {
  private JsonFields() {}

  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String document(String kind, Body body) {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = FACTORY.createGenerator(out).setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeNumberField("schemaVersion", JsonRenderer.SCHEMA_VERSION);
      g.writeStringField("kind", kind);
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** The fields of one estimate, inside an object the caller opened. */
  static void estimateFields(JsonGenerator g, Estimate e) throws IOException {
    {
      g.writeObjectFieldStart("model");
      g.writeStringField("id", e.model().model().id());
      g.writeStringField("provider", e.model().model().provider());
      g.writeStringField("setting", e.model().setting().name());
      g.writeStringField("priorClass", e.model().setting().priorClass());
      g.writeStringField("classEvidence", e.model().model().classEvidence() == null
          ? "curated record (data/models.json)" : e.model().model().classEvidence());
      g.writeBooleanField("classGuessed", e.model().model().classGuessed());
      if (e.model().model().released() == null) {
        g.writeNullField("released");
      } else {
        g.writeStringField("released", e.model().model().released().toString());
      }
      if (e.ownLevel().isEmpty()) {
        g.writeNullField("ownLevel");
      } else {
        g.writeObjectFieldStart("ownLevel");
        g.writeNumberField("level", e.ownLevel().get().level());
        g.writeNumberField("sigma", e.ownLevel().get().sigma());
        g.writeArrayFieldStart("benchmarks");
        for (String b : e.ownLevel().get().benchmarks()) {
          g.writeString(b);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
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
  static void percent(JsonGenerator g, String field, BigDecimal share) throws IOException {
    g.writeNumberField(field, new BigDecimal(org.evalcost.engine.Percent.of(share, BigDecimal.ONE)));
  }

  static void money(JsonGenerator g, String field, BigDecimal usd) throws IOException {
    if (usd == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, Rounding.cents(usd));
    }
  }

  static void calibration(JsonGenerator g, Calibration c) throws IOException {
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

  static void price(JsonGenerator g, PricePeriod p) throws IOException {
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

  static void rates(JsonGenerator g, Rates r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("input", r.input());
    optional(g, "cachedInput", r.cachedInput());
    optional(g, "cacheWrite", r.cacheWrite());
    g.writeNumberField("output", r.output());
    g.writeEndObject();
  }

  static void optional(JsonGenerator g, String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }
}
