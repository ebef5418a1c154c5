package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.BOOL;
import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.TEXTS;

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
  private static final RecordSchema FIELDS = new RecordSchema().key("id").with(TEXT, "provider").with(TEXTS, "aliases")
      .with(TEXT, "prior", "default_setting", "released", "notes", "class_evidence").with(NESTED, "settings", "prices")
      .with(BOOL, "class_guessed").sourced();

  private final Set<String> priorClasses;
  /** The file's names so far; null: not checked here. */
  private final NameOwners owners;

  /** Reads with the prior classes a setting may name; checks that no two models of the file share a name. */
  public ModelCodec(Set<String> priorClasses) {
    this(priorClasses, new NameOwners());
  }

  private ModelCodec(Set<String> priorClasses, NameOwners owners) {
    super("models", "model", FIELDS);
    this.priorClasses = priorClasses;
    this.owners = owners;
  }

  /** Reads the price periods; holds how a missing 'checked' date is defaulted (the file's for a user's file; none by default). */
  private PeriodCodec periods = new PeriodCodec(new CheckedDefault(null));

  /** For a file of the user's: a missing 'checked' is taken as {@code day} (the file's date), and listed. */
  ModelCodec checkedDefaultingTo(java.time.LocalDate day) {
    periods = new PeriodCodec(new CheckedDefault(day));
    return this;
  }

  CheckedDefault checkedDefault() {
    return periods.checkedDefault();
  }

  /** For writing only. */
  public static ModelCodec writer() {
    return new ModelCodec(Set.of(), null);
  }

  @Override
  protected Model build(FieldReader in, FieldValues v) {
    String id = v.text("id");
    String prior = v.text("prior");
    List<Setting> settings = v.nested("settings");
    String defaultSetting = v.text("default_setting");
    String released = v.text("released");
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
    String source = v.text("source");
    Source own = Values.source(source, checkedDefault().checked(v.text("checked"), source, "model '" + id + "'"));
    List<PricePeriod> prices = new ArrayList<>();
    for (PeriodCodec.Period p : in.<List<PeriodCodec.Period>>required("prices", v.nested("prices"))) {
      prices.add(p.complete(own));
    }
    Model model = new Model(id, v.text("provider"), v.texts("aliases"), settings, defaultSetting, prices, own,
        v.text("class_evidence"), v.bool("class_guessed"), v.text("notes"),
        released == null ? null : Values.date("released", released));
    if (owners != null) {
      owners.claim(in, model);
    }
    return model;
  }

  /** The model's "settings" and its "prices": periods finished once its own source is known (a period without one takes it). */
  @Override
  public Object nested(String field, FieldReader in) {
    return field.equals("settings") ? SettingsField.read(in.object(), priorClasses) : in.objects(periods::read);
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
