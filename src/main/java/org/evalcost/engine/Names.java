package org.evalcost.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known names closest to a mistyped one. */
public final class Names {
  private Names() {}

  /** The {@code limit} names nearest to {@code wanted} by edit distance, ties by name. */
  public static List<String> closest(String wanted, Collection<String> known, int limit) {
    String w = wanted.toLowerCase(java.util.Locale.ROOT);
    return known.stream()
        .distinct()
        .sorted(
            Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(java.util.Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .toList();
  }

  /**
   * User text as a message may show it: control characters (a terminal's escapes) as \\uXXXX, and
   * anything past 80 characters cut, with how much was cut.
   */
  public static String shown(String text) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(text.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("... (").append(text.length() - limit).append(" more characters)");
    }
    return out.toString();
  }

  /** Levenshtein distance, two rows at a time. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
