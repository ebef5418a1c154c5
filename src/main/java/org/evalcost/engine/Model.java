package org.evalcost.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A priced model: its id, the seller ({@code provider}), the names it also answers to, how it can
 * be run, and its prices; {@code classEvidence} says what its settings' prior classes rest on
 * (null: a curated record), and {@code classGuessed} that they rest on no evidence about the model;
 * {@code notes} are for people reading the data file; {@code released} is the day the model came
 * out, where known (a class prior's release-date trend uses it), else null.
 */
public record Model(
    String id,
    String provider,
    List<String> aliases,
    List<Setting> settings,
    String defaultSetting,
    List<PricePeriod> prices,
    Source source,
    String classEvidence,
    boolean classGuessed,
    String notes,
    LocalDate released) {
  /** Periods by their first day (a class, not a lambda: nothing to link at start-up). */
  private static final Comparator<PricePeriod> BY_DATE = new Comparator<>() {
    @Override
    public int compare(PricePeriod a, PricePeriod b) {
      return a.effectiveFrom().compareTo(b.effectiveFrom());
    }
  };

  public Model(String id, String provider, List<String> aliases, List<Setting> settings, String defaultSetting,
      List<PricePeriod> prices, Source source) {
    this(id, provider, aliases, settings, defaultSetting, prices, source, null, false, null);
  }

  public Model(String id, String provider, List<String> aliases, List<Setting> settings, String defaultSetting,
      List<PricePeriod> prices, Source source, String classEvidence, boolean classGuessed) {
    this(id, provider, aliases, settings, defaultSetting, prices, source, classEvidence, classGuessed, null);
  }

  public Model(String id, String provider, List<String> aliases, List<Setting> settings, String defaultSetting,
      List<PricePeriod> prices, Source source, String classEvidence, boolean classGuessed, String notes) {
    this(id, provider, aliases, settings, defaultSetting, prices, source, classEvidence, classGuessed, notes, null);
  }

  /** The same model under another id and names (a seller's copy, a renamed download). */
  public Model renamed(String newId, List<String> newAliases) {
    return new Model(newId, provider, newAliases, settings, defaultSetting, prices, source, classEvidence, classGuessed,
        notes, released);
  }

  /** The same model with other price periods. */
  public Model withPrices(List<PricePeriod> newPrices) {
    return new Model(id, provider, aliases, settings, defaultSetting, newPrices, source, classEvidence, classGuessed,
        notes, released);
  }

  public Model {
    Checks.text("id", id);
    Checks.text("provider", provider);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    settings = Checks.notEmpty("settings", settings, "needs at least one setting");
    Set<String> names = new HashSet<>();
    for (Setting s : settings) {
      Checks.once("settings", s.name(), names, "a setting");
    }
    Checks.text("default_setting", defaultSetting);
    if (!names.contains(defaultSetting)) {
      throw new InvalidValueException(
          "default_setting", "'" + defaultSetting + "' is not one of the model's settings");
    }
    List<PricePeriod> byDate = new ArrayList<>(Checks.present("prices", prices));
    byDate.sort(BY_DATE);
    prices = List.copyOf(byDate);
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
    for (Setting s : settings) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when the model can be run in more than one way (a reasoning effort, thinking). */
  public boolean hasSettings() {
    return settings.size() > 1 || !settings.get(0).name().equals(Setting.DEFAULT);
  }
}
