package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.evalcost.engine.InvalidValueException;

/**
 * One JSON object of a data file, read field by field straight off Jackson's streaming parser: a
 * codec asks for the {@link #next} field's name and then for its value as the type it expects.
 * Every field's place is kept, so any refusal (a wrong type, an unknown field, a value the engine
 * record rejects, a name another record uses) is a {@link DataException} at that field's own line
 * and column. A field whose value is null counts as missing.
 */
public final class FieldReader {
  private final JsonParser parser;
  private final String file;
  private final FieldReader root;
  /** Where this object sits in its record ("" for the record, "prices[1]"), and in its file ("models[3]..."). */
  private final String path;
  private final String absolute;
  private final int line;
  private final int column;
  private String subject;
  private String key;
  private final FieldPlaces read = new FieldPlaces();
  private int nameLine;
  private int nameColumn;

  /** A record of {@code file} at the parser's '{'; {@code absolute} is where it sits ("models[3]"). */
  FieldReader(JsonParser parser, String file, String absolute) {
    this(parser, file, null, "", absolute);
  }

  private FieldReader(JsonParser parser, String file, FieldReader root, String path, String absolute) {
    this.parser = parser;
    this.file = file;
    this.root = root == null ? this : root;
    this.path = path;
    this.absolute = absolute;
    JsonLocation at = parser.currentTokenLocation();
    this.line = at.getLineNr();
    this.column = at.getColumnNr();
  }

  /** Names the record in later errors ("model 'o1'"), once its key is read: what must be unique in its file. */
  public void names(String kind, String key) {
    root.key = key;
    root.subject = key == null ? null : kind + " '" + key + "'";
  }

  /** The record's key, as {@link #names} was given it; null before. */
  String key() {
    return root.key;
  }

  /** The next field's name, with the parser on its value; null at the closing '}'. */
  public String next() {
    JsonToken token = advance();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    String name = currentName();
    JsonLocation at = parser.currentTokenLocation();
    nameLine = at.getLineNr();
    nameColumn = at.getColumnNr();
    if (read.has(name)) {
      throw new DataException(file, nameLine, nameColumn, null, "Duplicate field '" + name + "'");
    }
    advance();
    JsonLocation value = parser.currentTokenLocation();
    read.add(name, value.getLineNr(), value.getColumnNr());
    return name;
  }

  /** Refuses the field just read: the record does not know it. */
  public DataException unknown(String... known) {
    return new DataException(file, nameLine, nameColumn, root.subject, field(read.last()),
        "unknown field (known: " + String.join(", ", new TreeSet<>(List.of(known))) + ")");
  }

  public String text() {
    return present("a string", JsonToken.VALUE_STRING, JsonToken.VALUE_STRING) ? ParserCalls.text(file, parser) : null;
  }

  /** Whether the value is given (not null), refusing one of neither token. */
  private boolean present(String expected, JsonToken one, JsonToken other) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != one && t != other) {
      throw wrong(expected);
    }
    return true;
  }

  public BigDecimal decimal() {
    if (!present("a number", JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT)) {
      return null;
    }
    BigDecimal d = ParserCalls.decimal(file, parser);
    if (d.scale() > 60 || d.precision() - d.scale() > 50) {
      throw here("is out of range (at most 50 digits before the point and 60 after)");
    }
    return d;
  }

  /** A whole number; 1e3 and 1000.0 are whole too, only past a long is one too large. */
  public Long longValue() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT && ParserCalls.numberType(file, parser) != JsonParser.NumberType.BIG_INTEGER) {
      return ParserCalls.longValue(file, parser);
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = ParserCalls.decimal(file, parser);
      BigDecimal whole = d.stripTrailingZeros();
      if (whole.scale() <= 0) {
        if (whole.precision() - whole.scale() > 19 || whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            || whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
          throw here("is too large (was " + d.toPlainString() + ")");
        }
        return whole.longValueExact();
      }
    }
    throw wrong("a whole number");
  }

  public Integer intValue() {
    Long value = longValue();
    if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      throw here("is too large (was " + value + ")");
    }
    return value == null ? null : value.intValue();
  }

  public Boolean bool() {
    return present("true or false", JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE)
        ? parser.currentToken() == JsonToken.VALUE_TRUE : null;
  }

  public List<String> texts() {
    if (!startArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    while (advance() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw wrong("a string");
      }
      out.add(ParserCalls.text(file, parser));
    }
    return out;
  }

  /** The field's object, for the caller to read to its end with {@link #next}; null when null. */
  public FieldReader object() {
    if (!present("an object", JsonToken.START_OBJECT, JsonToken.START_OBJECT)) {
      return null;
    }
    String name = read.last();
    return new FieldReader(parser, file, root, within(name), absolute + "." + name);
  }

  /** An array of objects, each read by {@code element} to its end; a value it refuses is an error at its field. */
  public <T> List<T> objects(Function<FieldReader, T> element) {
    if (!startArray()) {
      return null;
    }
    String name = read.last();
    List<T> out = new ArrayList<>();
    while (advance() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw wrong("an object");
      }
      String at = "[" + out.size() + "]";
      FieldReader in = new FieldReader(parser, file, root, within(name) + at, absolute + "." + name + at);
      try {
        out.add(element.apply(in));
      } catch (InvalidValueException e) {
        throw in.refused(e);
      }
    }
    return out;
  }

  /**
   * A value an engine record refused, as an error at the field it names. A record's reading, and each
   * element's of {@link #objects}, is refused so; a codec that builds a record of an {@link #object}
   * catches the exception itself.
   */
  public DataException refused(InvalidValueException e) {
    return error(e.field(), e.getMessage());
  }

  /** A value given as null or not at all is refused: "is missing", at the object. */
  public <T> T required(String field, T value) {
    if (value == null) {
      throw error(field, "is missing");
    }
    return value;
  }

  /**
   * A refusal of {@code field} ("prices", "settings.high", "output_tokens.gpqa"), at its place in
   * this object, or at the object when the field was not given.
   */
  public DataException error(String field, String message) {
    int l = line;
    int c = column;
    if (field != null) {
      int end = field.length();
      for (int i = 0; i < field.length(); i++) {
        if (field.charAt(i) == '.' || field.charAt(i) == '[') {
          end = i;
          break;
        }
      }
      int[] at = read.of(field.substring(0, end));
      if (at != null) {
        l = at[0];
        c = at[1];
      }
    }
    return new DataException(file, l, c, root.subject, field == null ? null : field(field), message);
  }

  private String within(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The field as errors name it: relative to the record once it has a name, else from the file's top. */
  private String field(String name) {
    if (root.subject != null) {
      return within(name);
    }
    return absolute + "." + name;
  }

  private DataException here(String message) {
    JsonLocation at = parser.currentTokenLocation();
    return new DataException(file, at.getLineNr(), at.getColumnNr(), root.subject, field(read.last()), message);
  }

  private DataException wrong(String expected) {
    return here("expected " + expected + " but found " + RecordArray.describe(parser.currentToken()));
  }

  private boolean startArray() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != JsonToken.START_ARRAY) {
      throw wrong("an array");
    }
    return true;
  }

  private String currentName() {
    return ParserCalls.currentName(file, parser);
  }

  private JsonToken advance() {
    return ParserCalls.nextToken(file, parser);
  }
}
