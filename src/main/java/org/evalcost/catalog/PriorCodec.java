package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.Map;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Prior;

/** A record of priors.json: a class's output (and, where fitted, input) tokens per benchmark, their spreads, and how each was derived. */
public final class PriorCodec extends Codec<Prior> {
  private static final String[] FIELDS = {"class", "output_tokens", "default_output_tokens", "derivation",
      "level_sigma", "shape_sigma", "sigma_derivation", "family_level", "input_tokens", "input_derivation", "source", "checked"};

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
    String source = null;
    String checked = null;
    Map<String, BigDecimal> family = null;
    Map<String, BigDecimal> input = null;
    String inputDerivation = null;
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
        case "input_tokens" -> input = in.decimalMap();
        case "input_derivation" -> inputDerivation = in.text();
        case "source" -> source = in.text();
        case "checked" -> checked = in.text();
        default -> throw in.unknown(FIELDS);
      }
    }
    Map<String, BigDecimal> o = in.required("output_tokens", output);
    try {
      return new Prior(cls, o, dflt, level == null ? BigDecimal.ZERO : level, shape, Values.source(source, checked),
          derivation, sigmaDerivation, family, input, inputDerivation);
    } catch (InvalidValueException e) {
      throw in.refused(e);
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
    if (!p.inputTokens().isEmpty()) {
      out.decimalMap("input_tokens", p.inputTokens()).text("input_derivation", p.inputDerivation());
    }
    Values.write(out, p.source());
  }
}
