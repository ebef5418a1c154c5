package org.evalcost.catalog;

/**
 * How one kind of record of a data file is read into its engine record and written back, under
 * the same field names both ways. A codec that checks references (a profile's model, a suite's
 * benchmarks) is made with what it checks them against; writing needs nothing.
 */
public abstract class Codec<T> {
  private final String array;
  private final String kind;

  /**
   * @param array the file's array of these records: "models"
   * @param kind what errors call one: "model"
   */
  protected Codec(String array, String kind) {
    this.array = array;
    this.kind = kind;
  }

  /** The file's array of these records: "models". */
  public final String array() {
    return array;
  }

  /** What errors call one: "model". */
  public final String kind() {
    return kind;
  }

  /** What must be unique in a file, and names the record in errors; null when missing. */
  public abstract String key(T value);

  /** Reads the record {@code in} is at, to its closing '}'. */
  public abstract T read(FieldReader in);

  public abstract void write(FieldWriter out, T value);
}
