package org.evalcost.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.MoreModels;
import org.evalcost.engine.Prior;
import org.evalcost.engine.Provider;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Suite;
import org.evalcost.engine.UsageProfile;

/**
 * Reads the data files, each with its {@link Codec}, in the order their references need (priors
 * before the models that name their classes, models and benchmarks before the profiles of them),
 * and lays the user's files over them; any problem is a {@link DataException} at its field.
 */
public final class CatalogLoader {
  public static final String MODELS = "models.json";
  public static final String BENCHMARKS = "benchmarks.json";
  public static final String SUITES = "suites.json";
  public static final String PROFILES = "profiles.json";
  public static final String PRIORS = "priors.json";
  public static final String PUBLISHED = "published.json";
  public static final String PROVIDERS = "providers.json";
  /** The models generated from upstream price catalogs (org.evalcost.importer.CatalogBuild); optional. */
  public static final String UPSTREAM_MODELS = "upstream-models.json";
  /**
   * Profiles generated from Artificial Analysis's measurements (org.evalcost.importer.AaProfiles),
   * in {@value #AA_BUCKETS} files of this folder by a hash of the model id: a run that prices one
   * model reads one small file, and one that prices every model reads 64, not a file per model
   * (each file read costs a fresh JVM time: docs/startup.md, the ledger); optional.
   */
  public static final String AA_PROFILES = "aa-profiles";
  public static final int AA_BUCKETS = 64;
  /**
   * Artificial Analysis's index costs of the models AaProfiles maps, in published.json's shape,
   * with the list prices AA used; read by the back-test alone (optional).
   */
  public static final String AA_PUBLISHED = "aa-published.json";

  /** The file holding a model's generated profiles: by String.hashCode, which the JDK specifies, so stable. */
  public static String aaProfileFile(String model) {
    return aaBucketFile(Math.floorMod(model.hashCode(), AA_BUCKETS));
  }

  /** The file of one bucket: aa-profiles/00.json to 63.json. */
  static String aaBucketFile(int bucket) {
    return AA_PROFILES + "/" + (bucket < 10 ? "0" : "") + bucket + ".json";
  }
  /** The benchmarks that file has profiles of: a lookup of any other never reads it. */
  public static final Set<String> AA_PROFILE_BENCHMARKS = Set.of("gpqa-diamond", "scicode", "gdpval-aa",
      "tau2-telecom", "terminal-bench-hard", "aa-lcr", "aa-omniscience", "ifbench", "hle-text", "critpt", "gdpval-aa-v2",
      "tau3-banking", "terminal-bench-2.1", "scicode-v4.1");

  private final DataSource source;

  public CatalogLoader(DataSource source) {
    this.source = source;
  }

  public Catalog load() {
    List<Prior> priors = DataFile.read(source, PRIORS, new PriorCodec()).values();
    Set<String> priorClasses = priorClasses(priors);
    List<Benchmark> benchmarks = DataFile.read(source, BENCHMARKS, new BenchmarkCodec()).values();
    Map<String, Benchmark> benchmarkIds = benchmarkIds(benchmarks);

    DataFile.Content<Suite> suiteFile =
        DataFile.read(source, SUITES, new SuiteCodec(benchmarkIds.keySet()), Set.of("default_suite"));
    List<Suite> suites = suiteFile.values();
    Set<String> suiteIds = new HashSet<>();
    for (Suite s : suites) {
      suiteIds.add(s.id());
    }
    String defaultSuite = suiteFile.scalars().get("default_suite");
    if (defaultSuite == null || !suiteIds.contains(defaultSuite)) {
      throw new DataException(source.label(SUITES), 1, 1, "default_suite",
          defaultSuite == null ? "is missing" : "names no suite in this file: '" + defaultSuite + "'");
    }

    List<Model> models = DataFile.read(source, MODELS, new ModelCodec(priorClasses)).values();
    Map<String, Model> modelIds = modelIds(models);
    if (source.has(ConfirmedPrices.FILE)) {
      models = ConfirmedPrices.apply(models,
          DataFile.read(source, ConfirmedPrices.FILE, new ConfirmedPrices.Codec(modelIds.keySet())).values());
      modelIds = modelIds(models);
    }
    List<UsageProfile> profiles =
        DataFile.read(source, PROFILES, new ProfileCodec(modelIds, benchmarkIds, null)).values();
    List<PublishedCost> published = DataFile.read(source, PUBLISHED, new PublishedCodec(modelIds, suiteIds)).values();
    List<Provider> providers = DataFile.read(source, PROVIDERS, new ProviderCodec()).values();

    Catalog catalog = new Catalog(models, benchmarks, suites, defaultSuite, profiles, priors, published, providers);
    if (source.has(AA_PROFILES + "/README.md")) {
      catalog.withMoreProfiles(new LazyData.AaMeasured(source, benchmarkIds));
    }
    if (source.has(AA_PUBLISHED)) {
      catalog.withMorePublished(new LazyData.AaPublished(source, suiteIds));
    }
    return source.has(UPSTREAM_MODELS) ? catalog.withMoreModels(new LazyData.Upstream(source, priorClasses)) : catalog;
  }

  /**
   * Lays prices the user downloaded with {@code evalcost update} (the files in {@code dir}) over
   * {@code base}: curated models they reprice now, or whose price they confirm (then checked on the
   * download's day), and generated ones when a run first needs them.
   */
  public static Catalog withUpdate(Catalog base, Path dir, String curatedFile, String modelsFile,
      String confirmedFile) {
    DataSource source = DataSource.directory(dir);
    Set<String> priorClasses = priorClasses(base.priors());
    List<Model> curated = DataFile.read(source, curatedFile, new ModelCodec(priorClasses)).values();
    if (source.has(confirmedFile)) { // an update from before confirmations were made has none
      Map<String, Model> core = new LinkedHashMap<>();
      for (Model m : base.coreModels()) {
        core.put(m.id(), m);
      }
      for (Model m : curated) {
        core.put(m.id(), m);
      }
      curated = ConfirmedPrices.apply(List.copyOf(core.values()), DataFile.read(source, confirmedFile,
          new ConfirmedPrices.Codec(core.keySet())).values());
    }
    return base.withUpdates(curated, new Updated(base, source, modelsFile, priorClasses));
  }

  /** The generated models with the downloaded ones in place of those of the same id, and the new ones added. */
  private record Updated(Catalog base, DataSource source, String file, Set<String> priorClasses)
      implements MoreModels {
    @Override
    public List<Model> read() {
      Map<String, Model> merged = new LinkedHashMap<>();
      for (Model m : base.moreModels()) {
        merged.put(m.id(), m);
      }
      for (Model m : DataFile.read(source, file, new ModelCodec(priorClasses)).values()) {
        merged.put(m.id(), m);
      }
      return List.copyOf(merged.values());
    }
  }

  /**
   * Lays a price file (the shape of models.json) over {@code base}: a model with a known id
   * replaces it, a new id is added; with {@code replace}, the file's models are the only ones.
   */
  public static Catalog withPrices(Catalog base, Path file, boolean replace) {
    return withPrices(base, file, replace, new ArrayList<>());
  }

  /**
   * The same; a model or price period of the file with a source but no 'checked' date is taken as
   * checked on the file's last-modified day, and {@code warnings} says which.
   */
  public static Catalog withPrices(Catalog base, Path file, boolean replace, List<String> warnings) {
    java.time.LocalDate fileDay;
    try {
      fileDay = java.time.LocalDate.ofInstant(java.nio.file.Files.getLastModifiedTime(file).toInstant(),
          java.time.ZoneOffset.UTC);
    } catch (java.io.IOException e) {
      fileDay = null; // unreadable: the reader says so
    }
    ModelCodec codec = new ModelCodec(priorClasses(base.priors())).checkedDefaultingTo(fileDay);
    List<DataFile.Located<Model>> records =
        DataFile.read(userFile(file), file.getFileName().toString(), codec).records();
    if (!codec.checkedDefault().defaulted().isEmpty()) {
      warnings.add(file + ": no 'checked' date for " + String.join(", ", codec.checkedDefault().defaulted())
          + "; taken as the file's date, " + fileDay);
    }
    Map<String, Model> merged = new LinkedHashMap<>();
    if (!replace) {
      for (Model m : base.models()) {
        merged.put(m.id(), m);
      }
    }
    for (DataFile.Located<Model> r : records) {
      merged.put(r.value().id(), r.value());
    }
    Map<String, String> owner = new HashMap<>();
    merged.values().forEach(m -> names(m).forEach(n -> owner.putIfAbsent(n, m.id())));
    for (DataFile.Located<Model> r : records) {
      Model m = r.value();
      for (String n : names(m)) {
        if (!owner.get(n).equals(m.id())) {
          throw r.at().error("aliases", "the name '" + n + "' is already used by model '" + owner.get(n) + "'");
        }
      }
    }
    return base.withModels(List.copyOf(merged.values()));
  }

  private static List<String> names(Model m) {
    List<String> names = new ArrayList<>();
    names.add(ModelNames.key(m.id()));
    for (String a : m.aliases()) {
      String k = ModelNames.key(a);
      if (!names.contains(k)) {
        names.add(k);
      }
    }
    return names;
  }

  /**
   * Lays measured profiles from a file of the user's (the shape of profiles.json, as `evalcost
   * profile` writes it) over {@code base}. A profile of a benchmark the catalog lacks brings it,
   * sized by its dataset_items and with its measured mean input.
   */
  public static Catalog withProfiles(Catalog base, Path file) {
    ProfileCodec codec = new ProfileCodec(modelIds(base.models()), benchmarkIds(base.benchmarks()),
        file.getFileName().toString());
    List<UsageProfile> profiles = DataFile.read(userFile(file), file.getFileName().toString(), codec).values();
    return base.withProfiles(profiles, codec.added());
  }

  /** Adds a file's benchmarks (the shape of benchmarks.json) to {@code base}; one with a known id replaces it. */
  public static Catalog withBenchmarks(Catalog base, Path file) {
    return base.withBenchmarks(readBenchmarks(file));
  }

  /** A file's benchmarks (the shape of benchmarks.json), in its order. */
  public static List<Benchmark> readBenchmarks(Path file) {
    return DataFile.read(userFile(file), file.getFileName().toString(), new BenchmarkCodec()).values();
  }

  /** A file the user named, called in errors by the path as given. */
  private static DataSource userFile(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return new LabelledSource(DataSource.directory(dir == null ? Path.of(".") : dir), file.toString());
  }

  /** Names a price file by the path the user gave, not by its directory. */
  private record LabelledSource(DataSource inner, String label) implements DataSource {
    @Override
    public String label(String file) {
      return label;
    }

    @Override
    public java.io.InputStream open(String file) throws java.io.IOException {
      try {
        return inner.open(file);
      } catch (DataException e) {
        throw new DataException(label, 0, 0, null, e.getMessage().substring(e.getMessage().lastIndexOf(": ") + 2));
      }
    }
  }

  static Map<String, Model> modelIds(List<Model> models) {
    Map<String, Model> map = new HashMap<>();
    for (Model m : models) {
      map.put(m.id(), m);
    }
    return map;
  }

  static Map<String, Benchmark> benchmarkIds(List<Benchmark> benchmarks) {
    Map<String, Benchmark> map = new HashMap<>();
    for (Benchmark b : benchmarks) {
      map.put(b.id(), b);
    }
    return map;
  }

  static Set<String> priorClasses(List<Prior> priors) {
    Set<String> classes = new HashSet<>();
    for (Prior p : priors) {
      classes.add(p.priorClass());
    }
    return classes;
  }
}
