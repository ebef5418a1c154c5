package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void quantilesBySelectionEqualThoseOfTheSortedValues() {
    java.util.Random random = new java.util.Random(7);
    for (int n : new int[] {1, 2, 3, 10, 1001}) {
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(50);
      }
      double[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      for (double p : new double[] {0, 0.1, 0.5, 0.9, 1}) {
        double position = p * (n - 1);
        int below = (int) Math.floor(position);
        double expected = sorted[below] + (position - below) * (sorted[Math.min(below + 1, n - 1)] - sorted[below]);
        assertThat(Quantiles.quantiles(values.clone(), p, p, new QuantileScratch())[0]).as("n=%d p=%s", n, p).isEqualTo(expected);
      }
    }
  }

  /**
   * Both quantiles of a range at once (the high one selected above the low one) equal those of
   * the sorted values, with ties and without, for ranges wide and narrow.
   */
  @Test
  void pairsOfQuantilesEqualThoseOfTheSortedValues() {
    java.util.Random random = new java.util.Random(13);
    double[][] ranges = {{0.1, 0.9}, {0.05, 0.95}, {0.25, 0.75}, {0.4999, 0.5001}, {0.5, 0.5}, {0, 1}, {0.1, 0.1}};
    for (int n : new int[] {1, 2, 3, 10, 1001, 2047, 2048, 10_000, 20_001}) {
      for (int distinct : new int[] {0, 30, 2}) { // continuous, ties, mostly ties
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = distinct == 0 ? Math.exp(random.nextGaussian()) : random.nextInt(distinct);
        }
        boolean ties = distinct > 0;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (double[] range : ranges) {
          double[] q = Quantiles.quantiles(values.clone(), range[0], range[1], new QuantileScratch());
          for (int side = 0; side < 2; side++) {
            double position = range[side] * (n - 1);
            int below = (int) Math.floor(position);
            double expected = sorted[below] + (position - below) * (sorted[Math.min(below + 1, n - 1)] - sorted[below]);
            assertThat(q[side]).as("n=%d ties=%s range=%s side=%d", n, ties, java.util.Arrays.toString(range), side)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  /**
   * Where the sample misleads (every 16th value, the one it takes, far above the rest), the
   * quantiles still equal the sorted values': the bracket around the sample's misses, and the
   * selection goes over all.
   */
  @Test
  void aMisleadingSampleStillGivesTheSortedValuesQuantiles() {
    int n = 10_000;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 16 == 0 ? 1_000_000 + i : n - i;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    double[] q = Quantiles.quantiles(values.clone(), 0.1, 0.9, new QuantileScratch());
    assertThat(q[0]).isEqualTo(sorted[999] + 0.9 * (sorted[1000] - sorted[999]));
    assertThat(q[1]).isEqualTo(sorted[8999] + 0.1 * (sorted[9000] - sorted[8999]));
  }

}
