package org.evalcost.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Prior;
import org.evalcost.stats.Trend;

/** A record of priors.json: a class's output (and, where fitted, input) tokens per benchmark, their spreads, and how each was derived. */
public final class PriorCodec extends Codec<Prior> {
  private static final String[] FIELDS = {"class", "output_tokens", "default_output_tokens", "derivation",
      "level_sigma", "shape_sigma", "sigma_derivation", "family_level", "release_trend", "input_tokens", "input_derivation", "input_release_trend", "source", "checked"};
  private static final String[] TREND_FIELDS = {"per_year", "center", "first", "last", "sd_years"};

  public PriorCodec() {
    super("priors", "prior");
  }

  @Override
  public String key(Prior value) {
    return value.priorClass();
  }

  @Override
  public Prior read(FieldReader in) {
    String cls = null;
    Map<String, BigDecimal> output = null;
    BigDecimal dflt = null;
    Map<String, String> derivation = null;
    BigDecimal level = null;
    Map<String, BigDecimal> shape = null;
    String sigmaDerivation = null;
    SourceFields sourced = new SourceFields();
    Map<String, BigDecimal> family = null;
    Map<String, BigDecimal> input = null;
    String inputDerivation = null;
    Trend trend = null;
    Map<String, Trend> inputTrends = null;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "class" -> in.names(kind(), cls = in.text());
        case "output_tokens" -> output = in.decimalMap();
        case "default_output_tokens" -> dflt = in.decimal();
        case "derivation" -> derivation = in.textMap();
        case "level_sigma" -> level = in.decimal();
        case "shape_sigma" -> shape = in.decimalMap();
        case "sigma_derivation" -> sigmaDerivation = in.text();
        case "family_level" -> family = in.decimalMap();
        case "release_trend" -> trend = trend(in.object());
        case "input_tokens" -> input = in.decimalMap();
        case "input_derivation" -> inputDerivation = in.text();
        case "input_release_trend" -> inputTrends = trends(in.object());
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    Map<String, BigDecimal> o = in.required("output_tokens", output);
    return new Prior(cls, o, dflt, level == null ? BigDecimal.ZERO : level, shape, sourced.source(),
        derivation, sigmaDerivation, family, input, inputDerivation, trend, inputTrends);
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
    BigDecimal perYear = null;
    BigDecimal sdYears = null;
    String center = null;
    String first = null;
    String last = null;
    for (String field = o.next(); field != null; field = o.next()) {
      switch (field) {
        case "per_year" -> perYear = o.decimal();
        case "center" -> center = o.text();
        case "first" -> first = o.text();
        case "last" -> last = o.text();
        case "sd_years" -> sdYears = o.decimal();
        default -> throw o.unknown(TREND_FIELDS);
      }
    }
    try {
      LocalDate about = Values.date("center", o.required("center", center));
      LocalDate from = Values.date("first", o.required("first", first));
      LocalDate to = Values.date("last", o.required("last", last));
      if (from.isAfter(about) || about.isAfter(to)) {
        throw new InvalidValueException("center", "must lie between first and last");
      }
      if (o.required("sd_years", sdYears).signum() < 0) {
        throw new InvalidValueException("sd_years", "must not be negative (was " + sdYears.toPlainString() + ")");
      }
      return new Trend(o.required("per_year", perYear), about, from, to, sdYears);
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
