package org.evalcost.report;

import static org.evalcost.report.JsonFields.document;
import static org.evalcost.report.JsonFields.estimateFields;
import static org.evalcost.report.JsonFields.money;
import static org.evalcost.report.JsonFields.percent;
import static org.evalcost.report.JsonFields.rates;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Plan;
import org.evalcost.engine.Comparison;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Model;
import org.evalcost.engine.Suite;

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

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    return JsonListings.models(models, asOf);
  }

  @Override
  public String benchmarks(List<Benchmark> benchmarks) {
    return JsonListings.benchmarks(benchmarks);
  }

  @Override
  public String suites(List<Suite> suites, String defaultSuite) {
    return JsonListings.suites(suites, defaultSuite);
  }
}
