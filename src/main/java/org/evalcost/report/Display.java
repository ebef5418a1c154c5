package org.evalcost.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.evalcost.engine.Rounding;
import org.evalcost.engine.Totals;

/**
 * How numbers look: the one place that formats money and tokens. Locale.ROOT keeps the output
 * the same on every machine; human formats group thousands with ",", machine formats never do.
 */
final class Display {
  private Display() {}

  /** "2,767.05" (no java.util.Formatter: it is slow to start; docs/startup.md, the ledger). */
  static String money(BigDecimal usd) {
    String plain = Rounding.cents(usd).toPlainString();
    int dot = plain.indexOf('.');
    return group(plain.substring(0, dot)) + plain.substring(dot);
  }

  /** "12,032" */
  static String count(long n) {
    return group(Long.toString(n));
  }

  /** Digits grouped by threes with ",", keeping a leading minus sign. */
  static String group(String digits) {
    int start = digits.startsWith("-") ? 1 : 0;
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    out.append(digits, 0, start);
    int length = digits.length() - start;
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(start + i));
    }
    return out.toString();
  }

  /** "2767.05" */
  static String plainMoney(BigDecimal usd) {
    return Rounding.cents(usd).toPlainString();
  }

  /** "+1,234.50", "-80.00", "0.00"; empty for a missing value. */
  static String signedMoney(java.util.Optional<BigDecimal> usd) {
    if (usd.isEmpty()) {
      return "";
    }
    BigDecimal cents = Rounding.cents(usd.get());
    return cents.signum() == 0 ? "0.00" : (cents.signum() > 0 ? "+" : "") + money(cents);
  }

  /** "+12.5", "-80.0"; empty when there is no base to compare with. */
  static String signedPercent(java.util.Optional<BigDecimal> change, java.util.Optional<BigDecimal> base) {
    if (change.isEmpty() || base.isEmpty()) {
      return "";
    }
    String p = org.evalcost.engine.Percent.of(change.get(), base.get());
    return change.get().signum() > 0 ? "+" + p : p;
  }

  /** "1,234.50", or "-" for a missing value. */
  static String money(java.util.Optional<BigDecimal> usd) {
    return usd.map(Display::money).orElse("-");
  }

  /** "44,365,123" */
  static String tokens(BigDecimal tokens) {
    return group(Rounding.tokens(tokens).toPlainString());
  }

  /** "44365123" */
  static String plainTokens(BigDecimal tokens) {
    return Rounding.tokens(tokens).toPlainString();
  }

  /** A rate per million tokens as given in the data, without trailing zeros: "15", "0.075". */
  static String rate(BigDecimal perMillion) {
    if (perMillion == null) {
      return "";
    }
    BigDecimal stripped = perMillion.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** A rate for people: "$15.00", "$0.075". */
  static String dollarsPerMillion(BigDecimal perMillion) {
    if (perMillion == null) {
      return "-";
    }
    BigDecimal shown = perMillion.scale() < 2 ? perMillion.setScale(2) : perMillion.stripTrailingZeros();
    if (shown.scale() < 2) {
      shown = shown.setScale(2);
    }
    return "$" + shown.toPlainString();
  }

  /** "2,400.12" for a range end, or "-" when there is no range. */
  static String low(org.evalcost.engine.Range range) {
    return range == null ? "-" : money(range.low());
  }

  static String high(org.evalcost.engine.Range range) {
    return range == null ? "-" : money(range.high());
  }

  /** "80%" for an interval of 0.8. */
  static String interval(BigDecimal interval) {
    return interval.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
  }

  /** "25.46x" */
  static String ratio(java.math.BigDecimal ratio) {
    return ratio == null ? "n/a" : ratio.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "x";
  }

  /** A calibration factor to four significant decimals. */
  static String factor(BigDecimal factor) {
    return factor.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** A total's cost: "n/a" when nothing is priced, marked "(incomplete)" when not everything is. */
  static String totalCost(Totals t) {
    if (t.complete()) {
      return money(t.costUsd());
    }
    return t.costUsd().signum() == 0 ? "n/a" : money(t.costUsd()) + " (incomplete)";
  }
}
