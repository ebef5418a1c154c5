package org.evalcost.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields one kind of object in a data file may carry, each with the kind of value it holds.
 * {@link #read} is the loop every codec once wrote for itself: each field in turn, read as its
 * kind, an unknown one refused with the list of known ones, the values gathered by name into a
 * {@link FieldValues} that the codec builds its record from. A field of its own shape (an object
 * of settings, an array of price periods) is read by the codec as it comes, through {@link Nested}.
 */
public final class RecordSchema {
  /** Reads a field its schema marks {@link #nested} when the reading meets it. */
  public interface Nested {
    Object nested(String field, FieldReader in);
  }

  private static final byte TEXT = 0;
  private static final byte KEY = 1;
  private static final byte DECIMAL = 2;
  private static final byte WHOLE = 3;
  private static final byte INTEGER = 4;
  private static final byte BOOL = 5;
  private static final byte TEXTS = 6;
  private static final byte DECIMAL_MAP = 7;
  private static final byte TEXT_MAP = 8;
  private static final byte NESTED = 9;

  private String[] names = new String[0];
  private byte[] kinds = new byte[0];
  private final Map<String, Integer> index = new HashMap<>();

  /** A string. */
  public RecordSchema text(String... fields) {
    return add(TEXT, fields);
  }

  /** The string that names the record in errors from the moment it is read ("model 'o1'"). */
  public RecordSchema key(String field) {
    return add(KEY, field);
  }

  public RecordSchema decimal(String... fields) {
    return add(DECIMAL, fields);
  }

  /** A whole number, as a Long. */
  public RecordSchema whole(String... fields) {
    return add(WHOLE, fields);
  }

  /** A whole number within an int. */
  public RecordSchema integer(String... fields) {
    return add(INTEGER, fields);
  }

  public RecordSchema bool(String... fields) {
    return add(BOOL, fields);
  }

  /** An array of strings. */
  public RecordSchema texts(String... fields) {
    return add(TEXTS, fields);
  }

  /** An object of numbers by name. */
  public RecordSchema decimalMap(String... fields) {
    return add(DECIMAL_MAP, fields);
  }

  /** An object of strings by name. */
  public RecordSchema textMap(String... fields) {
    return add(TEXT_MAP, fields);
  }

  /** A field its reader's {@link Nested} reads. */
  public RecordSchema nested(String... fields) {
    return add(NESTED, fields);
  }

  /** The four rates every priced object of a models file spells alike. */
  public RecordSchema rates() {
    return decimal("input", "cached_input", "cache_write", "output");
  }

  /** The two fields every record carries: "source" and "checked", the day it was checked. */
  public RecordSchema sourced() {
    return text("source", "checked");
  }

  private RecordSchema add(byte kind, String... fields) {
    for (String field : fields) {
      if (index.putIfAbsent(field, names.length) != null) {
        throw new IllegalArgumentException("field '" + field + "' twice");
      }
      names = Arrays.copyOf(names, names.length + 1);
      kinds = Arrays.copyOf(kinds, kinds.length + 1);
      names[names.length - 1] = field;
      kinds[kinds.length - 1] = kind;
    }
    return this;
  }

  /** Where {@code field} is held in a record's values; a name the schema lacks is a mistake in the codec. */
  int at(String field) {
    Integer i = index.get(field);
    if (i == null) {
      throw new IllegalArgumentException("no field '" + field + "' in " + Arrays.toString(names));
    }
    return i;
  }

  /** Reads the object {@code in} is at, to its closing '}'; {@code kind} names the record in errors ("model"). */
  public FieldValues read(FieldReader in, String kind, Nested nested) {
    Object[] values = new Object[names.length];
    for (String field = in.next(); field != null; field = in.next()) {
      Integer i = index.get(field);
      if (i == null) {
        throw in.unknown(names);
      }
      values[i] = switch (kinds[i]) {
        case TEXT -> in.text();
        case KEY -> {
          String key = in.text();
          in.names(kind, key);
          yield key;
        }
        case DECIMAL -> in.decimal();
        case WHOLE -> in.longValue();
        case INTEGER -> in.intValue();
        case BOOL -> in.bool();
        case TEXTS -> in.texts();
        case DECIMAL_MAP, TEXT_MAP -> map(in.object(), kinds[i]);
        default -> nested.nested(field, in);
      };
    }
    return new FieldValues(this, values);
  }

  /** An object of numbers or strings by name ("output_tokens", "derivation"); null when null. */
  private static Map<String, Object> map(FieldReader o, byte kind) {
    if (o == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name = o.next(); name != null; name = o.next()) {
      out.put(name, kind == DECIMAL_MAP ? o.decimal() : o.text());
    }
    return out;
  }

  /** Reads an object without a key or nested fields (a period's batch rates, a suite's entry). */
  public FieldValues read(FieldReader in) {
    return read(in, null, null);
  }
}
