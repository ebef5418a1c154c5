package org.evalcost.engine;

import java.time.LocalDate;

/** Where a figure comes from and when it was last checked against that source. */
public record Source(String text, LocalDate checked) {
  public Source {
    Checks.text("source", text);
    Checks.present("checked", checked);
  }

  @Override
  public String toString() {
    return text + " (checked " + checked + ")";
  }
}
