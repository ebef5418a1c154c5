package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * The outcome of fitting a model's prior to a published cost: the factor applied to the prior's
 * output tokens, or why no factor could be fitted.
 */
public record Calibration(PublishedCost published, BigDecimal factor, String problem) {
  public Calibration {
    Checks.present("published", published);
    if ((factor == null) == (problem == null)) {
      throw new IllegalArgumentException("a calibration has either a factor or a problem");
    }
  }

  public boolean fitted() {
    return factor != null;
  }
}
