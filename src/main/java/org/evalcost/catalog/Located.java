package org.evalcost.catalog;

import java.util.List;
import java.util.Map;

/**
 * A record read from a file, with where it starts and its parsed tree, so later checks can point
 * at the field they refuse rather than at the record.
 */
record Located<T>(T value, String file, int line, int column, int index, Node tree) {

  /** An error at {@code field} ("prices[1].input", "settings.high"), or at the record when the field is not there. */
  DataException error(String subject, String field, String message) {
    Node at = field == null ? null : find(tree, field);
    return at == null ? new DataException(file, line, column, subject, field, message)
        : new DataException(file, at.line(), at.column(), subject, field, message);
  }

  /** The node a field path names in {@code node}, or null. */
  static Node find(Node node, String path) {
    Node current = node;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      current = child(current, name);
      while (current != null && bracket >= 0) {
        int close = part.indexOf(']', bracket);
        if (close < 0 || !(current.plain() instanceof List<?> items)) {
          return null;
        }
        int i;
        try {
          i = Integer.parseInt(part.substring(bracket + 1, close));
        } catch (NumberFormatException e) {
          return null;
        }
        current = i >= 0 && i < items.size() ? (Node) items.get(i) : null;
        bracket = part.indexOf('[', close);
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private static Node child(Node node, String name) {
    if (node == null || name.isEmpty()) {
      return node;
    }
    return node.plain() instanceof Map<?, ?> fields ? (Node) fields.get(name) : null;
  }
}
