package org.evalcost.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the engine knows: models and prices, benchmarks, suites and token figures. */
public final class Catalog {
  private final Map<String, Model> models = new LinkedHashMap<>();
  private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();
  private final Map<String, Suite> suites = new LinkedHashMap<>();
  private final Map<String, UsageProfile> profiles = new LinkedHashMap<>();
  private final Map<String, Prior> priors = new LinkedHashMap<>();
  private final List<PublishedCost> published;
  private final Map<String, Provider> providers = new LinkedHashMap<>();
  private final TokenOwners owners = new TokenOwners(models.values());
  private final String defaultSuite;
  private final List<UsageProfile> profileList;
  private final List<Prior> priorList;
  private GeneratedModels more;
  private GeneratedProfiles moreProfiles;

  private MorePublished morePublished;
  /** A model whose profiles and calibrations this catalog hides (the back-test's unseen model), or null. */
  private String unseen;

  /** The same catalog with more published costs for the back-test, read when it asks. */
  public Catalog withMorePublished(MorePublished supply) {
    morePublished = supply;
    return this;
  }

  /** Every published cost the back-test tests: those of published.json, then the generated ones. */
  public List<PublishedCost> backtestCosts() {
    List<PublishedCost> all = new java.util.ArrayList<>(published);
    if (morePublished != null) {
      all.addAll(morePublished.read(this));
    }
    return all;
  }

  /**
   * Every measured profile, the generated ones included (a curated one wins over a generated one
   * of the same key), but none of a model this catalog hides.
   */
  public List<UsageProfile> allProfiles() {
    Map<String, UsageProfile> all = new LinkedHashMap<>(profiles);
    if (moreProfiles != null) {
      for (UsageProfile p : moreProfiles.all()) {
        all.putIfAbsent(key(p.model(), p.setting(), p.benchmark()), p);
      }
    }
    List<UsageProfile> out = new java.util.ArrayList<>();
    for (UsageProfile p : all.values()) {
      if (!p.model().equals(unseen)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The same catalog as if {@code model} had never been measured or published: none of its
   * profiles or calibrations, and these priors in place of the catalog's (fitted without it).
   */
  public Catalog unseen(String model, List<Prior> refitted) {
    Catalog c = keepingMore(new Catalog(coreModels(), benchmarks(), suites(), defaultSuite,
        profileList.stream().filter(p -> !p.model().equals(model)).toList(), refitted,
        published.stream().filter(p -> !p.model().equals(model)).toList(), providers()));
    c.unseen = model;
    return c;
  }

  /** The same catalog with generated profiles, read when first needed; a curated one of the same key wins. */
  public Catalog withMoreProfiles(MoreProfiles supply) {
    moreProfiles = new GeneratedProfiles(supply);
    return this;
  }

  /** Callers validate cross-references first; this only indexes, refusing duplicates. */
  public Catalog(
      List<Model> models,
      List<Benchmark> benchmarks,
      List<Suite> suites,
      String defaultSuite,
      List<UsageProfile> profiles,
      List<Prior> priors,
      List<PublishedCost> published,
      List<Provider> providers) {
    // Loops rather than forEach lambdas: every run builds a catalog, and links each lambda it meets.
    for (Model m : models) {
      put(this.models, m.id(), m, "model");
    }
    for (Benchmark b : benchmarks) {
      put(this.benchmarks, b.id(), b, "benchmark");
    }
    for (Suite s : suites) {
      put(this.suites, s.id(), s, "suite");
    }
    for (UsageProfile p : profiles) {
      put(this.profiles, key(p.model(), p.setting(), p.benchmark()), p, "profile");
    }
    for (Prior p : priors) {
      put(this.priors, p.priorClass(), p, "prior");
    }
    this.published = List.copyOf(published);
    this.profileList = List.copyOf(profiles);
    this.priorList = List.copyOf(priors);
    for (Provider p : providers) {
      put(this.providers, p.id(), p, "provider");
    }
    if (!this.suites.containsKey(defaultSuite)) {
      throw new InvalidValueException("default", "default suite '" + defaultSuite + "' is not defined");
    }
    this.defaultSuite = defaultSuite;
  }

  /** The same catalog with other models (from a price file of the user's). */
  public Catalog withModels(List<Model> replacement) {
    return keepingSupplies(new Catalog(replacement, benchmarks(), suites(), defaultSuite, profileList, priorList,
        published, providers()));
  }

  /** The same catalog, with more models to read when a name is not among these. */
  public Catalog withMoreModels(MoreModels supply) {
    return withUpdates(List.of(), supply);
  }

  /**
   * The same catalog with some first-part models replaced by id (newer prices of the user's
   * download), and the generated part read through {@code supply}.
   */
  public Catalog withUpdates(List<Model> replacements, MoreModels supply) {
    Map<String, Model> merged = new LinkedHashMap<>(models);
    for (Model m : replacements) {
      if (merged.containsKey(m.id())) {
        merged.put(m.id(), m);
      }
    }
    Catalog c = keepingSupplies(new Catalog(List.copyOf(merged.values()), benchmarks(), suites(), defaultSuite,
        profileList, priorList, published, providers()));
    c.more = supply == null ? null : new GeneratedModels(supply, c.models);
    return c;
  }

  /** {@code c} with this catalog's generated profiles and published costs, read when first needed. */
  private Catalog keepingSupplies(Catalog c) {
    c.moreProfiles = moreProfiles;
    c.morePublished = morePublished;
    return c;
  }

  /** {@code c} with all this catalog reads lazily, and the model it hides. */
  private Catalog keepingMore(Catalog c) {
    keepingSupplies(c);
    c.more = more;
    c.unseen = unseen;
    return c;
  }

  /**
   * The same catalog with measured profiles of the user's, which replace any for the same model,
   * setting and benchmark, and the benchmarks they bring that the catalog lacks.
   */
  public Catalog withProfiles(List<UsageProfile> extra, List<Benchmark> newBenchmarks) {
    Map<String, UsageProfile> merged = new LinkedHashMap<>(profiles);
    extra.forEach(p -> merged.put(key(p.model(), p.setting(), p.benchmark()), p));
    List<Benchmark> allBenchmarks = new java.util.ArrayList<>(benchmarks());
    allBenchmarks.addAll(newBenchmarks);
    return keepingMore(new Catalog(coreModels(), allBenchmarks, suites(), defaultSuite, List.copyOf(merged.values()),
        priorList, published, providers()));
  }

  /** The same catalog with these benchmarks added, or replacing those with the same id. */
  public Catalog withBenchmarks(List<Benchmark> extra) {
    Map<String, Benchmark> merged = new LinkedHashMap<>(benchmarks);
    extra.forEach(b -> merged.put(b.id(), b));
    return keepingMore(new Catalog(coreModels(), List.copyOf(merged.values()), suites(), defaultSuite, profileList,
        priorList, published, providers()));
  }

  /** The same catalog without one published cost, to test an estimate against it (leave-one-out). */
  public Catalog withoutPublished(String id) {
    return keepingMore(new Catalog(coreModels(), benchmarks(), suites(), defaultSuite, profileList, priorList,
        published.stream().filter(p -> !p.id().equals(id)).toList(), providers()));
  }

  private static <T> void put(Map<String, T> map, String key, T value, String what) {
    if (map.putIfAbsent(key, value) != null) {
      throw new InvalidValueException("id", "duplicate " + what + " '" + key + "'");
    }
  }

  static String key(String model, String setting, String benchmark) {
    return model + '\u0000' + setting + '\u0000' + benchmark;
  }

  /** Every model, the generated ones included (read now if they were not yet). */
  public List<Model> models() {
    List<Model> all = new java.util.ArrayList<>(models.values());
    all.addAll(moreModels());
    return all;
  }

  /** The model whose token figures a model uses: {@link TokenOwners}. */
  public Model tokensOf(Model model) {
    return owners.of(model);
  }

  /** The measured profiles, in the order they were given. */
  public List<UsageProfile> profiles() {
    return profileList;
  }

  /** The models read with the catalog: the curated ones, and any laid over them. */
  public List<Model> coreModels() {
    return List.copyOf(models.values());
  }

  public boolean hasMoreModels() {
    return more != null;
  }

  /** The models read only when asked for; none when there are none. */
  public List<Model> moreModels() {
    return more == null ? List.of() : more.all();
  }

  public List<Benchmark> benchmarks() {
    return List.copyOf(benchmarks.values());
  }

  public List<Suite> suites() {
    return List.copyOf(suites.values());
  }

  public List<PublishedCost> published() {
    return published;
  }

  public List<Prior> priors() {
    return priorList;
  }

  public List<Provider> providers() {
    return List.copyOf(providers.values());
  }

  public Optional<Provider> provider(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  public Optional<Model> model(String id) {
    Model m = models.get(id);
    return m == null && more != null ? more.find(id) : Optional.ofNullable(m);
  }

  public Optional<Benchmark> benchmark(String id) {
    return Optional.ofNullable(benchmarks.get(id));
  }

  public Optional<Suite> suite(String id) {
    return Optional.ofNullable(suites.get(id));
  }

  public Suite defaultSuite() {
    return suites.get(defaultSuite);
  }

  public Optional<UsageProfile> profile(String model, String setting, String benchmark) {
    if (model.equals(unseen)) {
      return Optional.empty();
    }
    UsageProfile own = profiles.get(key(model, setting, benchmark));
    if (own != null || moreProfiles == null) {
      return Optional.ofNullable(own);
    }
    return moreProfiles.find(model, setting, benchmark);
  }

  public Optional<Prior> prior(String priorClass) {
    return Optional.ofNullable(priors.get(priorClass));
  }

  /** The published cost that calibrates this model and setting, if there is one. */
  public Optional<PublishedCost> calibrationFor(String model, String setting) {
    for (PublishedCost p : published) {
      if (p.calibrate() && p.model().equals(model) && p.setting().equals(setting)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
