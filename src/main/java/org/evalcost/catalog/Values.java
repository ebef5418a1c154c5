package org.evalcost.catalog;

import java.time.LocalDate;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.Source;

/** The value shapes every data file shares: dates, and a source with the day it was checked. */
final class Values {
  private Values() {}

  static Source source(String text, String checked) {
    if (text == null || text.isBlank()) { // before the date: where a figure comes from matters first
      throw new InvalidValueException("source", "is missing or empty");
    }
    return new Source(text, date("checked", checked));
  }

  static LocalDate date(String field, String text) {
    if (text == null) {
      throw new InvalidValueException(field, "is missing");
    }
    // By hand: java.time's formatter is slow to start, on every run (docs/startup.md, the ledger).
    boolean shaped = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    for (int i = 0; shaped && i < 10; i++) {
      shaped = i == 4 || i == 7 || Character.isDigit(text.charAt(i)) && text.charAt(i) < 128;
    }
    try {
      if (shaped) {
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
            Integer.parseInt(text.substring(8, 10)));
      }
    } catch (java.time.DateTimeException e) {
      // shaped like a date, but no such day: refused below
    }
    throw new InvalidValueException(field, "must be a date like 2025-04-10 (was '" + text + "')");
  }

  static void write(FieldWriter out, Source source) {
    out.text("source", source.text()).text("checked", source.checked().toString());
  }
}
