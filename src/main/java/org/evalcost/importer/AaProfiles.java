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
  public static final String REPORT = "aa-profiles-report.md";

  private AaProfiles() {}

  /** What one run makes. */
  public record Output(Map<String, String> files, String report, int mapped, int unmapped, int count) {}

  /** Usage: AaProfiles DATA_DIR. */
  public static void main(String[] args) throws IOException {
    Path dir = DataFiles.dataDir(args, "AaProfiles");
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

  public static Output build(Path dataDir) throws IOException {
    Set<String> written = new java.util.TreeSet<>();
    AaEvals.EVALS.forEach(e -> written.add(e.benchmark()));
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
        List<UsageProfile> made = AaEvals.profiles(m, ref, v41, prefix, date, keys);
        profiles.addAll(made);
        boolean any = !made.isEmpty();
        if (any && !v41) {
          mapped[0]++;
          BigDecimal cost = m.path("pricing").path("intelligence_index_cost_total").decimalValue();
          if (cost.signum() > 0 && units.add(ref.model().id() + "|" + ref.setting().name())) {
            published.add(AaV41.v40Cost(m, ref, cost, date));
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
    published.sort((a, b) -> a.id().compareTo(b.id()));
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
    String report = AaProfilesReport.text(profiles.size(), mapped[0], unmapped,
        reusedScicode(payloads.get(false), payloads.get(true)), published, runs, priors);
    Map<String, List<UsageProfile>> byFile = new java.util.TreeMap<>();
    for (UsageProfile up : profiles) {
      byFile.computeIfAbsent(CatalogLoader.aaProfileFile(up.model()), k -> new ArrayList<>()).add(up);
    }
    Map<String, String> files = new java.util.TreeMap<>();
    byFile.forEach((f, list) -> files.put(f, DataFile.write(ProfileCodec.writer(), list)));
    files.put(CatalogLoader.AA_PROFILES + "/README.md", AaProfilesReport.FOLDER_README);
    files.put(CatalogLoader.AA_PUBLISHED, DataFile.write(new PublishedCodec(Map.of(), Set.of()), published));
    files.put(CatalogLoader.PRIORS, DataFile.write(new PriorCodec(), priors));
    return new Output(files, report, mapped[0], unmapped.size(), profiles.size());
  }
}
