package org.evalcost.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;

/**
 * A record of models.json (and of upstream-models.json, a --prices file, a downloaded update):
 * a model with its settings' prior classes and its price periods. A period without its own
 * source and checked date has the model's, and is written so.
 */
public final class ModelCodec extends Codec<Model> {
  static final String[] FIELDS = {"id", "provider", "aliases", "prior", "settings", "default_setting", "prices",
      "released", "notes", "class_evidence", "class_guessed", "source", "checked"};

  private final Set<String> priorClasses;
  /** The file's names so far; null: not checked here. */
  private final NameOwners owners;

  /** Reads with the prior classes a setting may name; checks that no two models of the file share a name. */
  public ModelCodec(Set<String> priorClasses) {
    this(priorClasses, new NameOwners());
  }

  private ModelCodec(Set<String> priorClasses, NameOwners owners) {
    super("models", "model");
    this.priorClasses = priorClasses;
    this.owners = owners;
  }

  /** A missing 'checked' date of a user's file, taken as the file's; none by default. */
  private CheckedDefault checkedDefault = new CheckedDefault(null);

  /** For a file of the user's: a missing 'checked' is taken as {@code day} (the file's date), and listed. */
  ModelCodec checkedDefaultingTo(java.time.LocalDate day) {
    checkedDefault = new CheckedDefault(day);
    return this;
  }

  CheckedDefault checkedDefault() {
    return checkedDefault;
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
    List<PeriodCodec.Period> prices = null;
    String notes = null;
    String released = null;
    String evidence = null;
    Boolean guessed = null;
    SourceFields sourced = new SourceFields();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "id" -> in.names(kind(), id = in.text());
        case "provider" -> provider = in.text();
        case "aliases" -> aliases = in.texts();
        case "prior" -> prior = in.text();
        case "settings" -> settings = SettingsField.read(in.object(), priorClasses);
        case "default_setting" -> defaultSetting = in.text();
        case "prices" -> prices = in.objects(this::price);
        case "released" -> released = in.text();
        case "notes" -> notes = in.text();
        case "class_evidence" -> evidence = in.text();
        case "class_guessed" -> guessed = in.bool();
        default -> sourced.readOrRefuse(field, in, FIELDS);
      }
    }
    if ((prior == null) == (settings == null)) {
      throw in.error("settings", "give either 'prior' (a model with no reasoning control) or 'settings', not both or neither");
    }
    if (prior != null) {
      if (defaultSetting != null) {
        throw in.error("default_setting", "only goes with 'settings'");
      }
      settings = List.of(SettingsField.setting(in, Setting.DEFAULT, prior));
      defaultSetting = Setting.DEFAULT;
      SettingsField.checkClass(in, "prior", prior, priorClasses);
    }
    Source own = Values.source(sourced.text(), checkedDefault.checked(sourced.checked(), sourced.text(), "model '" + id + "'"));
    List<PricePeriod> periods = new ArrayList<>();
    for (PeriodCodec.Period p : in.required("prices", prices)) {
      periods.add(p.complete(own));
    }
    Model model = new Model(id, provider, aliases, settings, defaultSetting, periods, own, evidence,
        Boolean.TRUE.equals(guessed), notes, released == null ? null : Values.date("released", released));
    if (owners != null) {
      owners.claim(in, model);
    }
    return model;
  }

  /** A price period, finished once the model's own source is known (a period without one takes it). */
  private PeriodCodec.Period price(FieldReader in) {
    return PeriodCodec.read(in, this);
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
    if (m.released() != null) {
      out.text("released", m.released().toString());
    }
    out.objects("prices", m.prices(), (o, p) -> PeriodCodec.write(o, p, m.source()));
    out.text("notes", m.notes()).text("class_evidence", m.classEvidence());
    if (m.classGuessed()) {
      out.bool("class_guessed", true);
    }
    Values.write(out, m.source());
  }

}
