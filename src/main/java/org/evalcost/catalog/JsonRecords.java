package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a data file of the shape {@code {"schema_version": 1, "<records>": [...], ...}} one record
 * at a time with Jackson's streaming parser (no data binding, no reflection), so every record and
 * field keeps its line and column, and every error becomes a {@link DataException} that names
 * file, line, column and field.
 */
final class JsonRecords {
  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonRecords() {}

  /** A file's records and the scalar fields it had beside them. */
  record Content<T>(List<Located<T>> records, Map<String, String> scalars) {}

  static <T> Content<T> read(
      DataSource source, String file, String arrayField, Function<Obj, T> type, Set<String> scalarFields) {
    String label = source.label(file);
    try (InputStream in = source.open(file);
        JsonParser parser = FACTORY.createParser(in)) {
      return read(parser, label, arrayField, type, scalarFields);
    } catch (NumberFormatException e) {
      throw new DataException(label, 0, 0, null, "has a number that cannot be read: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new DataException(label, line(e.getLocation()), column(e.getLocation()), null,
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(label, 0, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  private static <T> Content<T> read(
      JsonParser parser, String label, String arrayField, Function<Obj, T> type, Set<String> scalarFields)
      throws IOException {
    if (parser.nextToken() == null) {
      throw new DataException(label, 0, 0, null, "is empty; expected a JSON object");
    }
    expect(parser, label, JsonToken.START_OBJECT, "a JSON object");
    List<Located<T>> records = null;
    Map<String, String> scalars = new LinkedHashMap<>();
    boolean versioned = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      parser.nextToken();
      if (name.equals("schema_version")) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != SCHEMA_VERSION) {
          throw new DataException(label, line(at), column(at), name,
              "must be " + SCHEMA_VERSION + " (was " + parser.getText() + ")");
        }
        versioned = true;
      } else if (name.equals(arrayField)) {
        records = readArray(parser, label, arrayField, type);
      } else if (scalarFields.contains(name) && parser.currentToken() == JsonToken.VALUE_STRING) {
        scalars.put(name, parser.getText());
      } else {
        Set<String> known = new TreeSet<>(scalarFields);
        known.add("schema_version");
        known.add(arrayField);
        throw new DataException(label, line(at), column(at), name,
            scalarFields.contains(name) ? "must be a string" : "unknown field (known: " + String.join(", ", known) + ")");
      }
    }
    expect(parser, label, JsonToken.END_OBJECT, "a field name or '}'");
    if (parser.nextToken() != null) {
      throw new DataException(label, line(parser.currentTokenLocation()),
          column(parser.currentTokenLocation()), null, "has content after the closing '}'");
    }
    if (!versioned) {
      throw new DataException(label, 1, 1, "schema_version", "is missing; this evalcost reads version " + SCHEMA_VERSION);
    }
    if (records == null) {
      throw new DataException(label, 1, 1, arrayField, "is missing");
    }
    return new Content<>(records, scalars);
  }

  private static <T> List<Located<T>> readArray(JsonParser parser, String label, String arrayField,
      Function<Obj, T> type)
      throws IOException {
    expect(parser, label, JsonToken.START_ARRAY, "an array of records in '" + arrayField + "'");
    List<Located<T>> records = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation at = parser.currentTokenLocation();
      int index = records.size();
      expect(parser, label, JsonToken.START_OBJECT, "a record (a JSON object) in '" + arrayField + "'");
      Node node = Node.read(parser, label);
      T value = type.apply(new Obj(label, arrayField + "[" + index + "]", node));
      records.add(new Located<>(value, label, line(at), column(at), index, node));
    }
    return records;
  }

  private static void expect(JsonParser parser, String label, JsonToken token, String what) {
    if (parser.currentToken() != token) {
      JsonLocation at = parser.currentTokenLocation();
      throw new DataException(label, line(at), column(at), null,
          "expected " + what + " but found " + describe(parser.currentToken()));
    }
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(at.getLineNr(), 0);
  }

  private static int column(JsonLocation at) {
    return at == null ? 0 : Math.max(at.getColumnNr(), 0);
  }
}
