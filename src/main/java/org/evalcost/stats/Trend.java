package org.evalcost.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How a class's verbosity moves with the day a model came out: {@code perYear} in ln(output) per
 * year, about the mean release day ({@code center}) of the runs it was fitted to, which came out
 * between {@code first} and {@code last}; {@code sdYears} is the spread of their release days.
 * A day outside the fitted span is held at its nearer end: the trend is not carried past its data.
 */
public record Trend(BigDecimal perYear, LocalDate center, LocalDate first, LocalDate last, BigDecimal sdYears) {
  /** The mean length of a year in days, which release days are counted in. */
  static final double DAYS_A_YEAR = 365.25;
  private static final BigDecimal DAYS = BigDecimal.valueOf(DAYS_A_YEAR);

  public Trend {
    if (perYear == null || center == null || first == null || last == null || sdYears == null) {
      throw new IllegalArgumentException("a trend needs its rate, days and spread");
    }
    if (first.isAfter(center) || center.isAfter(last)) {
      throw new IllegalArgumentException("the trend's center " + center + " is not between " + first + " and " + last);
    }
    if (sdYears.signum() < 0) {
      throw new IllegalArgumentException("the spread of release days is negative");
    }
  }

  /** The day the trend is read at: {@code released}, held inside the fitted span. */
  public LocalDate heldDay(LocalDate released) {
    if (released.isBefore(first)) {
      return first;
    }
    return released.isAfter(last) ? last : released;
  }

  /** The level in ln(output) of a model out on {@code released}, against the class's center (6 places). */
  public BigDecimal level(LocalDate released) {
    long days = heldDay(released).toEpochDay() - center.toEpochDay();
    return perYear.multiply(BigDecimal.valueOf(days)).divide(DAYS, MathContext.DECIMAL64)
        .setScale(6, RoundingMode.HALF_UP);
  }

  /**
   * The level sigma of a model whose release day is not known: the class's sigma about the trend
   * with what the spread of release days adds, sqrt(sigma^2 + (perYear x sdYears)^2), to 3 places.
   */
  public BigDecimal undatedSigma(BigDecimal sigma) {
    double s = sigma.doubleValue();
    double t = perYear.doubleValue() * sdYears.doubleValue();
    return BigDecimal.valueOf(Math.sqrt(s * s + t * t)).setScale(3, RoundingMode.HALF_UP);
  }
}
