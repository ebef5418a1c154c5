package org.evalcost.engine;

/**
 * A way to run a model (a reasoning effort, thinking on or off). It changes the tokens a model
 * generates, never its prices, so it names the prior class its tokens are predicted from.
 */
public record Setting(String name, String priorClass) {
  /** The name of the only setting of a model that has no reasoning control. */
  public static final String DEFAULT = "default";

  public Setting {
    Checks.text("setting", name);
    Checks.text("prior", priorClass);
  }
}
