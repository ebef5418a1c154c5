package org.evalcost.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a user types into a model and setting. A model answers to its id, its aliases, and
 * to either followed by "-" and a setting ({@code o3-mini-high}, {@code claude-3.7-sonnet-thinking}),
 * the way benchmark sites name reasoning variants.
 */
public final class ModelResolver {
  private final Map<String, ModelRef> byName = new LinkedHashMap<>();
  private final List<String> plainNames = new ArrayList<>();

  public ModelResolver(Catalog catalog) {
    for (Model model : catalog.models()) {
      List<String> names = new ArrayList<>();
      names.add(model.id());
      names.addAll(model.aliases());
      Setting fallback = model.setting(model.defaultSetting()).orElseThrow();
      for (String name : names) {
        register(name, new ModelRef(model, fallback));
        plainNames.add(name);
        if (model.hasSettings()) {
          for (Setting setting : model.settings()) {
            register(name + "-" + setting.name(), new ModelRef(model, setting));
          }
        }
      }
    }
  }

  private void register(String name, ModelRef ref) {
    ModelRef earlier = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), ref);
    if (earlier != null && !earlier.equals(ref)) {
      throw new InvalidValueException(
          "aliases",
          "the name '" + name + "' means both " + earlier.label() + " and " + ref.label());
    }
  }

  /**
   * Resolves {@code name}; {@code effort}, when given, picks the setting and must agree with one
   * the name already carries.
   */
  public ModelRef resolve(String name, String effort) {
    ModelRef ref = byName.get(name.toLowerCase(Locale.ROOT));
    if (ref == null) {
      throw new UnknownNameException(
          "unknown model '" + name + "'", Names.closest(name, byName.keySet(), 3));
    }
    if (effort == null) {
      return ref;
    }
    Model model = ref.model();
    Setting wanted =
        model
            .setting(effort)
            .orElseThrow(
                () ->
                    new UnknownNameException(
                        model.hasSettings()
                            ? "model " + model.id() + " has no setting '" + effort + "'"
                            : "model " + model.id() + " has no reasoning settings; drop --effort",
                        model.hasSettings()
                            ? model.settings().stream().map(Setting::name).toList()
                            : List.of()));
    boolean nameCarriesSetting = !isPlainName(name);
    if (nameCarriesSetting && !wanted.equals(ref.setting())) {
      throw new InvalidRequestException(
          "'" + name + "' already means setting '" + ref.setting().name()
              + "', which contradicts --effort " + effort);
    }
    return new ModelRef(model, wanted);
  }

  private boolean isPlainName(String name) {
    return plainNames.stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  /** Every name a model answers to, without the setting suffixes. */
  public List<String> plainNames() {
    return List.copyOf(plainNames);
  }
}
