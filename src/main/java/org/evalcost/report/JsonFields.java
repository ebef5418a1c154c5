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
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Rounding;
import org.evalcost.engine.Tier;

/**
 * The pieces of evalcost's JSON documents that several of them write: the document itself, money,
 * prices and rates.
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

  /** An array of strings, in the order given. */
  static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A number, or null when there is none. */
  static void optional(JsonGenerator g, String field, BigDecimal value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }
}
