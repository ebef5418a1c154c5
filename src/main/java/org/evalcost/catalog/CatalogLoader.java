package org.evalcost.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.evalcost.catalog.Dtos.BenchmarkDto;
import org.evalcost.catalog.Dtos.EntryDto;
import org.evalcost.catalog.Dtos.ModelDto;
import org.evalcost.catalog.Dtos.PriceDto;
import org.evalcost.catalog.Dtos.PriorDto;
import org.evalcost.catalog.Dtos.ProfileDto;
import org.evalcost.catalog.Dtos.PublishedDto;
import org.evalcost.catalog.Dtos.RatesDto;
import org.evalcost.catalog.Dtos.SuiteDto;
import org.evalcost.catalog.Dtos.TierDto;
import org.evalcost.engine.Benchmark;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Prior;
import org.evalcost.engine.Provider;
import org.evalcost.engine.PublishedCost;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.evalcost.engine.Suite;
import org.evalcost.engine.Tier;
import org.evalcost.engine.UsageProfile;

/**
 * Reads the six data files and turns them into a {@link Catalog}, checking every value and every
 * cross-reference on the way; any problem is a {@link DataException} pointing at the record.
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

  private final DataSource source;

  public CatalogLoader(DataSource source) {
    this.source = source;
  }

  public Catalog load() {
    List<Prior> priors = convert(read(PRIORS, "priors", DtoReader::prior), "prior", CatalogLoader::prior);
    Set<String> priorClasses = priorClasses(priors);

    List<Benchmark> benchmarks = convert(read(BENCHMARKS, "benchmarks", DtoReader::benchmark),
        "benchmark", CatalogLoader::benchmark);
    Map<String, Benchmark> benchmarkIds = benchmarkIds(benchmarks);

    JsonRecords.Content<SuiteDto> suiteFile =
        JsonRecords.read(source, SUITES, "suites", DtoReader::suite, Set.of("default_suite"));
    List<Suite> suites = convert(suiteFile.records(), "suite", d -> suite(d, benchmarkIds));
    String defaultSuite = suiteFile.scalars().get("default_suite");
    if (defaultSuite == null || !hasSuite(suites, defaultSuite)) {
      throw new DataException(source.label(SUITES), 1, 1, "default_suite",
          defaultSuite == null ? "is missing" : "names no suite in this file: '" + defaultSuite + "'");
    }

    List<Located<ModelDto>> modelRecords = read(MODELS, "models", DtoReader::model);
    List<Model> models = convert(modelRecords, "model", d -> model(d, priorClasses));
    checkNames(modelRecords, models);
    Map<String, Model> modelIds = modelIds(models);

    List<UsageProfile> profiles = convert(read(PROFILES, "profiles", DtoReader::profile), "profile",
        d -> profile(d, modelIds, benchmarkIds));
    List<PublishedCost> published = convert(read(PUBLISHED, "published", DtoReader::published),
        "published cost", d -> published(d, modelIds, suites));

    List<Provider> providers = convert(read(PROVIDERS, "providers", DtoReader::provider), "provider",
        d -> new Provider(d.id(), d.name(), d.batchDiscount(), source(d.source(), d.checked())));

    Catalog catalog = new Catalog(models, benchmarks, suites, defaultSuite, profiles, priors, published, providers);
    return source.has(UPSTREAM_MODELS) ? catalog.withMoreModels(new Upstream(source, priorClasses)) : catalog;
  }

  /**
   * Lays prices the user downloaded with {@code evalcost update} (the files in {@code dir}) over
   * {@code base}: curated models they reprice now, generated ones when a run first needs them.
   */
  public static Catalog withUpdate(Catalog base, Path dir, String curatedFile, String modelsFile) {
    DataSource source = DataSource.directory(dir);
    Set<String> priorClasses = priorClasses(base.priors());
    List<Located<ModelDto>> records = JsonRecords.read(source, curatedFile, "models", DtoReader::model, Set.of())
        .records();
    List<Model> curated = convert(records, "model", d -> model(d, priorClasses));
    return base.withUpdates(curated, new Updated(base, source, modelsFile, priorClasses));
  }

  /** The generated models with the downloaded ones in place of those of the same id, and the new ones added. */
  private record Updated(Catalog base, DataSource source, String file, Set<String> priorClasses)
      implements Catalog.MoreModels {
    @Override
    public List<Model> read() {
      List<Located<ModelDto>> records = JsonRecords.read(source, file, "models", DtoReader::model, Set.of()).records();
      Map<String, Model> merged = new java.util.LinkedHashMap<>();
      for (Model m : base.moreModels()) {
        merged.put(m.id(), m);
      }
      for (Model m : convert(records, "model", d -> model(d, priorClasses))) {
        merged.put(m.id(), m);
      }
      return List.copyOf(merged.values());
    }
  }

  /** Reads the generated models when a run first needs them. */
  private record Upstream(DataSource source, Set<String> priorClasses) implements Catalog.MoreModels {
    @Override
    public List<Model> read() {
      List<Located<ModelDto>> records = JsonRecords.read(source, UPSTREAM_MODELS, "models", DtoReader::model, Set.of())
          .records();
      List<Model> models = convert(records, "model", d -> model(d, priorClasses));
      checkNames(records, models);
      return models;
    }
  }

  /**
   * Lays a price file (the shape of models.json) over {@code base}: a model with a known id
   * replaces it, a new id is added; with {@code replace}, the file's models are the only ones.
   */
  public static Catalog withPrices(Catalog base, Path file, boolean replace) {
    Path dir = file.toAbsolutePath().getParent();
    DataSource source = DataSource.directory(dir == null ? Path.of(".") : dir);
    String name = file.getFileName().toString();
    List<Located<ModelDto>> records =
        JsonRecords.read(new LabelledSource(source, file.toString()), name, "models", DtoReader::model, Set.of()).records();
    Set<String> priorClasses = priorClasses(base.priors());
    List<Model> overlay = convert(records, "model", d -> model(d, priorClasses));
    Map<String, Model> merged = new java.util.LinkedHashMap<>();
    if (!replace) {
      for (Model m : base.models()) {
        merged.put(m.id(), m);
      }
    }
    for (Model m : overlay) {
      merged.put(m.id(), m);
    }
    Map<String, String> owner = new HashMap<>();
    merged.values().forEach(m -> names(m).forEach(n -> owner.putIfAbsent(n, m.id())));
    for (int i = 0; i < overlay.size(); i++) {
      Model m = overlay.get(i);
      for (String n : names(m)) {
        if (!owner.get(n).equals(m.id())) {
          throw records.get(i).error("model '" + m.id() + "'", "aliases",
              "the name '" + n + "' is already used by model '" + owner.get(n) + "'");
        }
      }
    }
    return base.withModels(List.copyOf(merged.values()));
  }

  private static List<String> names(Model m) {
    List<String> names = new ArrayList<>();
    names.add(org.evalcost.engine.ModelNames.key(m.id()));
    for (String a : m.aliases()) {
      String k = org.evalcost.engine.ModelNames.key(a);
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
    Path dir = file.toAbsolutePath().getParent();
    DataSource source = new LabelledSource(DataSource.directory(dir == null ? Path.of(".") : dir), file.toString());
    List<Located<ProfileDto>> records =
        JsonRecords.read(source, file.getFileName().toString(), "profiles", DtoReader::profile, Set.of()).records();
    Map<String, Model> models = modelIds(base.models());
    Map<String, Benchmark> benchmarks = benchmarkIds(base.benchmarks());
    List<Benchmark> added = new ArrayList<>();
    for (Located<ProfileDto> r : records) {
      ProfileDto d = r.value();
      if (d.benchmark() != null && !benchmarks.containsKey(d.benchmark()) && d.datasetItems() != null
          && d.inputTokens() != null) {
        Benchmark b = at(r, "profile '" + d.model() + " on " + d.benchmark() + "'", () -> new Benchmark(d.benchmark(),
            d.benchmark(), d.datasetItems(), d.inputTokens().signum() == 0 ? BigDecimal.ONE : d.inputTokens(),
            source("from the profile's dataset_items and measured input (" + file.getFileName() + ")", d.checked())));
        benchmarks.put(b.id(), b);
        added.add(b);
      }
    }
    List<UsageProfile> profiles = convert(records, "profile", d -> profile(d, models, benchmarks));
    return base.withProfiles(profiles, added);
  }

  /** Adds a file's benchmarks (the shape of benchmarks.json) to {@code base}; one with a known id replaces it. */
  public static Catalog withBenchmarks(Catalog base, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    DataSource source = new LabelledSource(DataSource.directory(dir == null ? Path.of(".") : dir), file.toString());
    List<Benchmark> read = convert(JsonRecords.read(source, file.getFileName().toString(), "benchmarks",
        DtoReader::benchmark, Set.of()).records(), "benchmark", CatalogLoader::benchmark);
    return base.withBenchmarks(read);
  }

  private static <T> T at(Located<?> record, String subject, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      throw record.error(subject, e.field(), e.getMessage());
    }
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

  private <T> List<Located<T>> read(String file, String arrayField, java.util.function.Function<Obj, T> type) {
    return JsonRecords.read(source, file, arrayField, type, Set.of()).records();
  }

  private interface Conversion<D, R> {
    R apply(D dto);
  }

  /** Converts every record, turning a refused value into an error at the record, and refusing duplicates. */
  private static <D extends Dtos.Keyed, R> List<R> convert(
      List<Located<D>> records, String what, Conversion<D, R> conversion) {
    List<R> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Located<D> record : records) {
      String id = record.value().key();
      String subject = id == null ? what + " #" + (record.index() + 1) : what + " '" + id + "'";
      try {
        out.add(conversion.apply(record.value()));
      } catch (InvalidValueException e) {
        throw record.error(subject, e.field(), e.getMessage());
      }
      Integer earlier = seen.putIfAbsent(String.valueOf(id), record.index());
      if (earlier != null) {
        throw record.error(subject, null, "duplicate: record #" + (earlier + 1) + " has the same id");
      }
    }
    return out;
  }

  private static Map<String, Model> modelIds(List<Model> models) {
    Map<String, Model> map = new HashMap<>();
    for (Model m : models) {
      map.put(m.id(), m);
    }
    return map;
  }

  private static Map<String, Benchmark> benchmarkIds(List<Benchmark> benchmarks) {
    Map<String, Benchmark> map = new HashMap<>();
    for (Benchmark b : benchmarks) {
      map.put(b.id(), b);
    }
    return map;
  }

  private static Set<String> priorClasses(List<Prior> priors) {
    Set<String> classes = new HashSet<>();
    for (Prior p : priors) {
      classes.add(p.priorClass());
    }
    return classes;
  }

  private static boolean hasSuite(List<Suite> suites, String id) {
    for (Suite s : suites) {
      if (s.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Every id and alias must name one model only, ignoring case, as users type them. */
  private static void checkNames(List<Located<ModelDto>> records, List<Model> models) {
    Map<String, String> owner = new HashMap<>();
    for (int i = 0; i < models.size(); i++) {
      Model model = models.get(i);
      List<String> names = new ArrayList<>(model.aliases());
      names.add(0, model.id());
      for (String name : names) {
        String earlier = owner.putIfAbsent(org.evalcost.engine.ModelNames.key(name), model.id());
        if (earlier != null && earlier.equals(model.id())) {
          continue;
        }
        if (earlier != null) {
          throw records.get(i).error("model '" + model.id() + "'", "aliases",
              "the name '" + name + "' is already used by model '" + earlier + "'");
        }
      }
    }
  }

  static Prior prior(PriorDto d) {
    return new Prior(d.priorClass(), nonNull("output_tokens", d.outputTokens()), d.defaultOutputTokens(),
        d.levelSigma() == null ? BigDecimal.ZERO : d.levelSigma(), d.shapeSigma(), source(d.source(), d.checked()));
  }

  static Benchmark benchmark(BenchmarkDto d) {
    return new Benchmark(d.id(), d.name(), nonNull("items", d.items()), d.inputTokens(), d.outputCv(),
        source(d.source(), d.checked()));
  }

  static Suite suite(SuiteDto d, Map<String, Benchmark> benchmarks) {
    List<Suite.Entry> entries = new ArrayList<>();
    List<EntryDto> given = nonNull("benchmarks", d.benchmarks());
    for (int i = 0; i < given.size(); i++) {
      EntryDto e = given.get(i);
      String field = "benchmarks[" + i + "]";
      entries.add(at(field, () -> new Suite.Entry(e.benchmark(), nonNull("repeats", e.repeats()))));
      if (!benchmarks.containsKey(e.benchmark())) {
        throw new InvalidValueException(field + ".benchmark", "unknown benchmark '" + e.benchmark() + "'");
      }
    }
    return new Suite(d.id(), d.name(), entries, source(d.source(), d.checked()));
  }

  static Model model(ModelDto d, Set<String> priorClasses) {
    List<Setting> settings = new ArrayList<>();
    String defaultSetting;
    if ((d.prior() == null) == (d.settings() == null)) {
      throw new InvalidValueException("settings",
          "give either 'prior' (a model with no reasoning control) or 'settings', not both or neither");
    }
    if (d.prior() != null) {
      settings.add(new Setting(Setting.DEFAULT, d.prior()));
      defaultSetting = Setting.DEFAULT;
      if (d.defaultSetting() != null) {
        throw new InvalidValueException("default_setting", "only goes with 'settings'");
      }
    } else {
      d.settings().forEach((name, prior) -> settings.add(at("settings." + name, () -> new Setting(name, prior))));
      defaultSetting = d.defaultSetting();
    }
    for (Setting s : settings) {
      if (!priorClasses.contains(s.priorClass())) {
        throw new InvalidValueException(d.prior() != null ? "prior" : "settings." + s.name(),
            "unknown prior class '" + s.priorClass() + "' (priors.json defines " + new java.util.TreeSet<>(priorClasses) + ")");
      }
    }
    List<PricePeriod> prices = new ArrayList<>();
    List<PriceDto> given = nonNull("prices", d.prices());
    for (int i = 0; i < given.size(); i++) {
      PriceDto p = given.get(i);
      prices.add(at("prices[" + i + "]", () -> price(p, d.source(), d.checked())));
    }
    return new Model(d.id(), d.provider(), d.aliases(), settings, defaultSetting, prices,
        source(d.source(), d.checked()), d.classEvidence(), Boolean.TRUE.equals(d.classGuessed()));
  }

  /** A price period; one without its own source and checked date has the model's. */
  static PricePeriod price(PriceDto p, String modelSource, String modelChecked) {
    Rates rates = new Rates(p.input(), p.cachedInput(), p.cacheWrite(), p.output());
    Rates batch = p.batch() == null ? null : at("batch", () -> rates(p.batch()));
    List<Tier> tiers = new ArrayList<>();
    if (p.tiers() != null) {
      for (int i = 0; i < p.tiers().size(); i++) {
        TierDto t = p.tiers().get(i);
        tiers.add(at("tiers[" + i + "]", () -> new Tier(nonNull("above_input_tokens", t.aboveInputTokens()),
            new Rates(t.input(), t.cachedInput(), t.cacheWrite(), t.output()))));
      }
    }
    boolean own = p.source() != null || p.checked() != null;
    return new PricePeriod(date("effective_from", p.effectiveFrom()), rates, batch, tiers,
        own ? source(p.source(), p.checked()) : source(modelSource, modelChecked));
  }

  private static Rates rates(RatesDto r) {
    return new Rates(r.input(), r.cachedInput(), r.cacheWrite(), r.output());
  }

  static UsageProfile profile(ProfileDto d, Map<String, Model> models, Map<String, Benchmark> benchmarks) {
    Model model = models.get(d.model());
    if (model == null) {
      throw new InvalidValueException("model", "unknown model '" + d.model() + "' (profiles name models by id, not alias)");
    }
    String setting = d.setting() == null ? Setting.DEFAULT : d.setting();
    if (model.setting(setting).isEmpty()) {
      throw new InvalidValueException("setting", "model '" + model.id() + "' has no setting '" + setting + "'");
    }
    if (!benchmarks.containsKey(d.benchmark())) {
      throw new InvalidValueException("benchmark", "unknown benchmark '" + d.benchmark() + "'"
          + (d.datasetItems() == null ? "" : " (a --profiles file may bring one with dataset_items)"));
    }
    BigDecimal input;
    BigDecimal output;
    Long samples = d.samples();
    if (d.measured() != null && samples != null) {
      throw new InvalidValueException("samples", "goes with per-item means; 'measured' has its own samples");
    }
    if ((d.measured() == null) == (d.outputTokens() == null)) {
      throw new InvalidValueException("measured",
          "give either 'measured' totals or per-item 'input_tokens' and 'output_tokens', not both or neither");
    }
    if (d.measured() != null) {
      long measuredSamples = at("measured", () -> positive("samples", d.measured().samples()));
      BigDecimal n = BigDecimal.valueOf(measuredSamples);
      input = BigDecimal.valueOf(at("measured", () -> positive("input_tokens", d.measured().inputTokens())))
          .divide(n, MathContext.DECIMAL64);
      output = BigDecimal.valueOf(at("measured", () -> positive("output_tokens", d.measured().outputTokens())))
          .divide(n, MathContext.DECIMAL64);
      samples = measuredSamples;
    } else {
      input = nonNull("input_tokens", d.inputTokens());
      output = d.outputTokens();
    }
    return new UsageProfile(model.id(), setting, d.benchmark(), input, output, samples, d.outputTokensSd(),
        d.datasetItems(), source(d.source(), d.checked()));
  }

  static PublishedCost published(PublishedDto d, Map<String, Model> models, List<Suite> suites) {
    Model model = models.get(d.model());
    if (model == null) {
      throw new InvalidValueException("model", "unknown model '" + d.model() + "'");
    }
    String setting = d.setting() == null ? model.defaultSetting() : d.setting();
    if (model.setting(setting).isEmpty()) {
      throw new InvalidValueException("setting", "model '" + model.id() + "' has no setting '" + setting + "'");
    }
    if (!hasSuite(suites, d.suite())) {
      throw new InvalidValueException("suite", "unknown suite '" + d.suite() + "'");
    }
    return new PublishedCost(d.id(), model.id(), setting, d.suite(), d.costUsd(),
        date("prices_as_of", d.pricesAsOf()), Boolean.TRUE.equals(d.calibrate()),
        source(d.source(), d.checked()));
  }

  static Source source(String text, String checked) {
    return new Source(text, date("checked", checked));
  }

  static LocalDate date(String field, String text) {
    if (text == null) {
      throw new InvalidValueException(field, "is missing");
    }
    // By hand: java.time's formatter takes tens of milliseconds to start, on every run.
    boolean shaped = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    for (int i = 0; shaped && i < 10; i++) {
      shaped = i == 4 || i == 7 || Character.isDigit(text.charAt(i)) && text.charAt(i) < 128;
    }
    try {
      if (shaped) {
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
            Integer.parseInt(text.substring(8, 10)));
      }
    } catch (java.time.DateTimeException e) {
      // shaped like a date, but no such day: refused below
    }
    throw new InvalidValueException(field, "must be a date like 2025-04-10 (was '" + text + "')");
  }

  private static <T> T nonNull(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is missing");
    }
    return value;
  }

  private static long positive(String field, Long value) {
    if (nonNull(field, value) <= 0) {
      throw new InvalidValueException(field, "must be greater than zero (was " + value + ")");
    }
    return value;
  }

  /** Runs a nested conversion, prefixing the field of any refused value with where it sits. */
  private static <T> T at(String prefix, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(prefix + "." + e.field(), e.getMessage());
    }
  }
}
