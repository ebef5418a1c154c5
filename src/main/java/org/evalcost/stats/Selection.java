package org.evalcost.stats;

/** Order statistics of an array of draws, found in place without sorting it. */
final class Selection {
  private Selection() {}

  /** The smallest of {@code a[from..to)}: a plain comparison, as Math.min's care for -0.0 and NaN is slow here. */
  static double min(double[] a, int from, int to) {
    double min = a[from];
    for (int i = from + 1; i < to; i++) {
      if (a[i] < min) {
        min = a[i];
      }
    }
    return min;
  }

  /**
   * The k-th smallest value (0-based) within {@code a[left..right]}, which must hold it, leaving
   * smaller ones before it and larger after (Hoare); partitioned first around {@code firstPivot} when {@code given}, which must then be
   * the value of an element of that range, and after around the median of three.
   */
  static double select(double[] a, int k, int left, int right, boolean given, double firstPivot) {
    boolean first = given;
    while (left < right) {
      int mid = (left + right) >>> 1;
      double pivot = first ? firstPivot : median(a[left], a[mid], a[right]);
      first = false;
      int i = left;
      int j = right;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double swap = a[i];
          a[i] = a[j];
          a[j] = swap;
          i++;
          j--;
        }
      }
      if (k <= j) {
        right = j;
      } else if (k >= i) {
        left = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double median(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
