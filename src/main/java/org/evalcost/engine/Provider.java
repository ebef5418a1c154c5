package org.evalcost.engine;

import java.math.BigDecimal;

/**
 * A seller of models. {@code batchDiscount} is the share of list price its batch API charges
 * (0.5 for half price), or null when it has no batch API.
 */
public record Provider(String id, String name, BigDecimal batchDiscount, Source source, String notes) {
  public Provider {
    Checks.text("id", id);
    Checks.text("name", name);
    if (batchDiscount != null) {
      Checks.positive("batch_discount", batchDiscount);
      if (batchDiscount.compareTo(BigDecimal.ONE) > 0) {
        throw new InvalidValueException("batch_discount", "is the share of list price paid, at most 1 (was "
            + batchDiscount.toPlainString() + ")");
      }
    }
    Checks.present("source", source);
  }

  public Provider(String id, String name, BigDecimal batchDiscount, Source source) {
    this(id, name, batchDiscount, source, null);
  }
}
