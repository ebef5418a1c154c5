package org.evalcost.catalog;

import java.math.BigDecimal;
import java.math.MathContext;

/** A profile's "measured" field: the totals a source published, each above zero, read as means per item. */
record MeasuredTotals(long samples, long inputTokens, long outputTokens) {
  private static final String[] FIELDS = {"samples", "input_tokens", "output_tokens"};

  /** The totals of the object {@code in} is at; null when the field is null. */
  static MeasuredTotals read(FieldReader in) {
    if (in == null) {
      return null;
    }
    Long[] v = new Long[3];
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "samples" -> v[0] = in.longValue();
        case "input_tokens" -> v[1] = in.longValue();
        case "output_tokens" -> v[2] = in.longValue();
        default -> throw in.unknown(FIELDS);
      }
    }
    long[] out = new long[3];
    for (int i = 0; i < 3; i++) {
      long value = in.required(FIELDS[i], v[i]);
      if (value <= 0) {
        throw in.error(FIELDS[i], "must be greater than zero (was " + value + ")");
      }
      out[i] = value;
    }
    return new MeasuredTotals(out[0], out[1], out[2]);
  }

  /** A total per sample. */
  BigDecimal perItem(long total) {
    return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(samples), MathContext.DECIMAL64);
  }
}
