package org.evalcost.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Tier;

/** Engine models written back as models.json records, with the same field names the reader takes. */
final class ModelRecords {
  private ModelRecords() {}

  /** Whether an upstream price differs from a period's list rates. */
  static boolean differs(PricePeriod mine, Map<String, Object> theirs) {
    return !same(mine.rates().input(), theirs.get("input")) || !same(mine.rates().output(), theirs.get("output"))
        || !same(mine.rates().cachedInput(), theirs.get("cached_input"))
        || !same(mine.rates().cacheWrite(), theirs.get("cache_write"));
  }

  private static boolean same(BigDecimal a, Object b) {
    return a == null ? b == null : b != null && a.compareTo((BigDecimal) b) == 0;
  }

  /** The model's record with one more price period, {@code price} from {@code from} on (the day after its last, at the earliest). */
  static Map<String, Object> withPeriod(Model m, Map<String, Object> price, LocalDate from) {
    Map<String, Object> r = record(m);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> prices = (List<Map<String, Object>>) r.get("prices");
    LocalDate last = m.prices().get(m.prices().size() - 1).effectiveFrom();
    Map<String, Object> p = new LinkedHashMap<>(price);
    p.put("effective_from", (from.isAfter(last) ? from : last.plusDays(1)).toString());
    prices.add(p);
    return r;
  }

  static Map<String, Object> record(Model m) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", m.id());
    r.put("provider", m.provider());
    if (!m.aliases().isEmpty()) {
      r.put("aliases", m.aliases());
    }
    putSettings(r, m);
    List<Map<String, Object>> prices = new ArrayList<>();
    for (PricePeriod p : m.prices()) {
      prices.add(period(p));
    }
    r.put("prices", prices);
    if (m.classEvidence() != null) {
      r.put("class_evidence", m.classEvidence());
    }
    if (m.classGuessed()) {
      r.put("class_guessed", true);
    }
    r.put("source", m.source().text());
    r.put("checked", m.source().checked().toString());
    return r;
  }

  static void putSettings(Map<String, Object> r, Model m) {
    if (m.hasSettings()) {
      Map<String, String> settings = new LinkedHashMap<>();
      for (Setting s : m.settings()) {
        settings.put(s.name(), s.priorClass());
      }
      r.put("settings", settings);
      r.put("default_setting", m.defaultSetting());
    } else {
      r.put("prior", m.settings().get(0).priorClass());
    }
  }

  private static Map<String, Object> period(PricePeriod p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("effective_from", p.effectiveFrom().toString());
    out.putAll(rates(p.rates()));
    if (p.batch() != null) {
      out.put("batch", rates(p.batch()));
    }
    if (!p.tiers().isEmpty()) {
      List<Map<String, Object>> tiers = new ArrayList<>();
      for (Tier t : p.tiers()) {
        Map<String, Object> tier = new LinkedHashMap<>();
        tier.put("above_input_tokens", t.aboveInputTokens());
        tier.putAll(rates(t.rates()));
        tiers.add(tier);
      }
      out.put("tiers", tiers);
    }
    out.put("source", p.source().text());
    out.put("checked", p.source().checked().toString());
    return out;
  }

  private static Map<String, Object> rates(Rates r) {
    return PriceImport.rates(r.input(), r.cachedInput(), r.cacheWrite(), r.output());
  }
}
