package org.evalcost.logs;

/** Names a request's model and benchmark as the catalog knows them. */
public interface Naming {
  /** The catalog's id for a model named in a log, or null when the catalog has none. */
  String model(String logName);

  /** The setting a log's reasoning effort stands for (null: the model's default). */
  String setting(String model, String effort);
}
