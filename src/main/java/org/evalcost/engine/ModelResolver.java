package org.evalcost.engine;

import static org.evalcost.engine.Qualifiers.first;
import static org.evalcost.engine.Qualifiers.withQualifiers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what a user types into a model, a seller and a setting. The rules, in the order they are
 * tried (README, "Model names"):
 * <ol>
 *   <li>an id or alias, compared by {@link ModelNames#key} (case, dots, dashes and spaces aside);
 *   <li>an id or alias followed by "-" and a setting ({@code o3-mini-high}); an explicit name wins;
 *   <li>a seller after "@" ({@code gpt-oss-120b@cerebras}) or before "/" ({@code openai/gpt-5.5},
 *       {@code openrouter/openai/gpt-5}); a path segment that names no seller is an organisation
 *       and is dropped ({@code meta-llama/...});
 *   <li>a setting in parentheses, as Artificial Analysis names models ({@code GPT-5.5 (xhigh)}), and
 *       a month there picks that month's snapshot ({@code GPT-4o (Nov '24)}: {@link Snapshots});
 *   <li>the same words in another order ({@code Claude 4.5 Sonnet}), where that picks one model;
 *   <li>a four-digit release tag the id leaves out ({@code Grok 4.20 0309}), or one only the id has
 *       ({@code devstral-medium} for the one {@code devstral-medium-2507});
 *   <li>Google's {@code -it} for {@code -instruct}, and back.
 * </ol>
 * The catalog's first models are searched first; its generated ones only when those miss.
 */
public final class ModelResolver {

  private final Catalog catalog;
  private final Map<String, ModelRef> plain = new HashMap<>();
  private final Map<String, ModelRef> variants = new HashMap<>();
  private final Map<String, ModelRef> words = new HashMap<>();
  private final Set<String> ambiguousWords = new java.util.HashSet<>();
  /** Ids and aliases without their release tag ({@code devstral-medium} for {@code devstral-medium-2507}), where one model has it. */
  private final Map<String, ModelRef> untagged = new HashMap<>();
  private final Set<String> ambiguousUntagged = new java.util.HashSet<>();
  private final Map<String, Model> bySeller = new HashMap<>();
  private final Set<String> sellers = new java.util.HashSet<>();
  private final List<Model> registered = new ArrayList<>();
  private boolean complete;

  public ModelResolver(Catalog catalog) {
    this.catalog = catalog;
    register(catalog.coreModels());
    complete = !catalog.hasMoreModels();
  }

  private void register(List<Model> models) {
    for (Model model : models) {
      registered.add(model);
      sellers.add(model.provider());
      Setting fallback = model.setting(model.defaultSetting()).orElseThrow();
      ModelRef ref = new ModelRef(model, fallback);
      for (String name : sellerNames(model)) {
        bySeller.putIfAbsent(ModelNames.key(name) + "@" + model.provider(), model);
      }
      for (String name : names(model)) {
        String key = ModelNames.key(name);
        ModelRef earlier = plain.putIfAbsent(key, ref);
        if (earlier != null && earlier.model() != model) {
          throw new InvalidValueException("aliases",
              "the name '" + name + "' means both " + earlier.label() + " and " + ref.label());
        }
        String wordKey = ModelNames.wordKey(name);
        ModelRef other = words.putIfAbsent(wordKey, ref);
        if (other != null && other.model() != model) {
          ambiguousWords.add(wordKey);
        }
        String bare = ModelNames.withoutReleaseTag(name);
        ModelRef tagged = bare == null ? null : untagged.putIfAbsent(bare, ref);
        if (tagged != null && tagged.model() != model) {
          ambiguousUntagged.add(bare);
        }
        if (model.hasSettings()) {
          for (Setting setting : model.settings()) {
            variants.putIfAbsent(ModelNames.key(name + "-" + setting.name()), new ModelRef(model, setting));
          }
        }
      }
    }
  }

  /** A model's id and aliases. */
  static List<String> names(Model model) {
    List<String> names = new ArrayList<>();
    names.add(model.id());
    names.addAll(model.aliases());
    return names;
  }

  /** The names a seller is looked up by: the id and aliases, and for an id like {@code x@seller} its {@code x}. */
  private static List<String> sellerNames(Model model) {
    List<String> names = names(model);
    int at = model.id().lastIndexOf('@');
    if (at > 0) {
      names.add(model.id().substring(0, at));
    }
    return names;
  }

  private void registerRest() {
    if (!complete) {
      complete = true;
      register(catalog.moreModels());
    }
  }

  public ModelRef resolve(String name, String effort) {
    return resolve(name, effort, null);
  }

  /**
   * Resolves {@code name}; {@code effort}, when given, picks the setting and must agree with one
   * the name already carries; {@code seller}, when given, picks who sells it.
   */
  public ModelRef resolve(String name, String effort, String seller) {
    boolean wholeCatalog = complete; // a rule may read the rest while it looks: look again then
    Found found = find(name);
    if (found == null && !wholeCatalog) {
      registerRest();
      found = find(name);
    }
    if (found == null) {
      throw unknown(name);
    }
    ModelRef ref = found.ref();
    String wantedSeller = seller != null ? seller : found.seller();
    if (wantedSeller != null) {
      ref = atSeller(ref, SellerIds.of(wantedSeller), name);
    }
    if (effort == null) {
      return ref;
    }
    Model model = ref.model();
    Setting wanted = model.setting(effort).orElseThrow(() -> new UnknownNameException(RequestField.EFFORT,
        model.hasSettings() ? "model " + model.id() + " has no setting '" + effort + "'"
            : "model " + model.id() + " has no reasoning settings; drop {field}",
        model.hasSettings() ? model.settings().stream().map(Setting::name).toList() : List.of()));
    if (found.carriesSetting() && !wanted.equals(ref.setting())) {
      throw new InvalidRequestException(RequestField.EFFORT, "'" + name + "' already means setting '"
          + ref.setting().name() + "', which contradicts {field} " + effort);
    }
    return new ModelRef(model, wanted);
  }

  /** What a name found: the model and setting, whether the name chose the setting, and a seller it named. */
  private record Found(ModelRef ref, boolean carriesSetting, String seller) {}

  private Found find(String name) {
    String key = ModelNames.key(name);
    ModelRef ref = plain.get(key);
    if (ref != null) {
      return new Found(ref, false, null);
    }
    ref = variants.get(key);
    if (ref != null) {
      return new Found(ref, true, null);
    }
    int at = name.lastIndexOf('@');
    if (at > 0 && at < name.length() - 1) {
      Found base = find(name.substring(0, at));
      return base == null ? null : new Found(base.ref(), base.carriesSetting(), name.substring(at + 1));
    }
    int slash = name.lastIndexOf('/');
    if (slash > 0 && slash < name.length() - 1) {
      Found base = find(name.substring(slash + 1));
      if (base == null) {
        return null;
      }
      for (String segment : name.substring(0, slash).split("/")) {
        String s = SellerIds.of(segment);
        if (sellers.contains(s) && seller(base.ref(), s) != null) {
          return new Found(base.ref(), base.carriesSetting(), s);
        }
      }
      return base;
    }
    ModelNames.Spelled spelled = ModelNames.spelled(name);
    if (!spelled.qualifiers().isEmpty()) {
      Found base = find(spelled.base());
      IdDates.Month month = IdDates.named(spelled.qualifiers());
      if (base == null && month != null) {
        registerRest();
        base = find(spelled.base());
      }
      if (base == null && month != null) {
        Model model = Snapshots.dated(spelled.base(), month, registered);
        base = model == null ? null
            : new Found(new ModelRef(model, model.setting(model.defaultSetting()).orElseThrow()), false, null);
      }
      if (base == null) {
        return null;
      }
      ModelRef picked = base.ref();
      if (month != null) {
        registerRest();
        Model model = Snapshots.pick(picked.model(), spelled.base(), month, registered, name);
        if (model != picked.model()) {
          picked = new ModelRef(model, model.setting(model.defaultSetting()).orElseThrow());
        }
      }
      return new Found(withQualifiers(picked, spelled.qualifiers(), name), true, base.seller());
    }
    String wordKey = ModelNames.wordKey(name);
    ref = ambiguousWords.contains(wordKey) ? null : words.get(wordKey); // only where it picks one model
    if (ref != null) {
      return new Found(ref, false, null);
    }
    String undated = ModelNames.withoutReleaseTag(name);
    Found found = undated == null ? null : find(undated);
    if (found != null) {
      return found;
    }
    registerRest(); // one model in the whole catalog, not in the part read so far
    ref = ambiguousUntagged.contains(key) ? null : untagged.get(key); // the one id that adds a release tag
    if (ref != null) {
      return new Found(ref, false, null);
    }
    String respelled = ModelNames.instructSpelling(name); // looked up as written only: no rule turns it back
    ref = respelled == null ? null : plain.get(respelled);
    return ref == null ? null : new Found(ref, false, null);
  }

  /** The same model from {@code seller}, or a message naming who does sell it. */
  private ModelRef atSeller(ModelRef ref, String seller, String name) {
    Model model = seller(ref, seller);
    if (model == null && !complete) {
      registerRest();
      model = seller(ref, seller);
    }
    if (model == null) {
      throw new UnknownNameException("'" + name + "' is not sold by '" + seller + "' in the catalog", sellersOf(ref.model()));
    }
    if (model == ref.model()) {
      return ref;
    }
    Setting setting = model.setting(ref.setting().name()).orElse(model.setting(model.defaultSetting()).orElseThrow());
    return new ModelRef(model, setting);
  }

  private Model seller(ModelRef ref, String seller) {
    if (ref.model().provider().equals(seller)) {
      return ref.model();
    }
    for (String n : sellerNames(ref.model())) {
      Model m = bySeller.get(ModelNames.key(n) + "@" + seller);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** Every seller of the model, as {@code name@seller}, the model's own first. */
  public List<String> sellersOf(Model model) {
    registerRest();
    Set<String> keys = new java.util.HashSet<>();
    for (String n : sellerNames(model)) {
      keys.add(ModelNames.key(n));
    }
    Set<String> out = new TreeSet<>();
    List<String> own = sellerNames(model);
    String base = own.get(own.size() - 1);
    for (Model m : registered) {
      for (String n : sellerNames(m)) {
        if (keys.contains(ModelNames.key(n))) {
          out.add(ModelNames.key(base) + "@" + m.provider());
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private UnknownNameException unknown(String name) {
    return UnknownNames.of(name, registered);
  }
}
