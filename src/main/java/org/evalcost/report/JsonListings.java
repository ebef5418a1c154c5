package org.evalcost.report;

import static org.evalcost.report.JsonFields.document;
import static org.evalcost.report.JsonFields.price;
import static org.evalcost.report.JsonFields.strings;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Suite;

/** The JSON of the listings: models, benchmarks and suites. */
final class JsonListings implements Listings {

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    return document("models", g -> {
      g.writeStringField("pricesAsOf", asOf.toString());
      g.writeArrayFieldStart("models");
      for (Model m : models) {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("provider", m.provider());
        strings(g, "aliases", m.aliases());
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
