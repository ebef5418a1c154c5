package org.evalcost.catalog;

import static org.evalcost.catalog.RecordSchema.Kind.TEXT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Source;

/**
 * upstream-confirmed.json: curated prices that a newer upstream copy lists at the same rates
 * (within 1%), each with that copy's source and date. A curated period so confirmed counts as
 * checked on the copy's date, with both sources named; one whose rates have changed since is left
 * as it is (regenerating the data lists it again or not).
 */
public final class ConfirmedPrices {
  public static final String FILE = "upstream-confirmed.json";

  private ConfirmedPrices() {}

  /** The curated model's price period from {@code from} at {@code rates}, found again in {@code source}. */
  public record Confirmed(String model, LocalDate from, Rates rates, Source source) {}

  /** Each model's period that a confirmation names, at its rates, checked on the confirmation's date. */
  static List<Model> apply(List<Model> models, List<Confirmed> confirmed) {
    Map<String, Confirmed> byModel = new HashMap<>();
    for (Confirmed c : confirmed) {
      byModel.put(c.model(), c);
    }
    List<Model> out = new ArrayList<>(models.size());
    for (Model m : models) {
      Confirmed c = byModel.get(m.id());
      out.add(c == null ? m : confirm(m, c));
    }
    return out;
  }

  private static Model confirm(Model m, Confirmed c) {
    List<PricePeriod> periods = new ArrayList<>(m.prices());
    for (int i = 0; i < periods.size(); i++) {
      PricePeriod p = periods.get(i);
      if (p.effectiveFrom().equals(c.from()) && same(p.rates(), c.rates())
          && c.source().checked().isAfter(p.source().checked())) {
        Source both = new Source(p.source().text() + "; the same rates in " + c.source().text(), c.source().checked());
        periods.set(i, new PricePeriod(p.effectiveFrom(), p.rates(), p.batch(), p.tiers(), both));
        return m.withPrices(periods);
      }
    }
    return m;
  }

  /**
   * The same four rates. Compared field by field: a record's own equals is built from method
   * handles on first use, some 80 classes at start-up (docs/startup.md, the ledger).
   */
  private static boolean same(Rates a, Rates b) {
    return same(a.input(), b.input()) && same(a.cachedInput(), b.cachedInput()) && same(a.cacheWrite(), b.cacheWrite())
        && same(a.output(), b.output());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** A record of the file; the model must be one of {@code models}. */
  public static final class Codec extends org.evalcost.catalog.Codec<Confirmed> {
    private static final RecordSchema FIELDS = new RecordSchema().key("model").with(TEXT, "effective_from").rates().sourced();
    private final Set<String> models;

    public Codec(Set<String> models) {
      super("confirmed", "confirmation", FIELDS);
      this.models = models;
    }

    @Override
    protected Confirmed build(FieldReader in, FieldValues v) {
      String model = v.text("model");
      if (models != null && !models.contains(in.required("model", model))) {
        throw in.error("model", "unknown model '" + model + "' (a confirmation names a curated model by id)");
      }
      return new Confirmed(model, Values.date("effective_from", v.text("effective_from")), v.rates(), v.source());
    }

    @Override
    public void write(FieldWriter out, Confirmed c) {
      out.text("model", c.model()).text("effective_from", c.from().toString());
      PeriodCodec.writeRates(out, c.rates());
      Values.write(out, c.source());
    }
  }
}
