package org.evalcost.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.MoreModels;
import org.evalcost.engine.MoreProfiles;
import org.evalcost.engine.MorePublished;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.UsageProfile;

/**
 * The generated data files a catalog reads only when a run first needs them: the AA profiles,
 * the published costs and the upstream models.
 */
final class LazyData {
  private LazyData() {}

  /** Reads the generated profiles when a run first looks up one of their benchmarks and finds no curated profile. */
  record AaMeasured(DataSource source, Map<String, Benchmark> known,
      Map<String, List<UsageProfile>> files) implements MoreProfiles {
    AaMeasured(DataSource source, Map<String, Benchmark> known) {
      this(source, known, new java.util.concurrent.ConcurrentHashMap<>());
    }

    @Override
    public Set<String> benchmarks() {
      return CatalogLoader.AA_PROFILE_BENCHMARKS;
    }

    @Override
    public List<UsageProfile> all() {
      List<UsageProfile> out = new ArrayList<>();
      for (int bucket = 0; bucket < CatalogLoader.AA_BUCKETS; bucket++) {
        out.addAll(read(CatalogLoader.aaBucketFile(bucket), null));
      }
      return out;
    }

    @Override
    public List<UsageProfile> read(String model) {
      return read(CatalogLoader.aaProfileFile(model), model);
    }

    private List<UsageProfile> read(String file, String model) {
      List<UsageProfile> all = files.computeIfAbsent(file, f -> source.has(f)
          ? DataFile.read(source, f, ProfileCodec.generated(known)).values() : List.of());
      if (model == null) {
        return all;
      }
      List<UsageProfile> out = new ArrayList<>();
      for (UsageProfile p : all) {
        if (p.model().equals(model)) {
          out.add(p);
        }
      }
      return out;
    }
  }

  /** Reads the generated published costs, for the back-test: their models are mostly generated ones. */
  record AaPublished(DataSource source, Set<String> suites) implements MorePublished {
    @Override
    public List<PublishedCost> read(Catalog catalog) {
      return DataFile.read(source, CatalogLoader.AA_PUBLISHED, new PublishedCodec(CatalogLoader.modelIds(catalog.models()), suites)).values();
    }
  }

  /** Reads the generated models when a run first needs them. */
  record Upstream(DataSource source, Set<String> priorClasses) implements MoreModels {
    @Override
    public List<Model> read() {
      return DataFile.read(source, CatalogLoader.UPSTREAM_MODELS, new ModelCodec(priorClasses)).values();
    }
  }
}
