package org.evalcost.catalog;

import java.math.BigDecimal;
import org.evalcost.engine.Benchmark;

/** A record of benchmarks.json (and of a --benchmark-file, and of what `evalcost tokens` writes). */
public final class BenchmarkCodec extends Codec<Benchmark> {
  private static final String[] FIELDS = {"id", "name", "items", "items_note", "input_tokens", "input_tokens_sd",
      "input_tokens_model_sigma", "cached_input_share", "cached_input_cost_sigma", "cached_input_share_derivation", "scoring", "grader", "grader_input_tokens",
      "grader_output_tokens", "grader_derivation",
      "output_cv", "input_tokens_derivation", "source", "checked"};

  public BenchmarkCodec() {
    super("benchmarks", "benchmark");
  }

  @Override
  public String key(Benchmark value) {
    return value.id();
  }

  @Override
  public Benchmark read(FieldReader in) {
    String id = null;
    String name = null;
    Long items = null;
    String itemsNote = null;
    BigDecimal input = null;
    BigDecimal inputSd = null;
    BigDecimal modelSigma = null;
    BigDecimal cacheShare = null;
    BigDecimal cacheSigma = null;
    String cacheDerivation = null;
    String scoring = null;
    String grader = null;
    BigDecimal graderInput = null;
    BigDecimal graderOutput = null;
    String graderDerivation = null;
    BigDecimal outputCv = null;
    String derivation = null;
    SourceFields sourced = new SourceFields();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "name" -> name = in.text();
        case "items" -> items = in.longValue();
        case "items_note" -> itemsNote = in.text();
        case "input_tokens" -> input = in.decimal();
        case "input_tokens_sd" -> inputSd = in.decimal();
        case "input_tokens_model_sigma" -> modelSigma = in.decimal();
        case "cached_input_share" -> cacheShare = in.decimal();
        case "cached_input_cost_sigma" -> cacheSigma = in.decimal();
        case "cached_input_share_derivation" -> cacheDerivation = in.text();
        case "scoring" -> scoring = in.text();
        case "grader" -> grader = in.text();
        case "grader_input_tokens" -> graderInput = in.decimal();
        case "grader_output_tokens" -> graderOutput = in.decimal();
        case "grader_derivation" -> graderDerivation = in.text();
        case "output_cv" -> outputCv = in.decimal();
        case "input_tokens_derivation" -> derivation = in.text();
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    long n = in.required("items", items);
    if (grader == null && (graderInput != null || graderOutput != null)) {
      throw in.error(graderInput != null ? "grader_input_tokens" : "grader_output_tokens",
          "needs a grader: the model that grades the benchmark");
    }
    Benchmark.Grader g = grader == null ? null : new Benchmark.Grader(grader, graderInput, graderOutput,
        graderDerivation);
    return new Benchmark(id, name, n, input, outputCv, sourced.source(), inputSd, itemsNote,
        derivation, modelSigma, cacheShare, cacheDerivation, scoring, g, cacheSigma);
  }

  @Override
  public void write(FieldWriter out, Benchmark b) {
    out.text("id", b.id()).text("name", b.name()).whole("items", b.items()).text("items_note", b.itemsNote())
        .decimal("input_tokens", b.inputTokens()).decimal("input_tokens_sd", b.inputSd())
        .decimal("input_tokens_model_sigma", b.inputModelSigma());
    if (b.outputCv().compareTo(Benchmark.DEFAULT_OUTPUT_CV) != 0) {
      out.decimal("output_cv", b.outputCv());
    }
    out.text("scoring", b.scoring()).text("input_tokens_derivation", b.inputDerivation());
    if (b.grader() != null) {
      out.text("grader", b.grader().model()).decimal("grader_input_tokens", b.grader().inputTokens())
          .decimal("grader_output_tokens", b.grader().outputTokens()).text("grader_derivation", b.grader().derivation());
    }
    out.decimal("cached_input_share", b.cachedInputShare()).decimal("cached_input_cost_sigma", b.cachedInputCostSigma())
        .text("cached_input_share_derivation", b.cacheDerivation());
    Values.write(out, b.source());
  }
}
