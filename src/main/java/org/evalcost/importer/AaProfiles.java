package org.evalcost.importer;

import static org.evalcost.importer.AaV41.reusedScicode;
import static org.evalcost.importer.AaV41.v41Cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.DataSource;
import org.evalcost.catalog.PriorCodec;
import org.evalcost.catalog.ProfileCodec;
import org.evalcost.catalog.PublishedCodec;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.MeasuredRun;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Prior;
import org.evalcost.engine.PriorFit;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.UsageProfile;

/**
 * data/aa-profiles/, data/aa-published.json, data/priors.json and data/aa-profiles-report.md:
 * Artificial Analysis's measured tokens as the catalog's profiles, its index costs as published
 * costs for the back-test, and the class priors fitted to every measured profile ({@link PriorFit}):
 * profiles for every AA model whose name resolves to a catalog model and setting
 * (the rules of {@link ModelResolver}, the same a user's typed name meets): per eval, one pass
 * over its items (see {@link AaFigures}), the reasoning part of the output kept apart. Names that
 * do not resolve are listed in the report. Run by data/regenerate.sh, after the catalog is built.
 */
public final class AaProfiles {
  /** AA's eval key, the benchmark it measures, its items, and whether it is read from the v4.1 payload. */
  record Eval(String key, String benchmark, long items, boolean v41) {}

  static final List<Eval> EVALS = evals();

  /** The curated benchmarks AA also measures (GPQA Diamond, SciCode's 338), then every eval of {@link AaFigures}. */
  private static List<Eval> evals() {
    List<Eval> out = new ArrayList<>(List.of(new Eval("gpqa", "gpqa-diamond", 198, false),
        new Eval("scicode", "scicode", 338, false)));
    for (AaFigures.Eval e : AaFigures.EVALS) {
      out.add(new Eval(e.key(), e.id(), e.items(), e.v41()));
    }
    // AA's v4.1 SciCode counts are its v4.0 ones (REUSED_SCICODE checks it), so every model it measured
    // on SciCode before v4.1 is measured on v4.1's 288 problems too; its own v4.1 counts come after, and the
    // first profile of a key is kept.
    out.add(new Eval("scicode", "scicode-v4.1", 288, false));
    return List.copyOf(out);
  }

  public static final String REPORT = "aa-profiles-report.md";

  private AaProfiles() {}

  /** What one run makes. */
  public record Output(Map<String, String> files, String report, int mapped, int unmapped, int count) {}

  static final String FOLDER_README = "# Generated: Artificial Analysis's measured tokens as profiles\n\n"
      + "In data/profiles.json's shape, spread over 64 files by a hash of the model id\n"
      + "(CatalogLoader.aaProfileFile), made by data/regenerate.sh (org.evalcost.importer.AaProfiles);\n"
      + "do not edit by hand. A run reads only the file of the model it prices. What mapped and what\n"
      + "did not: ../aa-profiles-report.md.\n";

  /** Usage: AaProfiles DATA_DIR. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AaProfiles DATA_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Output out = build(dir);
    Path folder = dir.resolve(CatalogLoader.AA_PROFILES);
    java.nio.file.Files.createDirectories(folder);
    try (var old = java.nio.file.Files.list(folder)) {
      for (Path f : old.toList()) {
        if (!out.files().containsKey(CatalogLoader.AA_PROFILES + "/" + f.getFileName())) {
          java.nio.file.Files.delete(f); // a model no longer mapped
        }
      }
    }
    for (Map.Entry<String, String> f : out.files().entrySet()) {
      DataFiles.writeAtomically(dir.resolve(f.getKey()), f.getValue());
    }
    DataFiles.writeAtomically(dir.resolve(REPORT), out.report());
    System.err.println("wrote " + out.count() + " profiles of " + out.mapped() + " Artificial Analysis models ("
        + out.unmapped() + " names left out)");
  }

  /** What the fitted priors' derivations name as their evidence. */
  static final String EVIDENCE = "the catalog's measured profiles (Artificial Analysis's of 2026-06-15 and "
      + "2026-07-10 as mapped by AaProfiles, and the curated ones)";

  private static BigDecimal mean(BigDecimal total, BigDecimal n) {
    return total.divide(n, 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
  }

  public static Output build(Path dataDir) throws IOException {
    Set<String> written = new java.util.TreeSet<>();
    EVALS.forEach(e -> written.add(e.benchmark()));
    if (!written.equals(new java.util.TreeSet<>(CatalogLoader.AA_PROFILE_BENCHMARKS))) { // a run would never look
      throw new IllegalStateException("CatalogLoader.AA_PROFILE_BENCHMARKS must name these benchmarks: " + written);
    }
    Properties p = DataFiles.inputs(dataDir);
    Path project = dataDir.toAbsolutePath().getParent();
    Catalog catalog = new CatalogLoader(DataSource.directory(dataDir)).load();
    ModelResolver resolver = new ModelResolver(catalog);
    List<UsageProfile> profiles = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    Map<String, String> unmapped = new LinkedHashMap<>();
    int[] mapped = new int[1];
    List<PublishedCost> published = new ArrayList<>();
    Set<String> units = new HashSet<>();
    Map<Boolean, JsonNode> payloads = new java.util.HashMap<>(); // each read once
    for (boolean v41 : new boolean[] {false, true}) {
      String prefix = v41 ? "aa41" : "aa";
      JsonNode models = ForeignJson.read(project.resolve(p.getProperty(prefix + ".file"))).path("models");
      payloads.put(v41, models);
      String origin = p.getProperty(prefix + ".origin");
      LocalDate date = LocalDate.parse(p.getProperty(prefix + ".date"));
      for (AaNames.Mapped found : AaNames.map(resolver, models, unmapped)) {
        JsonNode m = found.model();
        String name = m.path("name").asText();
        ModelRef ref = found.ref();
        boolean any = false;
        for (Eval e : EVALS) {
          if (e.v41() != v41) {
            continue;
          }
          JsonNode c = m.path("breakdowns").path("eval_token_counts").path(e.key());
          BigDecimal in = c.path("inputTokens").decimalValue();
          BigDecimal out = c.path("outputTokens").decimalValue();
          if (in.signum() <= 0 || out.signum() <= 0) {
            continue;
          }
          String key = ref.model().id() + "|" + ref.setting().name() + "|" + e.benchmark();
          if (!keys.add(key)) {
            continue; // a second AA name for the same model and setting: the first is kept
          }
          BigDecimal n = BigDecimal.valueOf(e.items());
          BigDecimal reasoning = c.path("reasoningTokens").decimalValue();
          // Means to 4 places (a ten-thousandth of a token per item): exact enough, and a file a run reads fast.
          profiles.add(new UsageProfile(ref.model().id(), ref.setting().name(), e.benchmark(), mean(in, n),
              mean(out, n), e.items(), null, e.items(),
              new Source("Artificial Analysis " + date + " (upstream.properties " + prefix + ".*), '" + name + "', "
                  + e.key() + ", one pass" + (!v41 && e.benchmark().equals("scicode-v4.1")
                      ? " (v4.0's SciCode counts, which AA's v4.1 payload repeats: aa-profiles-report.md)" : ""), date),
              null,
              reasoning.signum() > 0 ? mean(reasoning, n) : null, null));
          any = true;
        }
        if (any && !v41) {
          mapped[0]++;
          BigDecimal cost = m.path("pricing").path("intelligence_index_cost_total").decimalValue();
          String unit = ref.model().id() + "|" + ref.setting().name();
          if (cost.signum() > 0 && units.add(unit)) {
            JsonNode pricing = m.path("pricing");
            published.add(new PublishedCost("aa-v4.0-" + m.path("slug").asText(), ref.model().id(),
                ref.setting().name(), "aa-index-v4.0", cost.setScale(2, java.math.RoundingMode.HALF_UP), date, false,
                new Source("Artificial Analysis " + date + " (upstream.properties aa.*), '" + name + "', "
                    + "pricing.intelligence_index_cost_total", date),
                "AA's cost of its index at its list prices (input_per_1m, output_per_1m) times its measured tokens",
                new Rates(pricing.path("price_1m_input_tokens").decimalValue(), null, null,
                    pricing.path("price_1m_output_tokens").decimalValue()), false));
          }
        }
        BigDecimal cost41 = m.path("pricing").path("intelligence_index_cost_total").decimalValue();
        if (any && v41 && cost41.signum() > 0 && units.add("v4.1|" + ref.model().id() + "|" + ref.setting().name())) {
          published.add(v41Cost(m, ref, cost41, date));
        }
      }
    }
    profiles.sort((a, b) -> (a.model() + "|" + a.setting() + "|" + a.benchmark())
        .compareTo(b.model() + "|" + b.setting() + "|" + b.benchmark()));
    StringBuilder report = new StringBuilder("# Artificial Analysis models as profiles: what mapped, what did not\n\n")
        .append("Generated by data/regenerate.sh (org.evalcost.importer.AaProfiles); do not edit by hand.\n\n")
        .append("- profiles written to aa-profiles/ (a file per model): ").append(profiles.size()).append('\n')
        .append("- AA models of the 2026-06-15 payload with at least one profile: ").append(mapped[0]).append('\n')
        .append("- AA names that resolve to no catalog model and setting: ").append(unmapped.size()).append("\n\n")
        .append("## Names left out\n\n");
    unmapped.forEach((name, why) -> report.append("- ").append(name).append(": ")
        .append(why.replace("\n", " ")).append('\n'));
    published.sort((a, b) -> a.id().compareTo(b.id()));
    int[] reuse = reusedScicode(payloads.get(false), payloads.get(true));
    report.append("\n## SciCode in v4.1\n\n")
        .append("- models of the v4.1 payload whose SciCode input and output counts are within 2% of their v4.0 counts: ")
        .append(reuse[0]).append(" of ").append(reuse[1]).append("; the largest difference ").append(reuse[2])
        .append("% (so the v4.0 counts stand for v4.1's 288 problems where v4.1 has none)\n");
    report.append("\n## Published costs\n\n")
        .append("- AA index costs of mapped models, one per model, setting and index, in ")
        .append(CatalogLoader.AA_PUBLISHED).append(": ")
        .append(published.stream().filter(c -> c.suite().equals("aa-index-v4.0")).count()).append(" of v4.0, ")
        .append(published.stream().filter(c -> c.suite().equals("aa-index-v4.1")).count()).append(" of v4.1\n");
    List<UsageProfile> all = new ArrayList<>(catalog.profiles()); // the curated ones win, as in a run
    Set<String> curated = new HashSet<>();
    catalog.profiles().forEach(c -> curated.add(c.model() + "|" + c.setting() + "|" + c.benchmark()));
    for (UsageProfile up : profiles) {
      if (!curated.contains(up.model() + "|" + up.setting() + "|" + up.benchmark())) {
        all.add(up);
      }
    }
    List<MeasuredRun> runs = MeasuredRun.of(catalog, all);
    List<Prior> priors = PriorFit.fit(catalog.priors(), runs, EVIDENCE);
    report.append("\n## Priors fitted\n\n");
    for (Prior prior : priors) {
      long n = runs.stream().filter(r -> r.priorClass().equals(prior.priorClass())).map(MeasuredRun::unit)
          .distinct().count();
      report.append("- ").append(prior.priorClass()).append(": ").append(n).append(" measured runs; level_sigma ")
          .append(prior.levelSigma().toPlainString()).append('\n');
    }
    Map<String, List<UsageProfile>> byFile = new java.util.TreeMap<>();
    for (UsageProfile up : profiles) {
      byFile.computeIfAbsent(CatalogLoader.aaProfileFile(up.model()), k -> new ArrayList<>()).add(up);
    }
    Map<String, String> files = new java.util.TreeMap<>();
    byFile.forEach((f, list) -> files.put(f, DataFile.write(ProfileCodec.writer(), list)));
    files.put(CatalogLoader.AA_PROFILES + "/README.md", FOLDER_README);
    files.put(CatalogLoader.AA_PUBLISHED, DataFile.write(new PublishedCodec(Map.of(), Set.of()), published));
    files.put(CatalogLoader.PRIORS, DataFile.write(new PriorCodec(), priors));
    return new Output(files, report.toString(), mapped[0], unmapped.size(), profiles.size());
  }
}
