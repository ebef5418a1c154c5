package org.evalcost.catalog;

/** A record read from a file, with where it starts, so later checks can point at it. */
record Located<T>(T value, String file, int line, int column, int index) {

  DataException error(String subject, String field, String message) {
    return new DataException(file, line, column, subject, field, message);
  }
}
