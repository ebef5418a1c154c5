package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.NESTED;
import static org.evalcost.catalog.RecordSchema.Kind.TEXT;
import static org.evalcost.catalog.RecordSchema.Kind.WHOLE;

import java.util.List;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/** A model's price period in a models file: its rates, batch rates and long-context tiers, read and written. */
final class PeriodCodec implements RecordSchema.Nested {
  private static final RecordSchema PRICE_FIELDS = new RecordSchema().with(TEXT, "effective_from").rates().with(NESTED, "batch", "tiers")
      .sourced();
  private static final RecordSchema RATE_FIELDS = new RecordSchema().rates();
  private static final RecordSchema TIER_FIELDS = new RecordSchema().with(WHOLE, "above_input_tokens").rates();

  private final CheckedDefault checkedDefault;

  /** Periods whose missing 'checked' date is defaulted as their model's is. */
  PeriodCodec(CheckedDefault checkedDefault) {
    this.checkedDefault = checkedDefault;
  }

  /** How a missing 'checked' date is defaulted, for the model and its periods alike. */
  CheckedDefault checkedDefault() {
    return checkedDefault;
  }

  /**
   * A price period as read, finished once its model's own source is known (a period without a
   * source of its own takes the model's); a value the period refuses is an error at its field.
   */
  record Period(FieldReader in, String from, Rates list, Rates batch, List<Tier> tiers, Source own) {
    PricePeriod complete(Source modelSource) {
      try {
        return new PricePeriod(Values.date("effective_from", from), list, batch, tiers, own != null ? own : modelSource);
      } catch (InvalidValueException e) {
        throw in.refused(e);
      }
    }
  }

  /** A price period. */
  Period read(FieldReader in) {
    FieldValues v = PRICE_FIELDS.read(in, null, this);
    String from = v.text("effective_from");
    String source = v.text("source");
    String checked = checkedDefault.checked(v.text("checked"), source, "a price period from " + from);
    Source own = source != null || checked != null ? Values.source(source, checked) : null;
    return new Period(in, from, v.rates(), v.nested("batch"), v.nested("tiers"), own);
  }

  /** The period's "batch" rates and its "tiers". */
  @Override
  public Object nested(String field, FieldReader in) {
    return field.equals("batch") ? rates(in.object()) : in.objects(PeriodCodec::tier);
  }

  private static Rates rates(FieldReader in) {
    if (in == null) {
      return null;
    }
    FieldValues v = RATE_FIELDS.read(in);
    try {
      return v.rates();
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  private static Tier tier(FieldReader in) {
    FieldValues v = TIER_FIELDS.read(in);
    long a = in.required("above_input_tokens", v.whole("above_input_tokens"));
    return new Tier(a, v.rates());
  }

  static void write(FieldWriter out, PricePeriod p, Source modelSource) {
    out.text("effective_from", p.effectiveFrom().toString());
    writeRates(out, p.rates());
    if (p.batch() != null) {
      out.object("batch", o -> writeRates(o, p.batch()));
    }
    if (!p.tiers().isEmpty()) {
      out.objects("tiers", p.tiers(), (o, t) -> {
        o.whole("above_input_tokens", t.aboveInputTokens());
        writeRates(o, t.rates());
      });
    }
    if (!p.source().equals(modelSource)) {
      Values.write(out, p.source());
    }
  }

  static void writeRates(FieldWriter out, Rates r) {
    out.decimal("input", r.input()).decimal("cached_input", r.cachedInput()).decimal("cache_write", r.cacheWrite())
        .decimal("output", r.output());
  }
}
