package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.BOOL;
import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Model;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Rates;

/** A record of published.json: what someone reported paying to run a suite on a model's setting. */
public final class PublishedCodec extends Codec<PublishedCost> {
  private static final RecordSchema FIELDS = new RecordSchema().key("id")
      .with(TEXT, "model", "setting", "suite", "prices_as_of", "notes").with(BOOL, "calibrate", "cache")
      .with(DECIMAL, "cost_usd", "input_per_1m", "cached_input_per_1m", "output_per_1m").sourced();

  private final Map<String, Model> models;
  private final Set<String> suites;

  public PublishedCodec(Map<String, Model> models, Set<String> suites) {
    super("published", "published cost", FIELDS);
    this.models = models;
    this.suites = suites;
  }

  @Override
  protected PublishedCost build(FieldReader in, FieldValues v) {
    Model m = models.get(v.text("model"));
    if (m == null) {
      throw in.error("model", "unknown model '" + v.text("model") + "'");
    }
    String s = v.text("setting") == null ? m.defaultSetting() : v.text("setting");
    if (m.setting(s).isEmpty()) {
      throw in.error("setting", "model '" + m.id() + "' has no setting '" + s + "'");
    }
    String suite = v.text("suite");
    if (!suites.contains(suite)) {
      throw in.error("suite", "unknown suite '" + suite + "'");
    }
    BigDecimal input = v.decimal("input_per_1m");
    BigDecimal output = v.decimal("output_per_1m");
    BigDecimal cachedInput = v.decimal("cached_input_per_1m");
    if ((input == null) != (output == null)) {
      throw in.error(input == null ? "input_per_1m" : "output_per_1m",
          "is missing: the publisher's rates need both input_per_1m and output_per_1m");
    }
    if (cachedInput != null && input == null) {
      throw in.error("cached_input_per_1m", "needs input_per_1m and output_per_1m beside it");
    }
    return new PublishedCost(v.text("id"), m.id(), s, suite, v.decimal("cost_usd"),
        Values.date("prices_as_of", v.text("prices_as_of")), v.bool("calibrate"), v.source(), v.text("notes"),
        input == null ? null : new Rates(input, cachedInput, null, output), v.bool("cache"));
  }

  @Override
  public void write(FieldWriter out, PublishedCost p) {
    out.text("id", p.id()).text("model", p.model()).text("setting", p.setting()).text("suite", p.suite())
        .decimal("cost_usd", p.costUsd()).text("prices_as_of", p.pricesAsOf().toString());
    if (p.calibrate()) {
      out.bool("calibrate", true);
    }
    if (p.rates() != null) {
      out.decimal("input_per_1m", p.rates().input()).decimal("cached_input_per_1m", p.rates().cachedInput())
          .decimal("output_per_1m", p.rates().output());
    }
    if (p.cache()) {
      out.bool("cache", true);
    }
    out.text("notes", p.notes());
    Values.write(out, p.source());
  }
}
