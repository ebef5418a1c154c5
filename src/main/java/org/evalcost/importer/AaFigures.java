package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.evalcost.catalog.BenchmarkCodec;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.DataSource;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Source;
import org.evalcost.stats.Summary;

/**
 * The Artificial Analysis evals as benchmarks of data/benchmarks.json, made from AA's measured
 * tokens per model and eval (data/upstream.properties names the files): each eval's items and its
 * input tokens per item (the median over every model AA ran it on). Other records are kept as they
 * are; the same inputs give the same bytes. The classes' output figures are fitted to the mapped
 * models' profiles ({@link AaProfiles}, {@link org.evalcost.engine.PriorFit}). Run by
 * data/regenerate.sh.
 *
 * <p>AA's counts are of one pass over each eval, not of every repeat its methodology states:
 * GPQA Diamond's median input is 49,132 tokens, 248 per question over 198 questions, the size of
 * a GPQA prompt (over 5 repeats it would be 50); IFBench 84 per prompt, HLE 309. And AA's
 * published index costs are list price times these counts (median ratio 0.985). So a figure here
 * is per item and pass, and AA's suites in data/suites.json run each eval once to reproduce AA's
 * costs.
 */
public final class AaFigures {
  /** An AA eval as a benchmark of the catalog: its id, name, items, AA's key, the file it is read from, how sure. */
  record Eval(String id, String name, long items, String key, boolean v41, String itemsNote) {}

  static final List<Eval> EVALS = List.of(
      new Eval("gdpval-aa", "GDPval-AA", 220, "gdpval", false,
          "220 tasks of the GDPval gold set (third-party count); agentic: context re-sent every turn"),
      new Eval("tau2-telecom", "\u03c4\u00b2-Bench Telecom", 114, "tau2", false,
          "114 tasks (third-party count); agentic: context re-sent every turn"),
      new Eval("terminal-bench-hard", "Terminal-Bench Hard", 44, "terminalbenchHard", false,
          "44 tasks from v4.0.1 (reconstructed); agentic: context re-sent every turn"),
      new Eval("aa-lcr", "AA-LCR (long-context reasoning)", 100, "lcr", false, "100 questions (third-party count)"),
      new Eval("aa-omniscience", "AA-Omniscience", 6000, "omniscience", false, "6,000 questions (reconstructed)"),
      new Eval("ifbench", "IFBench", 294, "ifbench", false, "294 prompts (third-party count)"),
      new Eval("hle-text", "Humanity's Last Exam (text only)", 2158, "hle", false,
          "2,158 text-only questions of HLE's 2,500 (third-party count)"),
      new Eval("critpt", "CritPt", 70, "critpt", false, "70 problems (reconstructed)"),
      new Eval("gdpval-aa-v2", "GDPval-AA v2", 220, "gdpval", true,
          "220 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("tau3-banking", "\u03c4\u00b3-Bench Banking", 97, "tauBanking", true,
          "97 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("terminal-bench-2.1", "Terminal-Bench 2.1", 89, "terminalbenchV21", true,
          "89 tasks (third-party extract of AA's v4.1 methodology); agentic: context re-sent every turn"),
      new Eval("scicode-v4.1", "SciCode (AA v4.1, 288 problems)", 288, "scicode", true,
          "288 problems (third-party extract of AA's v4.1 methodology)"));

  private AaFigures() {}

  /** Usage: AaFigures DATA_DIR. Rewrites the AA evals' records of DATA_DIR/benchmarks.json. */
  public static void main(String[] args) throws IOException {
    Path dir = DataFiles.dataDir(args, "AaFigures");
    Output out = build(dir);
    DataFiles.writeAtomically(dir.resolve("benchmarks.json"), out.benchmarks());
    System.err.println("wrote the figures of " + EVALS.size() + " Artificial Analysis evals");
  }

  /** The file's new text. */
  public record Output(String benchmarks) {}

  public static Output build(Path dataDir) throws IOException {
    Properties p = DataFiles.inputs(dataDir);
    Path project = dataDir.toAbsolutePath().getParent();
    JsonNode v40 = ForeignJson.read(project.resolve(p.getProperty("aa.file"))).path("models");
    JsonNode v41 = ForeignJson.read(project.resolve(p.getProperty("aa41.file"))).path("models");
    String origin40 = p.getProperty("aa.origin");
    String origin41 = p.getProperty("aa41.origin");
    LocalDate date40 = LocalDate.parse(p.getProperty("aa.date"));
    LocalDate date41 = LocalDate.parse(p.getProperty("aa41.date"));

    DataSource source = DataSource.directory(dataDir);
    List<Benchmark> benchmarks = new ArrayList<>(DataFile.read(source, "benchmarks.json", new BenchmarkCodec()).values());
    for (Eval e : EVALS) {
      JsonNode models = e.v41() ? v41 : v40;
      String origin = e.v41() ? origin41 : origin40;
      LocalDate date = e.v41() ? date41 : date40;
      List<BigDecimal> inputs = new ArrayList<>();
      for (JsonNode m : models) {
        JsonNode counts = m.path("breakdowns").path("eval_token_counts").path(e.key());
        BigDecimal in = counts.path("inputTokens").decimalValue();
        if (in.signum() > 0) {
          inputs.add(in);
        }
      }
      BigDecimal items = BigDecimal.valueOf(e.items());
      BigDecimal input = Summary.median(inputs).divide(items, 0, RoundingMode.HALF_UP);
      BigDecimal sigma = Summary.logSd(inputs);
      Benchmark b = new Benchmark(e.id(), e.name(), e.items(), input, null,
          new Source(origin + ", breakdowns.eval_token_counts." + e.key(), date), null, e.itemsNote(),
          "median over the " + inputs.size() + " models Artificial Analysis ran it on of their measured input "
              + "tokens (one pass), over " + e.items() + " items; for an agentic eval this is the context sent over "
              + "every turn, at list price (cache reads not yet taken off); input_tokens_model_sigma "
              + sigma.toPlainString() + ": the sd of ln(input) over those models", sigma, null, null);
      put(benchmarks, b);
    }
    AaCacheShare.Fit cache = AaCacheShare.fit(dataDir, v41, date41);
    for (int i = 0; i < benchmarks.size(); i++) {
      Benchmark b = benchmarks.get(i);
      boolean agentic = EVALS.stream().anyMatch(e -> e.id().equals(b.id()) && e.itemsNote().contains("agentic"));
      if (agentic) {
        benchmarks.set(i, b.withCachedInputShare(cache.share(), cache.costSigma(), cache.derivation()));
      } else if (BORROWING.contains(b.id())) {
        benchmarks.set(i, b.withCachedInputShare(cache.share(), cache.costSigma(), "assumption: the share and spread "
            + "fitted to Artificial Analysis's agentic evals (" + cache.share().toPlainString() + ", "
            + cache.costSigma().toPlainString() + "), since an agent's context is re-sent each turn here too; no run of "
            + "this benchmark measured it"));
      }
    }
    return new Output(DataFile.write(new BenchmarkCodec(), benchmarks));
  }

  /** Agentic benchmarks outside AA's evals that take the share fitted to AA's. */
  static final java.util.Set<String> BORROWING = java.util.Set.of("swe-bench-verified", "swe-bench-lite");

  private static void put(List<Benchmark> benchmarks, Benchmark b) {
    for (int i = 0; i < benchmarks.size(); i++) {
      if (benchmarks.get(i).id().equals(b.id())) {
        benchmarks.set(i, b);
        return;
      }
    }
    benchmarks.add(b);
  }
}
