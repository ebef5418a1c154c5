package org.evalcost.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;
import org.evalcost.engine.Setting;
import org.evalcost.engine.Source;
import org.junit.jupiter.api.Test;

/** What upstream copies say of a curated price: a dispute, an earlier price, or the same rates on a later day. */
class CuratedPricesTest {
  private static final LocalDate CHECKED = LocalDate.of(2025, 9, 5);
  /** acme's own model at $2 in and $8 out from 2025-01-01, checked 2025-09-05. */
  private static final Model OWN = new Model("own-1", "acme", List.of(), List.of(new Setting(Setting.DEFAULT, "plain")),
      Setting.DEFAULT, List.of(new PricePeriod(LocalDate.of(2025, 1, 1), rates("2", "8"), null, List.of(),
          new Source("acme's price page", CHECKED))), new Source("acme", CHECKED));

  private static Rates rates(String input, String output) {
    return new Rates(new BigDecimal(input), null, null, new BigDecimal(output));
  }

  private static UpstreamEntry entry(String name, String input, String output, LocalDate day) {
    return new UpstreamEntry("acme", name, "acme/" + name, List.of(name), List.of(new Offer(day, rates(input, output),
        null, List.of(), new Source("copy of " + day + ", entry acme/" + name, day))), null, "test",
        UpstreamEntry.Upstream.GENAI_PRICES);
  }

  @Test
  void theSameRatesInANewerCopyConfirmThePriceOnItsDay() {
    CuratedPrices prices = new CuratedPrices();
    prices.compare(OWN, entry("own-1", "2.01", "8", LocalDate.of(2026, 8, 21)), null); // within 1%
    assertThat(prices.confirmed()).singleElement().satisfies(c -> {
      assertThat(c.model()).isEqualTo("own-1");
      assertThat(c.from()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(c.rates()).isEqualTo(rates("2", "8")); // the curated rates, which the confirmation vouches for
      assertThat(c.source().checked()).isEqualTo(LocalDate.of(2026, 8, 21));
    });
    assertThat(prices.disagreements()).isEmpty();
  }

  @Test
  void aCopyNoNewerThanTheCuratedCheckConfirmsNothing() {
    CuratedPrices prices = new CuratedPrices();
    prices.compare(OWN, entry("own-1", "2", "8", CHECKED), null);
    assertThat(prices.confirmed()).isEmpty();
  }

  @Test
  void anotherCopyOfTheSameSellerGivingAnotherPriceWithdrawsTheConfirmation() {
    CuratedPrices prices = new CuratedPrices();
    prices.compare(OWN, entry("own-1", "2", "8", LocalDate.of(2026, 8, 21)), null);
    prices.compare(OWN, entry("own-1-latest", "1", "4", LocalDate.of(2025, 9, 5)), null);
    assertThat(prices.confirmed()).isEmpty();
    assertThat(prices.disagreements()).singleElement().asString().contains("own-1", "input curated 2, upstream 1");
  }
}
