package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hoare selection: every order statistic, whatever the first pivot, with the array left partitioned around it. */
class SelectionTest {
  /**
   * Selection on arrays large enough for its sampling step (over 600 values), with ties and
   * without: every order statistic the ranges use equals the sorted array's, and the array is
   * left partitioned around it.
   */
  @Test
  void selectionOnLargeArraysMatchesSorting() {
    java.util.Random random = new java.util.Random(11);
    for (int n : new int[] {601, 602, 10_000, 20_001}) {
      for (boolean ties : new boolean[] {false, true}) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = ties ? random.nextInt(40) : Math.exp(random.nextGaussian());
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int k : new int[] {0, 1, n / 10 - 1, n / 10, n / 2, n - n / 10 - 1, n - 2, n - 1}) {
          double[] a = values.clone();
          assertThat(Selection.select(a, k, 0, a.length - 1, false, 0)).as("n=%d ties=%s k=%d", n, ties, k).isEqualTo(sorted[k]);
          for (int i = 0; i < n; i++) {
            if (i < k) {
              assertThat(a[i]).isLessThanOrEqualTo(a[k]);
            } else if (i > k) {
              assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
            }
          }
        }
        for (double p : new double[] {0.05, 0.1, 0.9, 0.95}) {
          double position = p * (n - 1);
          int below = (int) Math.floor(position);
          double expected = sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
          assertThat(Quantiles.quantiles(values.clone(), p, p, new QuantileScratch())[0]).as("n=%d p=%s", n, p).isEqualTo(expected);
        }
      }
    }
  }

  /** Selection started from a given pivot (the smallest, the largest or any value of the range) still finds every order statistic. */
  @Test
  void selectionFromAGivenFirstPivotMatchesSorting() {
    java.util.Random random = new java.util.Random(17);
    for (int n : new int[] {2, 3, 50, 3000}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(n / 2 + 1);
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (double pivot : new double[] {sorted[0], sorted[n - 1], values[n / 3]}) {
        for (int k : new int[] {0, n / 10, n / 2, n - 1}) {
          double[] a = values.clone();
          assertThat(Selection.select(a, k, 0, n - 1, true, pivot)).as("n=%d pivot=%s k=%d", n, pivot, k)
              .isEqualTo(sorted[k]);
          for (int i = 0; i < n; i++) {
            if (i < k) {
              assertThat(a[i]).isLessThanOrEqualTo(a[k]);
            } else if (i > k) {
              assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
            }
          }
        }
      }
    }
  }
}
