package org.evalcost.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.evalcost.engine.InvalidValueException;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;
import org.evalcost.engine.Tier;

/** A model's price period in a models file: its rates, batch rates and long-context tiers, read and written. */
final class PeriodCodec {
  private static final String[] PRICE_FIELDS = {"effective_from", "input", "cached_input", "cache_write", "output",
      "batch", "tiers", "source", "checked"};
  private static final String[] RATE_FIELDS = {"input", "cached_input", "cache_write", "output"};
  private static final String[] TIER_FIELDS = {"above_input_tokens", "input", "cached_input", "cache_write", "output"};

  private PeriodCodec() {}

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

  /** A price period, its missing 'checked' date defaulted as {@code model} does. */
  static Period read(FieldReader in, ModelCodec model) {
    String from = null;
    BigDecimal[] rates = new BigDecimal[4];
    Rates batch = null;
    List<Tier> tiers = null;
    SourceFields sourced = new SourceFields();
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "effective_from" -> from = in.text();
        case "batch" -> batch = rates(in.object());
        case "tiers" -> tiers = in.objects(PeriodCodec::tier);
        default -> {
          if (!sourced.read(field, in) && !rate(in, field, rates)) {
            throw in.unknown(PRICE_FIELDS);
          }
        }
      }
    }
    String source = sourced.text();
    String checked = model.checkedDefault().checked(sourced.checked(), source, "a price period from " + from);
    Source own = source != null || checked != null ? Values.source(source, checked) : null;
    return new Period(in, from, rates(rates), batch, tiers, own);
  }

  private static Rates rates(FieldReader in) {
    if (in == null) {
      return null;
    }
    BigDecimal[] r = new BigDecimal[4];
    for (String field = in.next(); field != null; field = in.next()) {
      if (!rate(in, field, r)) {
        throw in.unknown(RATE_FIELDS);
      }
    }
    try {
      return rates(r);
    } catch (InvalidValueException e) {
      throw in.refused(e);
    }
  }

  private static Tier tier(FieldReader in) {
    Long above = null;
    BigDecimal[] r = new BigDecimal[4];
    for (String field = in.next(); field != null; field = in.next()) {
      switch (field) {
        case "above_input_tokens" -> above = in.longValue();
        default -> {
          if (!rate(in, field, r)) {
            throw in.unknown(TIER_FIELDS);
          }
        }
      }
    }
    long a = in.required("above_input_tokens", above);
    return new Tier(a, rates(r));
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

  /**
   * Reads {@code field} into its place in {@code r} when it is one of the four rates every priced
   * object of a models file spells alike ({input, cached_input, cache_write, output}); false for
   * another field.
   */
  static boolean rate(FieldReader in, String field, BigDecimal[] r) {
    switch (field) {
      case "input" -> r[0] = in.decimal();
      case "cached_input" -> r[1] = in.decimal();
      case "cache_write" -> r[2] = in.decimal();
      case "output" -> r[3] = in.decimal();
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The rates {@link #rate} read; a value they refuse throws InvalidValueException. */
  static Rates rates(BigDecimal[] r) {
    return new Rates(r[0], r[1], r[2], r[3]);
  }

  static void writeRates(FieldWriter out, Rates r) {
    out.decimal("input", r.input()).decimal("cached_input", r.cachedInput()).decimal("cache_write", r.cacheWrite())
        .decimal("output", r.output());
  }
}
