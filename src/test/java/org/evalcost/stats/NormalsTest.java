package org.evalcost.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormalsTest {
  private static final long SEED = 42;
  private static final int DRAWS = 1000;

  /** The first {@code size} normals of the seed's sequence, drawn one by one. */
  private static double[] sequence(int size) {
    Draws draws = new Draws(SEED);
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = draws.gaussian();
    }
    return out;
  }

  @Test
  void aRunOfNPartsReadsOneSharedAndTwoOwnNormalsPerDraw() {
    Normals normals = new Normals(SEED, DRAWS);
    assertThat(normals.size(0)).isEqualTo(1000);
    assertThat(normals.size(7)).isEqualTo(15_000);
    assertThat(normals.draws()).isEqualTo(DRAWS);
    assertThatThrownBy(() -> new Normals(SEED, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> normals.size(Integer.MAX_VALUE / 2)).isInstanceOf(ArithmeticException.class);
  }

  /** Growing the sequence continues it: a longer read starts with the shorter one, whatever came first. */
  @Test
  void readsAreThePrefixesOfOneSequence() {
    Normals normals = new Normals(SEED, DRAWS);
    double[] three = Arrays.copyOf(normals.forParts(3), normals.size(3));
    assertThat(three).isEqualTo(sequence(normals.size(3)));
    double[] forty = normals.forParts(40); // many blocks
    assertThat(Arrays.copyOf(forty, normals.size(40))).isEqualTo(sequence(normals.size(40)));
    assertThat(normals.forParts(2)).as("a shorter read after a longer one").isSameAs(forty);
  }

  /** Drawn ahead on another thread, and read at once or after: the same sequence either way. */
  @Test
  void normalsDrawnAheadAreTheSequencesOwn() throws InterruptedException {
    for (boolean waitForIt : new boolean[] {true, false}) {
      Normals normals = new Normals(SEED, DRAWS);
      Thread ahead = new Thread(normals.drawAhead(30));
      ahead.start();
      if (waitForIt) {
        ahead.join();
      }
      assertThat(Arrays.copyOf(normals.forParts(10), normals.size(10))).as("wait %s", waitForIt)
          .isEqualTo(sequence(normals.size(10)));
      assertThat(Arrays.copyOf(normals.forParts(50), normals.size(50))).as("more than was drawn ahead")
          .isEqualTo(sequence(normals.size(50)));
      ahead.join();
    }
  }

  /** Drawing ahead stops once a reader has come: it makes no room and draws nothing more. */
  @Test
  void drawingAheadEndsWhenTheFirstReaderComes() {
    Normals normals = new Normals(SEED, DRAWS);
    normals.forParts(1);
    normals.drawAhead(30).run();
    assertThat(normals.forParts(1)).hasSize(normals.size(1));
    Normals unread = new Normals(SEED, DRAWS);
    unread.drawAhead(30).run();
    assertThat(unread.forParts(1)).as("drawn ahead in full, no reader yet").hasSize(unread.size(30));
  }
}
