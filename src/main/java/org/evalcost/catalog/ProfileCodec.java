package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.DECIMAL;
import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Model;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.evalcost.engine.UsageProfile;

/**
 * A record of profiles.json (and of what `evalcost profile` writes): tokens per item measured for
 * a model's setting on a benchmark, as per-item means or as the totals a source published
 * ({@code measured}), which are divided by their samples on reading.
 */
public final class ProfileCodec extends Codec<UsageProfile> {
  private static final RecordSchema FIELDS = new RecordSchema().with(TEXT, "model", "setting", "benchmark").with(NESTED, "measured")
      .with(DECIMAL, "input_tokens", "output_tokens").with(WHOLE, "samples")
      .with(DECIMAL, "input_tokens_sd", "output_tokens_sd", "reasoning_tokens", "cached_tokens").with(WHOLE, "dataset_items")
      .sourced();

  private final Map<String, Model> models;
  private final Map<String, Benchmark> benchmarks;
  private final BroughtBenchmarks brought;

  /**
   * Checks each profile's model, setting and benchmark against these; with {@code bringsBenchmarks}
   * (the file's name), a profile of a benchmark they lack brings it, sized by its dataset_items.
   */
  public ProfileCodec(Map<String, Model> models, Map<String, Benchmark> benchmarks, String bringsBenchmarks) {
    super("profiles", "profile", FIELDS);
    this.models = models;
    this.benchmarks = benchmarks;
    this.brought = new BroughtBenchmarks(benchmarks, bringsBenchmarks);
  }

  public static ProfileCodec writer() {
    return new ProfileCodec(Map.of(), Map.of(), null);
  }

  /** Whether model ids are checked on reading (a generated file's are checked when it is made, and by a test). */
  private boolean checkModels = true;

  /**
   * For a generated file whose profiles name generated models, which a run reads only when it
   * needs them: model ids and settings are taken as written; benchmarks are still checked.
   */
  public static ProfileCodec generated(Map<String, Benchmark> benchmarks) {
    ProfileCodec codec = new ProfileCodec(Map.of(), benchmarks, null);
    codec.checkModels = false;
    return codec;
  }

  /** The benchmarks profiles brought, in the order they came. */
  public List<Benchmark> added() {
    return brought.added();
  }

  @Override
  protected UsageProfile build(FieldReader in, FieldValues v) {
    String model = v.text("model");
    String setting = v.text("setting");
    String benchmark = v.text("benchmark");
    MeasuredTotals measured = v.nested("measured");
    BigDecimal input = v.decimal("input_tokens");
    BigDecimal output = v.decimal("output_tokens");
    Long samples = v.whole("samples");
    boolean byDefault = setting == null || setting.equals(Setting.DEFAULT);
    in.names(kind(), model + (byDefault ? "" : " (" + setting + ")") + " on " + benchmark);
    Source from = v.source();
    Model m = models.get(model);
    if (m == null && checkModels) {
      throw in.error("model", "unknown model '" + model + "' (profiles name models by id, not alias)");
    }
    String s = setting == null ? Setting.DEFAULT : setting;
    if (m != null && m.setting(s).isEmpty()) {
      throw in.error("setting", "model '" + m.id() + "' has no setting '" + s + "'");
    }
    String id = m == null ? in.required("model", model) : m.id();
    if (measured != null && samples != null) {
      throw in.error("samples", "goes with per-item means; 'measured' has its own samples");
    }
    if ((measured == null) == (output == null)) {
      throw in.error("measured",
          "give either 'measured' totals or per-item 'input_tokens' and 'output_tokens', not both or neither");
    }
    if (measured != null) {
      input = measured.perItem(measured.inputTokens());
      output = measured.perItem(measured.outputTokens());
      samples = measured.samples();
    } else {
      in.required("input_tokens", input);
    }
    if (!benchmarks.containsKey(benchmark)) {
      brought.bring(in, benchmark, v.whole("dataset_items"), input, from);
    }
    return new UsageProfile(id, s, benchmark, input, output, samples, v.decimal("output_tokens_sd"),
        v.whole("dataset_items"), from, v.decimal("input_tokens_sd"), v.decimal("reasoning_tokens"),
        v.decimal("cached_tokens"));
  }

  /** The profile's "measured" totals. */
  @Override
  public Object nested(String field, FieldReader in) {
    return MeasuredTotals.read(in.object());
  }

  @Override
  public void write(FieldWriter out, UsageProfile p) {
    out.text("model", p.model());
    if (!p.setting().equals(Setting.DEFAULT)) {
      out.text("setting", p.setting());
    }
    out.text("benchmark", p.benchmark()).decimal("input_tokens", p.inputTokens())
        .decimal("output_tokens", p.outputTokens()).whole("samples", p.samples())
        .decimal("input_tokens_sd", p.inputSd()).decimal("output_tokens_sd", p.outputSd())
        .decimal("reasoning_tokens", p.reasoningTokens()).decimal("cached_tokens", p.cachedTokens())
        .whole("dataset_items", p.datasetItems());
    Values.write(out, p.source());
  }
}
