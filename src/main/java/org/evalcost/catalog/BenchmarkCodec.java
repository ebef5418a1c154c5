package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import java.math.BigDecimal;
import org.evalcost.engine.Benchmark;

/** A record of benchmarks.json (and of a --benchmark-file, and of what `evalcost tokens` writes). */
public final class BenchmarkCodec extends Codec<Benchmark> {
  private static final RecordSchema FIELDS = new RecordSchema().key("id").with(TEXT, "name").with(WHOLE, "items")
      .with(TEXT, "items_note", "cached_input_share_derivation", "scoring", "grader", "grader_derivation", "input_tokens_derivation")
      .with(DECIMAL, "input_tokens", "input_tokens_sd", "input_tokens_model_sigma", "cached_input_share", "cached_input_cost_sigma",
          "grader_input_tokens", "grader_output_tokens", "output_cv")
      .sourced();

  public BenchmarkCodec() {
    super("benchmarks", "benchmark", FIELDS);
  }

  @Override
  protected Benchmark build(FieldReader in, FieldValues v) {
    long n = in.required("items", v.whole("items"));
    String grader = v.text("grader");
    BigDecimal graderInput = v.decimal("grader_input_tokens");
    BigDecimal graderOutput = v.decimal("grader_output_tokens");
    if (grader == null && (graderInput != null || graderOutput != null)) {
      throw in.error(graderInput != null ? "grader_input_tokens" : "grader_output_tokens",
          "needs a grader: the model that grades the benchmark");
    }
    Benchmark.Grader g = grader == null ? null
        : new Benchmark.Grader(grader, graderInput, graderOutput, v.text("grader_derivation"));
    return new Benchmark(v.text("id"), v.text("name"), n, v.decimal("input_tokens"), v.decimal("output_cv"), v.source(),
        v.decimal("input_tokens_sd"), v.text("items_note"), v.text("input_tokens_derivation"),
        v.decimal("input_tokens_model_sigma"), v.decimal("cached_input_share"), v.text("cached_input_share_derivation"),
        v.text("scoring"), g, v.decimal("cached_input_cost_sigma"));
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
