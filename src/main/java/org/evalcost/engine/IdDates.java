package org.evalcost.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates model ids end with ({@code gpt-4o-2024-11-20}, {@code mistral-large-2411}) and the
 * months leaderboard names give in parentheses ({@code Nov '24}), read as a year and a month.
 */
final class IdDates {
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");
  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]{3})[a-z]*\\.?\\s*(\\d{2}|\\d{4})");

  private IdDates() {}

  /** A year (0 when the id does not say) and a month. */
  record Month(int year, int month) {
    boolean contradicts(Month other) {
      return month != other.month || (year != 0 && other.year != 0 && year != other.year);
    }

    @Override
    public String toString() {
      String name = MONTHS.get(month - 1);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1) + (year == 0 ? "" : " " + year);
    }
  }

  /** The month a qualifier names ({@code nov '24}, {@code may' 25}, {@code march 2025}), or null. */
  static Month named(List<String> qualifiers) {
    for (String q : qualifiers) {
      Matcher m = MONTH_YEAR.matcher(q.replace("'", " ").trim().toLowerCase(Locale.ROOT));
      if (m.matches() && MONTHS.contains(m.group(1))) {
        int year = Integer.parseInt(m.group(2));
        return new Month(year < 100 ? 2000 + year : year, MONTHS.indexOf(m.group(1)) + 1);
      }
    }
    return null;
  }

  /** A key split into its name and the date its end carries; date null when it carries none. */
  record Dated(String stem, Month date) {}

  /**
   * The date at the end of a key: {@code 2024-11-20}, {@code 20241022}, {@code 09-2025}, {@code 03-25}, and four
   * digits read as a year and month ({@code 2411}) or a month and day ({@code 0528}), whichever is
   * a date.
   */
  static Dated dated(String key) {
    String[] t = key.split("-");
    int n = t.length;
    if (n >= 4 && digits(t[n - 3], 4) && digits(t[n - 2], 2) && digits(t[n - 1], 2)) {
      return of(t, n - 3, Integer.parseInt(t[n - 3]), Integer.parseInt(t[n - 2]));
    }
    if (n >= 3 && digits(t[n - 2], 2) && digits(t[n - 1], 4)) {
      return of(t, n - 2, Integer.parseInt(t[n - 1]), Integer.parseInt(t[n - 2]));
    }
    if (n >= 3 && digits(t[n - 2], 2) && digits(t[n - 1], 2)) {
      int month = Integer.parseInt(t[n - 2]);
      int day = Integer.parseInt(t[n - 1]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return of(t, n - 2, 0, month); // Google's preview-03-25: a month and day
      }
    }
    if (n >= 2 && digits(t[n - 1], 8)) {
      return of(t, n - 1, Integer.parseInt(t[n - 1].substring(0, 4)), Integer.parseInt(t[n - 1].substring(4, 6)));
    }
    if (n >= 2 && digits(t[n - 1], 4)) {
      int first = Integer.parseInt(t[n - 1].substring(0, 2));
      int second = Integer.parseInt(t[n - 1].substring(2));
      if (first >= 1 && first <= 12 && second >= 1 && second <= 31) {
        return of(t, n - 1, 0, first);
      }
      if (first >= 23 && first <= 30 && second >= 1 && second <= 12) {
        return of(t, n - 1, 2000 + first, second);
      }
    }
    return new Dated(key, null);
  }

  private static Dated of(String[] tokens, int from, int year, int month) {
    if (month < 1 || month > 12 || year != 0 && (year < 2020 || year > 2099)) {
      return new Dated(String.join("-", tokens), null);
    }
    return new Dated(String.join("-", java.util.Arrays.copyOf(tokens, from)), new Month(year, month));
  }

  private static boolean digits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
