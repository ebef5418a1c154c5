package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Model;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Rates;

/** A record of published.json: what someone reported paying to run a suite on a model's setting. */
public final class PublishedCodec extends Codec<PublishedCost> {
  private static final String[] FIELDS = {"id", "model", "setting", "suite", "cost_usd", "prices_as_of",
      "calibrate", "input_per_1m", "cached_input_per_1m", "output_per_1m", "cache", "notes", "source", "checked"};

  private final Map<String, Model> models;
  private final Set<String> suites;

  public PublishedCodec(Map<String, Model> models, Set<String> suites) {
    super("published", "published cost");
    this.models = models;
    this.suites = suites;
  }

  @Override
  public String key(PublishedCost value) {
    return value.id();
  }

  @Override
  public PublishedCost read(FieldReader in) {
    String id = null;
    String model = null;
    String setting = null;
    String suite = null;
    BigDecimal cost = null;
    String asOf = null;
    Boolean calibrate = null;
    String notes = null;
    SourceFields sourced = new SourceFields();
    BigDecimal input = null;
    BigDecimal output = null;
    BigDecimal cachedInput = null;
    Boolean cache = null;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "model" -> model = in.text();
        case "setting" -> setting = in.text();
        case "suite" -> suite = in.text();
        case "cost_usd" -> cost = in.decimal();
        case "prices_as_of" -> asOf = in.text();
        case "calibrate" -> calibrate = in.bool();
        case "input_per_1m" -> input = in.decimal();
        case "output_per_1m" -> output = in.decimal();
        case "cached_input_per_1m" -> cachedInput = in.decimal();
        case "cache" -> cache = in.bool();
        case "notes" -> notes = in.text();
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    Model m = models.get(model);
    if (m == null) {
      throw in.error("model", "unknown model '" + model + "'");
    }
    String s = setting == null ? m.defaultSetting() : setting;
    if (m.setting(s).isEmpty()) {
      throw in.error("setting", "model '" + m.id() + "' has no setting '" + s + "'");
    }
    if (!suites.contains(suite)) {
      throw in.error("suite", "unknown suite '" + suite + "'");
    }
    if ((input == null) != (output == null)) {
      throw in.error(input == null ? "input_per_1m" : "output_per_1m",
          "is missing: the publisher's rates need both input_per_1m and output_per_1m");
    }
    if (cachedInput != null && input == null) {
      throw in.error("cached_input_per_1m", "needs input_per_1m and output_per_1m beside it");
    }
    return new PublishedCost(id, m.id(), s, suite, cost, Values.date("prices_as_of", asOf),
        Boolean.TRUE.equals(calibrate), sourced.source(), notes,
        input == null ? null : new Rates(input, cachedInput, null, output), Boolean.TRUE.equals(cache));
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
