package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The launcher's archive is made from ArchiveTraining's runs: each must still be a valid, successful command. */
class ArchiveTrainingTest {
  @Test
  void everyTrainingRunSucceeds() {
    assertThat(ArchiveTraining.run(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC))).isZero();
  }
}
