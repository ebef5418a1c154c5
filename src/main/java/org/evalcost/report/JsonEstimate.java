package org.evalcost.report;

import static org.evalcost.report.JsonFields.calibration;
import static org.evalcost.report.JsonFields.money;
import static org.evalcost.report.JsonFields.price;
import static org.evalcost.report.JsonFields.strings;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Rounding;
import org.evalcost.engine.Totals;

/** An estimate's fields in JSON: its model, prices, billing, lines, totals and range. */
final class JsonEstimate {
  private JsonEstimate() {}

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
        strings(g, "benchmarks", e.ownLevel().get().benchmarks());
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
        g.writeNumberField("daysBeforeAsOf", PriceAge.days(e));
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
      strings(g, "warnings", e.warnings());
    }
  }
}
