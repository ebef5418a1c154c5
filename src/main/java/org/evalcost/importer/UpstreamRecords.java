package org.evalcost.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import static org.evalcost.importer.UpstreamRecords.diffs;
import static org.evalcost.importer.UpstreamRecords.firstDate;
import static org.evalcost.importer.UpstreamRecords.knownKey;
import static org.evalcost.importer.UpstreamRecords.label;
import static org.evalcost.importer.UpstreamRecords.names;
import static org.evalcost.importer.UpstreamRecords.record;
import static org.evalcost.importer.UpstreamRecords.withPeriod;

/**
 * What the catalog build makes of one upstream entry, and how it compares prices: the pure half
 * of CatalogBuild.
 */
final class UpstreamRecords {
  private UpstreamRecords() {}

  static List<String> names(Model m) {
    List<String> names = new ArrayList<>();
    names.add(m.id());
    names.addAll(m.aliases());
    return names;
  }

  static String label(UpstreamEntry e) {
    if (e.upstream() == UpstreamEntry.Upstream.LEADERBOARD) {
      return AaPriced.label(e.upstreamId());
    }
    return e.upstream().label + " " + e.seller() + "/" + e.upstreamId();
  }

  /** A generated model by what it is and who sells it, whichever spelling its id took. */
  static String knownKey(String id, String seller) {
    int at = id.lastIndexOf('@');
    return ModelNames.key(at > 0 ? id.substring(0, at) : id) + "@" + seller;
  }

  /** The model with one more price period, {@code price} from {@code from} on (the day after its last, at the earliest). */
  static Model withPeriod(Model m, Offer price, LocalDate from) {
    LocalDate last = m.prices().get(m.prices().size() - 1).effectiveFrom();
    List<PricePeriod> periods = new ArrayList<>(m.prices());
    periods.add(new PricePeriod(from.isAfter(last) ? from : last.plusDays(1), price.rates(), price.batch(),
        price.tiers(), price.source()));
    return m.withPrices(periods);
  }

  static List<String> diffs(Rates mine, Rates latest) {
    List<String> diffs = new ArrayList<>();
    diff("input", mine.input(), latest.input(), diffs);
    diff("output", mine.output(), latest.output(), diffs);
    diff("cached_input", mine.cachedInput(), latest.cachedInput(), diffs);
    diff("cache_write", mine.cacheWrite(), latest.cacheWrite(), diffs);
    return diffs;
  }

  static void diff(String field, BigDecimal mine, BigDecimal other, List<String> out) {
    if (mine == null || other == null) {
      return;
    }
    BigDecimal base = mine.signum() == 0 ? BigDecimal.ONE : mine;
    if (mine.subtract(other).abs().divide(base.abs(), MathContext.DECIMAL64).compareTo(new BigDecimal("0.01")) > 0) {
      out.add(field + " curated " + mine.toPlainString() + ", upstream " + other.toPlainString());
    }
  }

  /**
   * When the first price period starts: the day the model came out ({@link #released}), else the
   * date of the upstream copy that lists it (prices are known from then on).
   */
  static LocalDate firstDate(String base, String released, UpstreamEntry e, LocalDate genaiDate,
      LocalDate litellmDate, LocalDate aaDate) {
    LocalDate out = released(base, released);
    if (out != null) {
      return out;
    }
    return switch (e.upstream()) {
      case GENAI_PRICES -> genaiDate;
      case LITELLM -> litellmDate;
      case LEADERBOARD -> aaDate;
    };
  }

  /** The day a model came out: the date in a dated id, else the leaderboard's release date, else null. */
  static LocalDate released(String base, String released) {
    java.util.regex.Matcher dated = java.util.regex.Pattern.compile("-(20\\d\\d)-?(\\d\\d)-?(\\d\\d)$").matcher(base);
    if (dated.find()) {
      try {
        return LocalDate.of(Integer.parseInt(dated.group(1)), Integer.parseInt(dated.group(2)),
            Integer.parseInt(dated.group(3)));
      } catch (java.time.DateTimeException notADate) {
        // a number that only looks like a date: fall through
      }
    }
    return released == null ? null : LocalDate.parse(released);
  }

  /** A generated model; its periods share its source, as the upstream entry gave one. */
  static Model record(String id, UpstreamEntry e, List<String> aliases, List<Setting> settings,
      String defaultSetting, String evidence, boolean guessed, LocalDate start, LocalDate released) {
    return new Model(id, e.seller(), aliases, settings, defaultSetting, periods(e.prices(), start),
        e.prices().get(0).source(), evidence, guessed, null, released);
  }

  /** The upstream's periods with dates: an undated one starts at {@code start}, or the day before the next. */
  static List<PricePeriod> periods(List<Offer> prices, LocalDate start) {
    List<PricePeriod> out = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      LocalDate from = start;
      if (i + 1 < prices.size()) {
        LocalDate next = prices.get(i + 1).from();
        if (next != null && !next.isAfter(from)) {
          from = next.minusDays(1);
        }
      }
      out.add(prices.get(i).period(from));
    }
    return out;
  }

  static String sha256(Path file) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
