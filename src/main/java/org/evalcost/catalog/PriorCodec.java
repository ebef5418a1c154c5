package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL_MAP;
import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT_MAP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Prior;
import org.evalcost.stats.Trend;

/** A record of priors.json: a class's output (and, where fitted, input) tokens per benchmark, their spreads, and how each was derived. */
public final class PriorCodec extends Codec<Prior> {
  private static final RecordSchema FIELDS = new RecordSchema().key("class")
      .with(DECIMAL_MAP, "output_tokens", "shape_sigma", "family_level", "input_tokens").with(TEXT_MAP, "derivation")
      .with(DECIMAL, "default_output_tokens", "level_sigma").with(TEXT, "sigma_derivation", "input_derivation")
      .with(NESTED, "release_trend", "input_release_trend").sourced();
  private static final RecordSchema TREND_FIELDS = new RecordSchema().with(DECIMAL, "per_year", "sd_years")
      .with(TEXT, "center", "first", "last");

  public PriorCodec() {
    super("priors", "prior", FIELDS);
  }

  @Override
  protected Prior build(FieldReader in, FieldValues v) {
    Map<String, BigDecimal> o = in.required("output_tokens", v.decimalMap("output_tokens"));
    BigDecimal level = v.decimal("level_sigma");
    return new Prior(v.text("class"), o, v.decimal("default_output_tokens"), level == null ? BigDecimal.ZERO : level,
        v.decimalMap("shape_sigma"), v.source(), v.textMap("derivation"), v.text("sigma_derivation"),
        v.decimalMap("family_level"), v.decimalMap("input_tokens"), v.text("input_derivation"),
        v.nested("release_trend"), v.nested("input_release_trend"));
  }

  /** A class's release trend, or its input's trends by benchmark. */
  @Override
  public Object nested(String field, FieldReader in) {
    return field.equals("release_trend") ? trend(in.object()) : trends(in.object());
  }

  private static void writeTrend(FieldWriter out, String field, Trend t) {
    if (t != null) {
      out.object(field, o -> o.decimal("per_year", t.perYear()).text("center", t.center().toString())
          .text("first", t.first().toString()).text("last", t.last().toString()).decimal("sd_years", t.sdYears()));
    }
  }

  /** Release trends by benchmark. */
  private static Map<String, Trend> trends(FieldReader o) {
    if (o == null) {
      return null;
    }
    Map<String, Trend> out = new java.util.LinkedHashMap<>();
    for (String benchmark = o.next(); benchmark != null; benchmark = o.next()) {
      out.put(benchmark, trend(o.object()));
    }
    return out;
  }

  /** A release trend: its rate per year, the days it was fitted between and about, their spread in years. */
  private static Trend trend(FieldReader o) {
    if (o == null) {
      return null;
    }
    FieldValues v = TREND_FIELDS.read(o);
    BigDecimal sdYears = v.decimal("sd_years");
    try {
      LocalDate about = Values.date("center", o.required("center", v.text("center")));
      LocalDate from = Values.date("first", o.required("first", v.text("first")));
      LocalDate to = Values.date("last", o.required("last", v.text("last")));
      if (from.isAfter(about) || about.isAfter(to)) {
        throw new InvalidValueException("center", "must lie between first and last");
      }
      if (o.required("sd_years", sdYears).signum() < 0) {
        throw new InvalidValueException("sd_years", "must not be negative (was " + sdYears.toPlainString() + ")");
      }
      return new Trend(o.required("per_year", v.decimal("per_year")), about, from, to, sdYears);
    } catch (InvalidValueException e) {
      throw o.refused(e);
    }
  }

  @Override
  public void write(FieldWriter out, Prior p) {
    out.text("class", p.priorClass()).decimalMap("output_tokens", p.outputTokens())
        .textMap("derivation", p.derivation()).decimal("default_output_tokens", p.defaultOutputTokens())
        .decimal("level_sigma", p.levelSigma());
    if (!p.shapeSigma().isEmpty()) {
      out.decimalMap("shape_sigma", p.shapeSigma());
    }
    out.text("sigma_derivation", p.sigmaDerivation());
    if (!p.familyLevel().isEmpty()) {
      out.decimalMap("family_level", p.familyLevel());
    }
    writeTrend(out, "release_trend", p.releaseTrend());
    if (!p.inputTokens().isEmpty()) {
      out.decimalMap("input_tokens", p.inputTokens());
    }
    out.text("input_derivation", p.inputDerivation());
    if (!p.inputTrends().isEmpty()) {
      out.object("input_release_trend", o -> p.inputTrends().forEach((b, t) -> writeTrend(o, b, t)));
    }
    Values.write(out, p.source());
  }
}
