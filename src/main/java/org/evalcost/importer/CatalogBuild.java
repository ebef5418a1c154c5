package org.evalcost.importer;

import static org.evalcost.importer.UpstreamRecords.sha256;

import static org.evalcost.importer.UpstreamRecords.firstDate;
import static org.evalcost.importer.UpstreamRecords.knownKey;
import static org.evalcost.importer.UpstreamRecords.label;
import static org.evalcost.importer.UpstreamRecords.names;
import static org.evalcost.importer.UpstreamRecords.record;
import static org.evalcost.importer.UpstreamRecords.withPeriod;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalcost.catalog.CatalogLoader;
import org.evalcost.catalog.ConfirmedPrices;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.DataSource;
import org.evalcost.catalog.ModelCodec;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.Setting;

/**
 * Regenerates data/upstream-models.json and data/upstream-report.md from the upstream price
 * catalogs (genai-prices, LiteLLM) and the Artificial Analysis leaderboard, around the curated
 * data/models.json: the same inputs give the same bytes. Run by data/regenerate.sh.
 */
public final class CatalogBuild {
  private final Catalog curated;
  private final ReasoningRules rules;
  private final List<UpstreamEntry> entries = new ArrayList<>();
  private final List<UpstreamEntry.Skipped> skipped = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();
  private final CuratedPrices curatedPrices = new CuratedPrices();
  private final Map<String, Model> curatedByKey = new HashMap<>();
  private final Set<String> curatedVariants = new HashSet<>();
  /** For an update: the built-in generated models (their settings are kept), and the day new prices start. */
  private final Map<String, Model> known = new HashMap<>();
  private LocalDate newPricesFrom;
  /** The leaderboard's date, for the first period of a model only it prices and gives no release day. */
  private LocalDate aaDate;
  /** The leaderboard as the report names it, or null. */
  private String aaSource;
  private final Set<String> knownSeen = new HashSet<>();
  private final Set<String> builtInNames = new HashSet<>();

  CatalogBuild(Catalog curated, ReasoningRules rules) {
    this.curated = curated;
    this.rules = rules;
    for (Model m : curated.coreModels()) {
      for (String n : names(m)) {
        curatedByKey.put(ModelNames.key(n), m);
        taken.add(ModelNames.key(n));
        for (Setting s : m.hasSettings() ? m.settings() : List.<Setting>of()) {
          curatedVariants.add(ModelNames.key(n + "-" + s.name()));
        }
      }
    }
  }

  /** What one run makes: the models file, the curated prices upstream confirms, and the report beside them. */
  public record Output(String models, String confirmed, String report, int modelCount) {}

  /**
   * What a downloaded catalog becomes: generated models, curated models with a newer price period,
   * and the curated prices it gives too.
   */
  record Download(List<Model> models, List<Model> curated, List<ConfirmedPrices.Confirmed> confirmed, int skipped,
      Set<String> builtInSeen) {}

  /**
   * Turns a downloaded upstream catalog into the records an update installs, by the same rules as
   * the built-in data: models the built-in data generates keep their settings and evidence; a
   * curated model whose seller now charges otherwise gets a period from {@code today} on.
   */
  static Download download(Catalog builtIn, JsonNode root, boolean litellm, String origin, LocalDate today) {
    CatalogBuild build = new CatalogBuild(builtIn, new ReasoningRules(null, null));
    for (Model m : builtIn.moreModels()) {
      build.known.put(knownKey(m.id(), m.provider()), m);
      build.builtInNames.add(ModelNames.key(m.id()));
      for (String a : m.aliases()) {
        build.builtInNames.add(ModelNames.key(a));
      }
    }
    for (Model m : builtIn.coreModels()) {
      build.builtInNames.add(ModelNames.key(m.id()));
    }
    build.newPricesFrom = today;
    if (litellm) {
      UpstreamEntry.readLiteLlm(root, origin, today, build.entries, build.skipped);
    } else {
      UpstreamEntry.readGenAiPrices(root, origin, today, build.entries, build.skipped);
    }
    List<Model> records = build.records(today, today);
    return new Download(records, build.curatedPrices.overrides(), build.curatedPrices.confirmed(), build.skipped.size(),
        build.knownSeen);
  }

  /** Usage: CatalogBuild DATA_DIR. Reads DATA_DIR/upstream.properties; writes upstream-models.json and upstream-report.md. */
  public static void main(String[] args) throws IOException {
    Path dir = DataFiles.dataDir(args, "CatalogBuild");
    Output out = build(dir);
    DataFiles.writeAtomically(dir.resolve(CatalogLoader.UPSTREAM_MODELS), out.models());
    DataFiles.writeAtomically(dir.resolve(ConfirmedPrices.FILE), out.confirmed());
    DataFiles.writeAtomically(dir.resolve(REPORT), out.report());
    System.err.println("wrote " + out.modelCount() + " models to " + dir.resolve(CatalogLoader.UPSTREAM_MODELS));
  }

  public static final String REPORT = "upstream-report.md";

  /** Builds from the inputs upstream.properties names. */
  public static Output build(Path dataDir) throws IOException {
    java.util.Properties p = DataFiles.inputs(dataDir);
    Path project = dataDir.toAbsolutePath().getParent();
    return build(dataDir, project.resolve(p.getProperty("genai_prices.file")), p.getProperty("genai_prices.origin"),
        LocalDate.parse(p.getProperty("genai_prices.date")), project.resolve(p.getProperty("litellm.file")),
        p.getProperty("litellm.origin"), LocalDate.parse(p.getProperty("litellm.date")),
        project.resolve(p.getProperty("aa.file")), p.getProperty("aa.origin"), LocalDate.parse(p.getProperty("aa.date")));
  }

  public static Output build(Path dataDir, Path genai, String genaiOrigin, LocalDate genaiDate, Path litellm,
      String litellmOrigin, LocalDate litellmDate, Path aa, String aaOrigin, LocalDate aaDate) throws IOException {
    // The curated records as written: the confirmations this run makes anew are not laid over them.
    Catalog curated = new CatalogLoader(DataSource.directory(dataDir).without(ConfirmedPrices.FILE)).load();
    JsonNode leaderboard = aa == null ? null : ForeignJson.read(aa);
    ReasoningRules rules = new ReasoningRules(leaderboard, aaOrigin);
    CatalogBuild build = new CatalogBuild(curated, rules);
    String gpOrigin = genaiOrigin + " (" + genaiDate + ", sha256 " + sha256(genai) + ")";
    String llOrigin = litellmOrigin + " (" + litellmDate + ", sha256 " + sha256(litellm) + "), per token x 10^6";
    UpstreamEntry.readGenAiPrices(ForeignJson.read(genai), gpOrigin, genaiDate, build.entries, build.skipped);
    UpstreamEntry.readLiteLlm(ForeignJson.read(litellm), llOrigin, litellmDate, build.entries, build.skipped);
    if (leaderboard != null) {
      // What the price catalogs make comes first: the leaderboard prices only the models they leave unknown.
      CatalogBuild priced = new CatalogBuild(curated, rules);
      priced.entries.addAll(build.entries);
      build.aaDate = aaDate;
      build.aaSource = aaOrigin + " (" + aaDate + ", sha256 " + sha256(aa) + ")";
      build.entries.addAll(AaPriced.unknownTo(curated, priced.records(genaiDate, litellmDate), rules, leaderboard,
          build.aaSource, aaDate, build.skipped));
    }
    return build.merge(genaiDate, litellmDate, gpOrigin, llOrigin);
  }

  private Output merge(LocalDate genaiDate, LocalDate litellmDate, String gpOrigin, String llOrigin) {
    List<Model> records = records(genaiDate, litellmDate);
    return new Output(DataFile.write(ModelCodec.writer(), records),
        DataFile.write(new ConfirmedPrices.Codec(null), curatedPrices.confirmed()),
        UpstreamReport.text(records.size(), gpOrigin, llOrigin, aaSource, UpstreamReport.leaderboardPriced(records, aaSource),
            curatedPrices.disagreements(), curatedPrices.behind(), skipped, curatedPrices.confirmed().size()),
        records.size());
  }

  private List<Model> records(LocalDate genaiDate, LocalDate litellmDate) {
    // Group by model name, then by seller; genai-prices (the newer copy) comes first and wins.
    Map<String, Map<String, UpstreamEntry>> groups = new TreeMap<>();
    Map<String, Boolean> reasoningFlag = new HashMap<>();
    for (UpstreamEntry e : entries) {
      String key = ModelNames.key(e.base());
      if (e.supportsReasoning() != null) {
        reasoningFlag.merge(key, e.supportsReasoning(), Boolean::logicalOr);
      }
      UpstreamEntry earlier = groups.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(e.seller(), e);
      if (earlier != null) {
        skipped.add(new UpstreamEntry.Skipped(label(e), "the same model and seller as " + label(earlier)
            + ", which is used"));
      }
    }
    List<Model> records = new ArrayList<>();
    taken.addAll(curatedVariants);
    taken.addAll(groups.keySet()); // a model's own name is never another's alias
    for (Map.Entry<String, Map<String, UpstreamEntry>> g : groups.entrySet()) {
      Model own = curatedByKey.get(g.getKey());
      if (own == null && curatedVariants.contains(g.getKey())) {
        for (UpstreamEntry e : g.getValue().values()) {
          skipped.add(new UpstreamEntry.Skipped(label(e), "its name is a curated model's name with a setting"));
        }
        continue;
      }
      records.addAll(own != null ? sellersOf(own, g.getValue()) : newModel(g.getKey(), g.getValue(), reasoningFlag,
          genaiDate, litellmDate));
    }
    records.sort((a, b) -> a.id().compareTo(b.id()));
    return records;
  }

  /** A curated model's other sellers; its own seller's upstream price is only compared. */
  private List<Model> sellersOf(Model own, Map<String, UpstreamEntry> bySeller) {
    List<Model> out = new ArrayList<>();
    for (UpstreamEntry e : bySeller.values()) {
      if (e.seller().equals(own.provider())) {
        curatedPrices.compare(own, e, newPricesFrom);
        continue;
      }
      String id = own.aliases().isEmpty() ? own.id() : own.aliases().get(0);
      String fullId = id + "@" + e.seller();
      if (!taken.add(ModelNames.key(fullId))) {
        skipped.add(new UpstreamEntry.Skipped(label(e), "another entry already priced " + fullId));
        continue;
      }
      emit(out, e, record(fullId, e, List.of(), own.settings(), own.defaultSetting(),
          "the curated record " + own.id() + " (the same model from its own seller)", false,
          own.prices().get(0).effectiveFrom(), own.released()));
    }
    return out;
  }

  /**
   * Adds a generated record; in an update, a model the built-in data already has keeps its record
   * and, when the seller now charges otherwise, gains a period from the update's day on.
   */
  private void emit(List<Model> out, UpstreamEntry e, Model record) {
    Model before = known.get(knownKey(record.id(), record.provider()));
    if (before == null) {
      if (newPricesFrom != null) { // a new model of an update must not take a name the built-in data uses
        String id = record.id();
        if (builtInNames.contains(ModelNames.key(id))) {
          id = (id.contains("@") ? id.substring(0, id.indexOf('@')) : id) + "@" + e.seller();
          if (builtInNames.contains(ModelNames.key(id))) {
            skipped.add(new UpstreamEntry.Skipped(label(e), "its name is taken by a built-in model"));
            return;
          }
        }
        List<String> kept = new ArrayList<>();
        for (String a : record.aliases()) {
          if (!builtInNames.contains(ModelNames.key(a))) {
            kept.add(a);
          }
        }
        record = record.renamed(id, kept);
      }
      out.add(record);
      return;
    }
    knownSeen.add(before.id());
    Offer latest = e.prices().get(e.prices().size() - 1);
    if (!before.prices().get(before.prices().size() - 1).rates().equals(latest.rates())) {
      out.add(withPeriod(before, latest, newPricesFrom));
    }
  }

  /** A model no curated record has: one record per seller, the default seller's under the plain name. */
  private List<Model> newModel(String key, Map<String, UpstreamEntry> bySeller,
      Map<String, Boolean> reasoningFlag, LocalDate genaiDate, LocalDate litellmDate) {
    String dflt = Sellers.defaultSeller(key, bySeller.keySet());
    UpstreamEntry main = bySeller.get(dflt);
    String base = main.base();
    List<String> names = new ArrayList<>(List.of(base));
    for (String n : main.names()) {
      names.add(UpstreamEntry.base(dflt, n));
    }
    List<AaVariants.Variant> variants = rules.variants(names);
    ReasoningRules.Verdict v = rules.decide(base, names, reasoningFlag.get(key));
    String released = AaVariants.released(variants);
    List<Model> out = new ArrayList<>();
    taken.add(key);
    List<Setting> settings = new ArrayList<>();
    if (v.settings() != null) {
      v.settings().forEach((name, cls) -> settings.add(new Setting(name, cls)));
    } else {
      settings.add(new Setting(Setting.DEFAULT, v.prior()));
    }
    String defaultSetting = v.settings() != null ? v.defaultSetting() : Setting.DEFAULT;
    for (UpstreamEntry e : bySeller.values()) {
      String id = e.seller().equals(dflt) ? base : base + "@" + e.seller();
      if (!e.seller().equals(dflt) && !taken.add(ModelNames.key(id))) {
        skipped.add(new UpstreamEntry.Skipped(label(e), "another entry already priced " + id));
        continue;
      }
      List<String> aliases = new ArrayList<>();
      if (e.seller().equals(dflt)) {
        for (String n : names.subList(1, names.size())) {
          if (!n.contains(":") && taken.add(ModelNames.key(n))) {
            aliases.add(n);
          }
        }
      }
      LocalDate start = firstDate(base, released, e, genaiDate, litellmDate, aaDate);
      emit(out, e, record(id, e, aliases, settings, defaultSetting, v.evidence(), v.guessed(), start,
          UpstreamRecords.released(base, released)));
    }
    return out;
  }

}
