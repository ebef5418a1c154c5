package org.evalcost.engine;

/** A model together with the setting it is run at. */
public record ModelRef(Model model, Setting setting) {
  public ModelRef {
    Checks.present("model", model);
    Checks.present("setting", setting);
  }

  /** "o1-2024-12-17" for a model without settings, "o1-2024-12-17 (medium)" otherwise. */
  public String label() {
    return model.hasSettings() ? model.id() + " (" + setting.name() + ")" : model.id();
  }
}
