package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dates at the end of a model id, and the months in its qualifiers, at their edges. */
class IdDatesTest {
  private static IdDates.Month month(String key) {
    return IdDates.dated(key).date();
  }

  @Test
  void aFullDateGivesItsYearMonthAndStem() {
    assertThat(IdDates.dated("gpt-4o-2024-11-20")).isEqualTo(
        new IdDates.Dated("gpt-4o", new IdDates.Month(2024, 11)));
    assertThat(IdDates.dated("claude-3-5-sonnet-20241022")).isEqualTo(
        new IdDates.Dated("claude-3-5-sonnet", new IdDates.Month(2024, 10)));
    assertThat(IdDates.dated("magistral-medium-09-2025")).isEqualTo(
        new IdDates.Dated("magistral-medium", new IdDates.Month(2025, 9)));
    assertThat(IdDates.dated("gemini-2.5-pro-preview-03-25")).isEqualTo(
        new IdDates.Dated("gemini-2.5-pro-preview", new IdDates.Month(0, 3)));
  }

  @Test
  void yearsOutsideTwentyTwentyToTwentyNinetyNineAreNoDates() {
    assertThat(month("m-2020-01-01")).isEqualTo(new IdDates.Month(2020, 1));
    assertThat(month("m-2099-12-31")).isEqualTo(new IdDates.Month(2099, 12));
    assertThat(month("m-2019-12-31")).isNull();
    assertThat(month("m-2100-01-01")).isNull();
    assertThat(month("m-20200101")).isEqualTo(new IdDates.Month(2020, 1));
    assertThat(month("m-21000101")).isNull();
    assertThat(month("m-20241301")).isNull();
    assertThat(month("m-20240001")).isNull();
    assertThat(IdDates.dated("m-20241301").stem()).isEqualTo("m-20241301");
  }

  @Test
  void twoPairsOfDigitsAreAMonthAndADay() {
    assertThat(month("m-01-01")).isEqualTo(new IdDates.Month(0, 1));
    assertThat(month("m-12-31")).isEqualTo(new IdDates.Month(0, 12));
    assertThat(month("m-00-15")).isNull();
    assertThat(month("m-13-15")).isNull();
    assertThat(month("m-05-00")).isNull();
    assertThat(month("m-05-32")).isNull();
  }

  @Test
  void fourDigitsAreAMonthAndDayOrAYearAndMonth() {
    assertThat(month("m-0101")).isEqualTo(new IdDates.Month(0, 1));
    assertThat(month("m-1231")).isEqualTo(new IdDates.Month(0, 12));
    assertThat(month("m-0528")).isEqualTo(new IdDates.Month(0, 5));
    assertThat(month("m-0100")).isNull();
    assertThat(month("m-0132")).isNull();
    assertThat(month("m-2301")).isEqualTo(new IdDates.Month(2023, 1));
    assertThat(month("m-3012")).isEqualTo(new IdDates.Month(2030, 12));
    assertThat(month("m-2411")).isEqualTo(new IdDates.Month(2024, 11));
    assertThat(month("m-2201")).isNull();
    assertThat(month("m-3101")).isNull();
    assertThat(month("m-2300")).isNull();
    assertThat(month("m-2313")).isNull();
    assertThat(month("m-1300")).isNull();
    assertThat(month("4096")).isNull(); // a name that is all digits has no stem to date
  }

  @Test
  void aMonthNamedInAQualifierTakesItsCentury() {
    assertThat(IdDates.named(List.of("reasoning", "Nov '24"))).isEqualTo(new IdDates.Month(2024, 11));
    assertThat(IdDates.named(List.of("March 2025"))).isEqualTo(new IdDates.Month(2025, 3));
    assertThat(IdDates.named(List.of("dec 99"))).isEqualTo(new IdDates.Month(2099, 12));
    assertThat(IdDates.named(List.of("high"))).isNull();
    assertThat(IdDates.named(List.of("foo 24"))).isNull();
  }

  @Test
  void monthsContradictByMonthOrByYearsBothGiven() {
    IdDates.Month nov24 = new IdDates.Month(2024, 11);
    assertThat(nov24.contradicts(new IdDates.Month(0, 11))).isFalse();
    assertThat(new IdDates.Month(0, 11).contradicts(nov24)).isFalse();
    assertThat(nov24.contradicts(new IdDates.Month(2024, 11))).isFalse();
    assertThat(nov24.contradicts(new IdDates.Month(2025, 11))).isTrue();
    assertThat(nov24.contradicts(new IdDates.Month(2024, 12))).isTrue();
    assertThat(nov24.toString()).isEqualTo("Nov 2024");
    assertThat(new IdDates.Month(0, 1).toString()).isEqualTo("Jan");
  }
}
