package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value and where it starts. Objects are maps of nodes, arrays lists of nodes, whole
 * numbers Longs (or BigDecimals past a long), other numbers BigDecimals read exactly from the
 * text; strings, booleans and null as themselves. Read with Jackson's streaming parser: no
 * reflection, so the catalog loads fast, and every value keeps its line and column.
 */
record Node(Object value, int line, int column) {

  static Node read(JsonParser p, String file) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameAt = p.currentTokenLocation();
          p.nextToken();
          Node value = read(p, file);
          if (fields.containsKey(name)) {
            throw new DataException(file, nameAt.getLineNr(), nameAt.getColumnNr(), null, "Duplicate field '" + name + "'");
          }
          fields.put(name, new Node(value.value(), value.line(), value.column(), nameAt.getLineNr(), nameAt.getColumnNr()));
        }
        return new Node(fields, line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, file));
        }
        return new Node(items, line, column);
      }
      case VALUE_STRING -> {
        return new Node(p.getText(), line, column);
      }
      case VALUE_NUMBER_INT -> {
        return new Node(p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? new BigDecimal(p.getBigIntegerValue()) : (Object) p.getLongValue(), line, column);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Node(p.getDecimalValue(), line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(token == JsonToken.VALUE_TRUE, line, column);
      }
      case VALUE_NULL -> {
        return new Node(null, line, column);
      }
      default -> throw new DataException(file, line, column, null, "unexpected '" + token.asString() + "'");
    }
  }

  /** A field's value, remembering where its name stood (for "unknown field" errors). */
  Node(Object value, int line, int column, int nameLine, int nameColumn) {
    this(new Named(value, nameLine, nameColumn), line, column);
  }

  /** A field value with the position of its name. */
  record Named(Object value, int nameLine, int nameColumn) {}

  /** The value itself, unwrapped from its field name's position. */
  Object plain() {
    return value instanceof Named n ? n.value() : value;
  }

  int nameLine() {
    return value instanceof Named n ? n.nameLine() : line;
  }

  int nameColumn() {
    return value instanceof Named n ? n.nameColumn() : column;
  }
}
