package org.evalcost.catalog;

import org.evalcost.engine.Source;

/**
 * The two fields every record carries, "source" and "checked" (the day it was checked), gathered
 * as the record's reading meets them.
 */
final class SourceFields {
  private String text;
  private String checked;

  /** Reads the field when it is "source" or "checked", and says whether it was. */
  boolean read(String field, FieldReader in) {
    if (field.equals("source")) {
      text = in.text();
    } else if (field.equals("checked")) {
      checked = in.text();
    } else {
      return false;
    }
    return true;
  }

  /** Reads the field when it is one of the two, else refuses it as unknown to a record of {@code known} fields. */
  void readOrRefuse(String field, FieldReader in, String[] known) {
    if (!read(field, in)) {
      throw in.unknown(known);
    }
  }

  String text() {
    return text;
  }

  String checked() {
    return checked;
  }

  /** Both given: the record's source (else refused at the field that is missing). */
  Source source() {
    return Values.source(text, checked);
  }
}
