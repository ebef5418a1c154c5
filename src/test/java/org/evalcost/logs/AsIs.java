package org.evalcost.logs;

/** Names kept as a log has them, with "default" for no effort: for tests and benchmarks of the readers. */
public final class AsIs implements Naming {
  public static final Naming NAMING = new AsIs();

  private AsIs() {}

  @Override
  public String model(String logName) {
    return logName;
  }

  @Override
  public String setting(String model, String effort) {
    return effort == null ? "default" : effort;
  }
}
