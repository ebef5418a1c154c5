package org.evalcost.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.evalcost.engine.Rounding;

/**
 * How numbers look: the one place that formats money and tokens. Locale.ROOT keeps the output
 * the same on every machine; human formats group thousands with ",", machine formats never do.
 */
final class Display {
  private Display() {}

  /** "2,767.05" */
  static String money(BigDecimal usd) {
    return String.format(Locale.ROOT, "%,.2f", Rounding.cents(usd));
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
    return cents.signum() == 0 ? "0.00" : String.format(Locale.ROOT, "%+,.2f", cents);
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
    return String.format(Locale.ROOT, "%,d", Rounding.tokens(tokens).toBigIntegerExact());
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
}
