package org.evalcost.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A priced model: its id, the names it also answers to, how it can be run, and its prices. */
public record Model(
    String id,
    String provider,
    List<String> aliases,
    List<Setting> settings,
    String defaultSetting,
    List<PricePeriod> prices,
    Source source) {

  public Model {
    Checks.text("id", id);
    Checks.text("provider", provider);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    settings = List.copyOf(Checks.present("settings", settings));
    if (settings.isEmpty()) {
      throw new InvalidValueException("settings", "needs at least one setting");
    }
    if (settings.stream().map(Setting::name).distinct().count() != settings.size()) {
      throw new InvalidValueException("settings", "names a setting twice");
    }
    Checks.text("default_setting", defaultSetting);
    String wanted = defaultSetting;
    if (settings.stream().noneMatch(s -> s.name().equals(wanted))) {
      throw new InvalidValueException(
          "default_setting", "'" + defaultSetting + "' is not one of the model's settings");
    }
    prices =
        List.copyOf(Checks.present("prices", prices)).stream()
            .sorted(Comparator.comparing(PricePeriod::effectiveFrom))
            .toList();
    for (int i = 1; i < prices.size(); i++) {
      if (prices.get(i).effectiveFrom().equals(prices.get(i - 1).effectiveFrom())) {
        throw new InvalidValueException(
            "prices", "two price periods start on " + prices.get(i).effectiveFrom());
      }
    }
    Checks.present("source", source);
  }

  /** The price period in force on {@code date}: the latest one that started on or before it. */
  public Optional<PricePeriod> priceOn(LocalDate date) {
    PricePeriod found = null;
    for (PricePeriod p : prices) {
      if (!p.effectiveFrom().isAfter(date)) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  public Optional<Setting> setting(String name) {
    return settings.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** True when the model can be run in more than one way (a reasoning effort, thinking). */
  public boolean hasSettings() {
    return settings.size() > 1 || !settings.get(0).name().equals(Setting.DEFAULT);
  }
}
