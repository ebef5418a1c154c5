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

  /** What a field holds, and so how it is read. */
  public enum Kind {
    TEXT,
    /** The string that names the record in errors from the moment it is read ("model 'o1'"). */
    KEY,
    DECIMAL,
    /** A whole number, as a Long. */
    WHOLE,
    /** A whole number within an int. */
    INTEGER,
    BOOL,
    /** An array of strings. */
    TEXTS,
    /** An object of numbers by name. */
    DECIMAL_MAP,
    /** An object of strings by name. */
    TEXT_MAP,
    /** A field its reader's {@link Nested} reads. */
    NESTED
  }

  private String[] names = new String[0];
  private Kind[] kinds = new Kind[0];
  private final Map<String, Integer> index = new HashMap<>();

  /** The record's key: what must be unique in its file, and names the record in errors. */
  public RecordSchema key(String field) {
    return with(Kind.KEY, field);
  }

  /** The four rates every priced object of a models file spells alike. */
  public RecordSchema rates() {
    return with(Kind.DECIMAL, "input", "cached_input", "cache_write", "output");
  }

  /** The two fields every record carries: "source" and "checked", the day it was checked. */
  public RecordSchema sourced() {
    return with(Kind.TEXT, "source", "checked");
  }

  /** Fields of one kind, in the order given. */
  public RecordSchema with(Kind kind, String... fields) {
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
      Kind k = kinds[i];
      values[i] = switch (k) {
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
        case DECIMAL_MAP, TEXT_MAP -> map(in.object(), k == Kind.DECIMAL_MAP);
        case NESTED -> nested.nested(field, in);
      };
    }
    return new FieldValues(this, values);
  }

  /** An object of numbers or strings by name ("output_tokens", "derivation"); null when null. */
  private static Map<String, Object> map(FieldReader o, boolean decimals) {
    if (o == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name = o.next(); name != null; name = o.next()) {
      out.put(name, decimals ? o.decimal() : o.text());
    }
    return out;
  }

  /** Reads an object without a key or nested fields (a period's batch rates, a suite's entry). */
  public FieldValues read(FieldReader in) {
    return read(in, null, null);
  }
}
