package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The table warns when the price it used was checked more than 90 days before the as-of date, and
 * not at 90. plain-1's price in the frozen catalog was checked on 2024-01-01; 2024-03-31 is 90
 * days later (a leap year), 2024-04-01 is 91.
 */
class PriceAgeWarningTest {
  private static final String WARNING = "warning: the price was last checked on 2024-01-01";

  @Test
  void aPriceCheckedNinetyDaysBeforeIsNotStale() {
    Cli.Result result = Cli.fixture("estimate", "--model", "plain-1", "--as-of", "2024-03-31");
    assertThat(result.code()).isZero();
    assertThat(result.out()).doesNotContain(WARNING);
  }

  @Test
  void aPriceCheckedNinetyOneDaysBeforeIsStaleAndSaysHowOld() {
    Cli.Result result = Cli.fixture("estimate", "--model", "plain-1", "--as-of", "2024-04-01");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains(WARNING + ", 91 days before 2024-04-01");
  }

  @Test
  void theJsonSaysHowManyDaysBeforeTheAsOfDateThePriceWasChecked() {
    Cli.Result result = Cli.fixture("estimate", "--model", "plain-1", "--as-of", "2024-04-01", "--format", "json");
    assertThat(result.out()).contains("\"checked\": \"2024-01-01\",\n    \"daysBeforeAsOf\": 91");
  }
}
