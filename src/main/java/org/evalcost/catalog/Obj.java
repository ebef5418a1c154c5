package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object of a data file, read field by field with the types a record expects; a field of
 * the wrong type, or one the record does not know, is a {@link DataException} at that field.
 */
final class Obj {
  private final String file;
  private final String path;
  private final Map<String, Node> fields;

  @SuppressWarnings("unchecked")
  Obj(String file, String path, Node node) {
    this.file = file;
    this.path = path;
    if (!(node.plain() instanceof Map)) {
      throw new DataException(file, node.line(), node.column(), path, "expected an object but found " + kind(node.plain()));
    }
    this.fields = (Map<String, Node>) node.plain();
  }

  private String at(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private DataException wrong(String field, Node node, String expected) {
    return new DataException(file, node.line(), node.column(), at(field),
        "expected " + expected + " but found " + kind(node.plain()));
  }

  static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Long || value instanceof BigDecimal) {
      return "a number";
    }
    if (value instanceof List) {
      return "an array";
    }
    return "an object";
  }

  /** Refuses fields the record does not know, naming the ones it does. */
  Obj only(String... known) {
    Set<String> names = Set.of(known);
    for (Map.Entry<String, Node> e : fields.entrySet()) {
      if (!names.contains(e.getKey())) {
        throw new DataException(file, e.getValue().nameLine(), e.getValue().nameColumn(), at(e.getKey()),
            "unknown field (known: " + String.join(", ", new TreeSet<>(names)) + ")");
      }
    }
    return this;
  }

  private Node get(String field) {
    Node node = fields.get(field);
    return node == null || node.plain() == null ? null : node;
  }

  String text(String field) {
    Node node = get(field);
    if (node == null) {
      return null;
    }
    if (!(node.plain() instanceof String s)) {
      throw wrong(field, node, "a string");
    }
    return s;
  }

  BigDecimal decimal(String field) {
    Node node = get(field);
    if (node == null) {
      return null;
    }
    return decimal(field, node);
  }

  private BigDecimal decimal(String field, Node node) {
    Object v = node.plain();
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v instanceof BigDecimal d) {
      if (d.scale() > 60 || d.precision() - d.scale() > 50) {
        throw new DataException(file, node.line(), node.column(), at(field),
            "is out of range (at most 50 digits before the point and 60 after)");
      }
      return d;
    }
    throw wrong(field, node, "a number");
  }

  Long whole(String field) {
    Node node = get(field);
    if (node == null) {
      return null;
    }
    if (node.plain() instanceof BigDecimal d) {
      // 1e3 and 1000.0 are whole numbers too; only past a long is one too large
      BigDecimal whole = d.stripTrailingZeros();
      if (whole.scale() <= 0) {
        try {
          return whole.longValueExact();
        } catch (ArithmeticException e) {
          throw new DataException(file, node.line(), node.column(), at(field), "is too large (was " + d.toPlainString() + ")");
        }
      }
    }
    if (!(node.plain() instanceof Long l)) {
      throw wrong(field, node, "a whole number");
    }
    return l;
  }

  Integer integer(String field) {
    Long value = whole(field);
    if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
      throw new DataException(file, fields.get(field).line(), fields.get(field).column(), at(field),
          "is too large (was " + value + ")");
    }
    return value == null ? null : value.intValue();
  }

  Boolean bool(String field) {
    Node node = get(field);
    if (node == null) {
      return null;
    }
    if (!(node.plain() instanceof Boolean b)) {
      throw wrong(field, node, "true or false");
    }
    return b;
  }

  Obj object(String field) {
    Node node = get(field);
    return node == null ? null : new Obj(file, at(field), node);
  }

  @SuppressWarnings("unchecked")
  private List<Node> array(String field) {
    Node node = get(field);
    if (node == null) {
      return null;
    }
    if (!(node.plain() instanceof List)) {
      throw wrong(field, node, "an array");
    }
    return (List<Node>) node.plain();
  }

  List<Obj> objects(String field) {
    List<Node> items = array(field);
    if (items == null) {
      return null;
    }
    List<Obj> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(new Obj(file, at(field) + "[" + i + "]", items.get(i)));
    }
    return out;
  }

  List<String> texts(String field) {
    List<Node> items = array(field);
    if (items == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Node item : items) {
      if (!(item.plain() instanceof String s)) {
        throw wrong(field, item, "a string");
      }
      out.add(s);
    }
    return out;
  }

  Map<String, BigDecimal> decimals(String field) {
    Obj map = object(field);
    if (map == null) {
      return null;
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map.fields.entrySet()) {
      out.put(e.getKey(), map.decimal(e.getKey(), e.getValue()));
    }
    return out;
  }

  Map<String, String> textMap(String field) {
    Obj map = object(field);
    if (map == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : map.fields.keySet()) {
      out.put(k, map.text(k));
    }
    return out;
  }
}
