package org.evalcost.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * For a file of the user's (a --prices file): a sourced figure without its own 'checked' date is
 * taken as checked on the file's day, and each one so taken is listed for a warning. Without a
 * day, nothing is defaulted and the missing date is refused.
 */
final class CheckedDefault {
  private final LocalDate day;
  private final List<String> defaulted = new ArrayList<>();

  CheckedDefault(LocalDate day) {
    this.day = day;
  }

  /** The 'checked' date as given, or the day for {@code what} when it has a source but no date. */
  String checked(String given, String source, String what) {
    if (given == null && source != null && day != null) {
      defaulted.add(what);
      return day.toString();
    }
    return given;
  }

  /** What took the day, in the order read. */
  List<String> defaulted() {
    return defaulted;
  }
}
