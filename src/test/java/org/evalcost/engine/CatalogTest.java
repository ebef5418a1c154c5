package org.evalcost.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalcost.engine.Fixtures.d;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog's lookups over curated and generated data, and what an unseen model hides. */
class CatalogTest {
  private static UsageProfile profile(String model, String setting, String benchmark, String output) {
    return new UsageProfile(model, setting, benchmark, d("100"), d(output), 10L, Fixtures.SOURCE);
  }

  /** Generated profiles: plain-1 on alpha and beta, and think-1 (high) on alpha, which the curated one beats. */
  private static Catalog catalog() {
    List<UsageProfile> generated = List.of(profile("plain-1", "default", "alpha", "7"),
        profile("plain-1", "default", "beta", "8"), profile("think-1", "high", "alpha", "9"));
    Catalog c = Fixtures.catalog().withMoreProfiles(new MoreProfiles() {
      @Override
      public Set<String> benchmarks() {
        return Set.of("alpha", "beta");
      }

      @Override
      public List<UsageProfile> read(String model) {
        return generated.stream().filter(p -> p.model().equals(model)).toList();
      }

      @Override
      public List<UsageProfile> all() {
        return generated;
      }
    });
    return c.withMorePublished(catalog -> List.of(new PublishedCost("plain-1-small", "plain-1", "default", "small",
        d("3"), java.time.LocalDate.of(2025, 1, 1), true, Fixtures.SOURCE)));
  }

  @Test
  void everyProfileIsTheCuratedOnesThenTheGeneratedOnesACuratedOneWinning() {
    assertThat(catalog().allProfiles()).extracting(p -> p.model() + "|" + p.benchmark() + "|" + p.outputTokens())
        .containsExactly("think-1|alpha|1500", "plain-1|alpha|7", "plain-1|beta|8");
    assertThat(catalog().profile("plain-1", "default", "beta").orElseThrow().outputTokens()).isEqualByComparingTo("8");
    assertThat(catalog().profile("think-1", "high", "alpha").orElseThrow().outputTokens())
        .isEqualByComparingTo("1500");
    assertThat(catalog().profile("think-1", "high", "beta")).isEmpty();
  }

  @Test
  void anUnseenModelHasNoProfilesNorPublishedCostsAndTheOthersKeepTheirs() {
    Catalog unseen = catalog().unseen("think-1", catalog().priors());
    assertThat(unseen.profile("think-1", "high", "alpha")).isEmpty();
    assertThat(unseen.profiles()).isEmpty();
    assertThat(unseen.published()).isEmpty();
    assertThat(unseen.allProfiles()).extracting(UsageProfile::model).containsExactly("plain-1", "plain-1");
    assertThat(unseen.profile("plain-1", "default", "alpha")).isPresent();
    Catalog other = catalog().unseen("plain-1", catalog().priors());
    assertThat(other.profiles()).extracting(UsageProfile::model).containsExactly("think-1");
    assertThat(other.published()).extracting(PublishedCost::model).containsExactly("think-1");
    assertThat(other.allProfiles()).extracting(UsageProfile::model).containsExactly("think-1");
  }

  @Test
  void theBacktestsCostsArePublishedJsonsThenTheGeneratedOnes() {
    assertThat(catalog().backtestCosts()).extracting(PublishedCost::id).containsExactly("think-1-small", "plain-1-small");
    assertThat(Fixtures.catalog().backtestCosts()).extracting(PublishedCost::id).containsExactly("think-1-small");
    assertThat(Fixtures.catalog().hasMoreModels()).isFalse();
    assertThat(Fixtures.catalog().withMoreModels(List::of).hasMoreModels()).isTrue();
  }
}
