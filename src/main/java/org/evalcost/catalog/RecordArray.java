package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.InvalidValueException;

/**
 * The array of a data file's records, read one by one; and the parser's places and tokens as the
 * file's errors name them.
 */
final class RecordArray {
  private RecordArray() {}

  /** Past this many refused records, a file's reading stops: its author has enough to fix. */
  static final int MAX_PROBLEMS = 20;

  /** The record {@code in} is at; a value its engine record refuses is an error at that value's field. */
  private static <T> T record(Codec<T> codec, FieldReader in) {
    try {
      return codec.read(in);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  /**
   * Reads every record; a record that is refused is skipped to its end and reading goes on, so
   * one run reports every problem of the file (up to {@value #MAX_PROBLEMS}), not the first.
   */
  static <T> List<DataFile.Located<T>> read(JsonParser parser, String label, Codec<T> codec) throws IOException {
    expect(parser, label, JsonToken.START_ARRAY, "an array of records in '" + codec.array() + "'");
    com.fasterxml.jackson.core.JsonStreamContext array = parser.getParsingContext();
    List<DataFile.Located<T>> records = new ArrayList<>();
    List<DataException> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      expect(parser, label, JsonToken.START_OBJECT, "a record (a JSON object) in '" + codec.array() + "'");
      FieldReader in = new FieldReader(parser, label, codec.array() + "[" + index + "]");
      try {
        T value = record(codec, in);
        String key = in.key();
        Integer earlier = seen.putIfAbsent(String.valueOf(key), index);
        if (earlier != null) {
          throw in.error(null, "duplicate: record #" + (earlier + 1) + " has the same id");
        }
        records.add(new DataFile.Located<>(value, in, index));
      } catch (DataException refused) {
        problems.add(refused);
        if (refused.syntax() || problems.size() >= MAX_PROBLEMS) {
          break; // the text itself is broken (or the list long enough): nothing after it can be trusted
        }
        while (parser.getParsingContext() != array) { // to the refused record's closing '}'
          if (parser.nextToken() == null) {
            break;
          }
        }
      }
      index++;
    }
    if (problems.size() == 1) {
      throw problems.get(0);
    }
    if (!problems.isEmpty()) {
      StringBuilder text = new StringBuilder("has ").append(problems.size())
          .append(problems.get(problems.size() - 1).syntax() || problems.size() >= MAX_PROBLEMS ? " problems before it "
              + "stopped reading:" : " problems:");
      for (DataException p : problems) {
        text.append("\n  ").append(p.getMessage());
      }
      throw new DataException(label, 0, 0, null, text.toString(), problems);
    }
    return records;
  }

  static void expect(JsonParser parser, String label, JsonToken token, String what) {
    if (parser.currentToken() != token) {
      JsonLocation at = parser.currentTokenLocation();
      throw new DataException(label, line(at), column(at), null,
          "expected " + what + " but found " + describe(parser.currentToken()));
    }
  }

  static String describe(JsonToken token) {
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

  static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(at.getLineNr(), 0);
  }

  static int column(JsonLocation at) {
    return at == null ? 0 : Math.max(at.getColumnNr(), 0);
  }
}
