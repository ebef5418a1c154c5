package org.evalcost.engine;

/**
 * The rates that bill one benchmark's requests, with a note of what chose them (a long-context
 * tier, batch, a missing cache rate), or, when {@code rates} is null, why there is no price.
 */
public record Quote(Rates rates, String note) {

  public static Quote unpriced(String reason) {
    return new Quote(null, Checks.text("reason", reason));
  }

  public boolean priced() {
    return rates != null;
  }
}
