package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.evalcost.engine.InvalidRequestException;
import org.junit.jupiter.api.Test;

class InParallelTest {
  @Test
  void resultsComeInTheItemsOrder() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    // Later items finish first: the order must come from the items, not from completion.
    List<String> results = InParallel.map(items, i -> {
      try {
        Thread.sleep((200 - i) % 7);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "#" + i;
    });
    assertThat(results).isEqualTo(items.stream().map(i -> "#" + i).toList());
  }

  @Test
  void aFailureIsThrownAsItself() {
    assertThatThrownBy(() -> InParallel.map(List.of(1, 2, 3), i -> {
      if (i == 2) {
        throw new InvalidRequestException("no estimate for " + i);
      }
      return i;
    })).isInstanceOf(InvalidRequestException.class).hasMessage("no estimate for 2");
  }

  @Test
  void oneItemOrNoneRunsOnTheCallersThread() {
    assertThat(InParallel.map(List.of("a"), s -> Thread.currentThread().getName())).containsExactly(
        Thread.currentThread().getName());
    assertThat(InParallel.map(List.<String>of(), s -> s)).isEmpty();
  }
}
