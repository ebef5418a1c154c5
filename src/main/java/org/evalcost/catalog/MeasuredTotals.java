package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import java.math.BigDecimal;
import java.math.MathContext;

/** A profile's "measured" field: the totals a source published, each above zero, read as means per item. */
record MeasuredTotals(long samples, long inputTokens, long outputTokens) {
  private static final String[] FIELDS = {"samples", "input_tokens", "output_tokens"};
  private static final RecordSchema SCHEMA = new RecordSchema().with(WHOLE, FIELDS);

  /** The totals of the object {@code in} is at; null when the field is null. */
  static MeasuredTotals read(FieldReader in) {
    if (in == null) {
      return null;
    }
    FieldValues v = SCHEMA.read(in);
    long[] out = new long[3];
    for (int i = 0; i < 3; i++) {
      long value = in.required(FIELDS[i], v.whole(FIELDS[i]));
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
