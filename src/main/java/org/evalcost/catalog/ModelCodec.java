package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/**
 * A record of models.json (and of upstream-models.json, a --prices file, a downloaded update):
 * a model with its settings' prior classes and its price periods. A period without its own
 * source and checked date has the model's, and is written so.
 */
public final class ModelCodec extends Codec<Model> {
  static final String[] FIELDS = {"id", "provider", "aliases", "prior", "settings", "default_setting", "prices",
      "notes", "class_evidence", "class_guessed", "source", "checked"};
  private static final String[] PRICE_FIELDS = {"effective_from", "input", "cached_input", "cache_write", "output",
      "batch", "tiers", "source", "checked"};
  private static final String[] RATE_FIELDS = {"input", "cached_input", "cache_write", "output"};
  private static final String[] TIER_FIELDS = {"above_input_tokens", "input", "cached_input", "cache_write", "output"};

  private final Set<String> priorClasses;
  /** Each name (ModelNames.key) and the model that has it, across the file; null: not checked here. */
  private final Map<String, String> owners;

  /** Reads with the prior classes a setting may name; checks that no two models of the file share a name. */
  public ModelCodec(Set<String> priorClasses) {
    this(priorClasses, new java.util.HashMap<>());
  }

  private ModelCodec(Set<String> priorClasses, Map<String, String> owners) {
    super("models", "model");
    this.priorClasses = priorClasses;
    this.owners = owners;
  }

  /** The day a sourced figure without its own 'checked' date is taken as checked (null: it is refused). */
  private java.time.LocalDate defaultChecked;
  /** What took that day, for a warning. */
  private final List<String> defaulted = new ArrayList<>();

  /** For a file of the user's: a missing 'checked' is taken as {@code day} (the file's date), and listed in {@link #defaulted}. */
  ModelCodec checkedDefaultingTo(java.time.LocalDate day) {
    this.defaultChecked = day;
    return this;
  }

  List<String> defaulted() {
    return defaulted;
  }

  private String checked(String given, String source, String what) {
    if (given == null && source != null && defaultChecked != null) {
      defaulted.add(what);
      return defaultChecked.toString();
    }
    return given;
  }

  /** For writing only. */
  public static ModelCodec writer() {
    return new ModelCodec(Set.of(), null);
  }

  @Override
  public String key(Model value) {
    return value.id();
  }

  @Override
  public Model read(FieldReader in) {
    String id = null;
    String provider = null;
    List<String> aliases = null;
    String prior = null;
    List<Setting> settings = null;
    String defaultSetting = null;
    List<Period> prices = null;
    String notes = null;
    String evidence = null;
    Boolean guessed = null;
    String source = null;
    String checked = null;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "provider" -> provider = in.text();
        case "aliases" -> aliases = in.texts();
        case "prior" -> prior = in.text();
        case "settings" -> settings = settings(in.object());
        case "default_setting" -> defaultSetting = in.text();
        case "prices" -> prices = in.objects(this::price);
        case "notes" -> notes = in.text();
        case "class_evidence" -> evidence = in.text();
        case "class_guessed" -> guessed = in.bool();
        case "source" -> source = in.text();
        case "checked" -> checked = in.text();
        default -> throw in.unknown(FIELDS);
      }
    }
    if ((prior == null) == (settings == null)) {
      throw in.error("settings", "give either 'prior' (a model with no reasoning control) or 'settings', not both or neither");
    }
    if (prior != null) {
      if (defaultSetting != null) {
        throw in.error("default_setting", "only goes with 'settings'");
      }
      settings = List.of(setting(in, Setting.DEFAULT, prior));
      defaultSetting = Setting.DEFAULT;
      checkClass(in, "prior", prior);
    }
    Model model;
    try {
      Source own = Values.source(source, checked(checked, source, "model '" + id + "'"));
      List<PricePeriod> periods = new ArrayList<>();
      for (Period p : in.required("prices", prices)) {
        periods.add(p.complete(own));
      }
      model = new Model(id, provider, aliases, settings, defaultSetting, periods, own, evidence,
          Boolean.TRUE.equals(guessed), notes);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
    if (owners != null) {
      checkNames(in, model);
    }
    return model;
  }

  /**
   * A price period as read, finished once its model's own source is known (a period without a
   * source of its own takes the model's); a value the period refuses is an error at its field.
   */
  private record Period(FieldReader in, String from, Rates list, Rates batch, List<Tier> tiers, Source own) {
    PricePeriod complete(Source modelSource) {
      try {
        return new PricePeriod(Values.date("effective_from", from), list, batch, tiers, own != null ? own : modelSource);
      } catch (InvalidValueException e) {
        throw in.refused(e);
      }
    }
  }

  private static Setting setting(FieldReader in, String name, String priorClass) {
    try {
      return new Setting(name, priorClass);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  private List<Setting> settings(FieldReader o) {
    if (o == null) {
      return null;
    }
    List<Setting> out = new ArrayList<>();
    for (String name = o.next(); name != null; name = o.next()) {
      String cls = o.text();
      out.add(setting(o, name, cls));
      checkClass(o, name, cls);
    }
    return out;
  }

  private void checkClass(FieldReader in, String field, String cls) {
    if (priorClasses != null && !priorClasses.isEmpty() && !priorClasses.contains(cls)) {
      throw in.error(field, "unknown prior class '" + cls + "' (priors.json defines " + new TreeSet<>(priorClasses) + ")");
    }
  }

  private void checkNames(FieldReader in, Model model) {
    List<String> names = new ArrayList<>();
    names.add(model.id());
    names.addAll(model.aliases());
    for (String name : names) {
      String earlier = owners.putIfAbsent(ModelNames.key(name), model.id());
      if (earlier != null && !earlier.equals(model.id())) {
        throw in.error("aliases", "the name '" + name + "' is already used by model '" + earlier + "'");
      }
    }
  }

  /** A price period, finished once the model's own source is known (a period without one takes it). */
  private Period price(FieldReader in) {
    String from = null;
    BigDecimal[] rates = new BigDecimal[4];
    Rates batch = null;
    List<Tier> tiers = null;
    String source = null;
    String checked = null;
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "effective_from" -> from = in.text();
        case "input" -> rates[0] = in.decimal();
        case "cached_input" -> rates[1] = in.decimal();
        case "cache_write" -> rates[2] = in.decimal();
        case "output" -> rates[3] = in.decimal();
        case "batch" -> batch = rates(in.object());
        case "tiers" -> tiers = in.objects(ModelCodec::tier);
        case "source" -> source = in.text();
        case "checked" -> checked = in.text();
        default -> throw in.unknown(PRICE_FIELDS);
      }
    }
    checked = checked(checked, source, "a price period from " + from);
    try {
      Source own = source != null || checked != null ? Values.source(source, checked) : null;
      return new Period(in, from, new Rates(rates[0], rates[1], rates[2], rates[3]), batch, tiers, own);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  private static Rates rates(FieldReader in) {
    if (in == null) {
      return null;
    }
    BigDecimal[] r = new BigDecimal[4];
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "input" -> r[0] = in.decimal();
        case "cached_input" -> r[1] = in.decimal();
        case "cache_write" -> r[2] = in.decimal();
        case "output" -> r[3] = in.decimal();
        default -> throw in.unknown(RATE_FIELDS);
      }
    }
    try {
      return new Rates(r[0], r[1], r[2], r[3]);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  private static Tier tier(FieldReader in) {
    Long above = null;
    BigDecimal[] r = new BigDecimal[4];
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "above_input_tokens" -> above = in.longValue();
        case "input" -> r[0] = in.decimal();
        case "cached_input" -> r[1] = in.decimal();
        case "cache_write" -> r[2] = in.decimal();
        case "output" -> r[3] = in.decimal();
        default -> throw in.unknown(TIER_FIELDS);
      }
    }
    long a = in.required("above_input_tokens", above);
    try {
      return new Tier(a, new Rates(r[0], r[1], r[2], r[3]));
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  @Override
  public void write(FieldWriter out, Model m) {
    out.text("id", m.id()).text("provider", m.provider());
    if (!m.aliases().isEmpty()) {
      out.texts("aliases", m.aliases());
    }
    if (m.hasSettings()) {
      Map<String, String> settings = new LinkedHashMap<>();
      m.settings().forEach(s -> settings.put(s.name(), s.priorClass()));
      out.textMap("settings", settings).text("default_setting", m.defaultSetting());
    } else {
      out.text("prior", m.settings().get(0).priorClass());
    }
    out.objects("prices", m.prices(), (o, p) -> writePeriod(o, p, m.source()));
    out.text("notes", m.notes()).text("class_evidence", m.classEvidence());
    if (m.classGuessed()) {
      out.bool("class_guessed", true);
    }
    Values.write(out, m.source());
  }

  private static void writePeriod(FieldWriter out, PricePeriod p, Source modelSource) {
    out.text("effective_from", p.effectiveFrom().toString());
    writeRates(out, p.rates());
    if (p.batch() != null) {
      out.object("batch", o -> writeRates(o, p.batch()));
    }
    if (!p.tiers().isEmpty()) {
      out.objects("tiers", p.tiers(), (o, t) -> {
        o.whole("above_input_tokens", t.aboveInputTokens());
        writeRates(o, t.rates());
      });
    }
    if (!p.source().equals(modelSource)) {
      Values.write(out, p.source());
    }
  }

  private static void writeRates(FieldWriter out, Rates r) {
    out.decimal("input", r.input()).decimal("cached_input", r.cachedInput()).decimal("cache_write", r.cacheWrite())
        .decimal("output", r.output());
  }
}
