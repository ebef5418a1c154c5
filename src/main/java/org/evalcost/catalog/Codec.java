package org.evalcost.catalog;

/**
 * How one kind of record of a data file is read into its engine record and written back, under
 * the same field names both ways. Its {@link RecordSchema} reads the fields; the codec checks what
 * goes across fields and builds the record, and reads the fields the schema leaves to it as
 * {@link RecordSchema#nested}. A codec that checks references (a profile's model, a suite's
 * benchmarks) is made with what it checks them against; writing needs nothing.
 */
public abstract class Codec<T> implements RecordSchema.Nested {
  private final String array;
  private final String kind;
  private final RecordSchema fields;

  /**
   * @param array the file's array of these records: "models"
   * @param kind what errors call one: "model"
   * @param fields the fields a record may carry; its key field is what must be unique in a file
   */
  protected Codec(String array, String kind, RecordSchema fields) {
    this.array = array;
    this.kind = kind;
    this.fields = fields;
  }

  /** The file's array of these records: "models". */
  public final String array() {
    return array;
  }

  /** What errors call one: "model". */
  public final String kind() {
    return kind;
  }

  /** Reads the record {@code in} is at, to its closing '}'. */
  public final T read(FieldReader in) {
    return build(in, fields.read(in, kind, this));
  }

  /** The record of the fields read; a value the record refuses throws InvalidValueException, naming the field. */
  protected abstract T build(FieldReader in, FieldValues v);

  @Override
  public Object nested(String field, FieldReader in) {
    throw new IllegalStateException(kind + " has no nested field '" + field + "'");
  }

  public abstract void write(FieldWriter out, T value);
}
