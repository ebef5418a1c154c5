package org.evalcost.report;

import static org.evalcost.report.JsonEstimate.estimateFields;
import static org.evalcost.report.JsonFields.document;
import static org.evalcost.report.JsonFields.money;
import static org.evalcost.report.JsonFields.rates;
import static org.evalcost.report.JsonFields.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.Estimate;

/**
 * JSON documents with a {@code schemaVersion}; money as JSON numbers rounded to the cent, tokens
 * as whole numbers, rates exactly as in the data. Field order is fixed, indentation two spaces.
 */
final class JsonRenderer implements Renderer {
  /** Bumped when a field is renamed or removed; adding one is not a new version. */
  static final int SCHEMA_VERSION = 1;

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
    strings(g, "over", gate.over());
    strings(g, "unchecked", gate.unchecked());
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
}
