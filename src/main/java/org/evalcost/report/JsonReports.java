package org.evalcost.report;

import static org.evalcost.report.JsonFields.document;
import static org.evalcost.report.JsonFields.money;
import static org.evalcost.report.JsonFields.optional;
import static org.evalcost.report.JsonFields.percent;
import org.evalcost.engine.Backtest;
import org.evalcost.engine.CostDiff;
import org.evalcost.engine.Estimate;
import org.evalcost.engine.Line;
import org.evalcost.engine.Plan;

/** The JSON of the reports beside estimates: a diff, a back-test and a plan. */
final class JsonReports implements Reports {
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
      optional(g, "targetHalfWidth", plan.target());
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
        optional(g, "halfWidth", line.halfWidth());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("total");
      money(g, "costUsd", plan.cost());
      optional(g, "suiteHalfWidth", plan.suiteHalfWidth());
      g.writeEndObject();
    });
  }
}
