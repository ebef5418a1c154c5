package org.evalcost.catalog;

/**
 * How one kind of record of a data file is read into its engine record and written back, under
 * the same field names both ways. A codec that checks references (a profile's model, a suite's
 * benchmarks) is made with what it checks them against; writing needs nothing.
 */
public interface Codec<T> {
  /** The file's array of these records: "models". */
  String array();

  /** What errors call one: "model". */
  String kind();

  /** What must be unique in a file, and names the record in errors; null when missing. */
  String key(T value);

  /** Reads the record {@code in} is at, to its closing '}'. */
  T read(FieldReader in);

  void write(FieldWriter out, T value);
}
