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

  private static Model model(String id, String seller, String... aliases) {
    return new Model(id, seller, List.of(aliases), List.of(new Setting(Setting.DEFAULT, "plain")), Setting.DEFAULT,
        List.of(Fixtures.period("2024-01-01", "1", "2")), Fixtures.SOURCE);
  }

  @Test
  void aSellersCopyTakesItsTokensFromTheModelItSells() {
    Model base = model("gpt-x", "openai", "gpt-x-2025");
    Model cerebras = model("gpt-x@cerebras", "cerebras");
    Model byAlias = model("gpt-x-2025@groq", "groq");
    Model sameSeller = model("gpt-x@openai", "openai");
    Model orphan = model("nothing@groq", "groq");
    Model leading = model("@odd", "groq");
    Catalog c = Fixtures.catalog().withModels(List.of(base, cerebras, byAlias, sameSeller, orphan, leading));
    assertThat(c.tokensOf(cerebras)).isSameAs(base);
    assertThat(c.tokensOf(byAlias)).isSameAs(base);
    assertThat(c.tokensOf(sameSeller)).isSameAs(sameSeller);
    assertThat(c.tokensOf(orphan)).isSameAs(orphan);
    assertThat(c.tokensOf(leading)).isSameAs(leading);
    assertThat(c.tokensOf(base)).isSameAs(base);
  }

  @Test
  void generatedProfilesAreReadOnlyForTheirBenchmarksAndOnceAModel() {
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    Catalog c = Fixtures.catalog().withMoreProfiles(new MoreProfiles() {
      @Override
      public Set<String> benchmarks() {
        return Set.of("beta");
      }

      @Override
      public List<UsageProfile> read(String model) {
        reads.incrementAndGet();
        return model.equals("plain-1") ? List.of(profile("plain-1", "default", "beta", "8"),
            profile("plain-1", "default", "beta", "99")) : List.of();
      }

      @Override
      public List<UsageProfile> all() {
        return List.of();
      }
    });
    assertThat(c.profile("plain-1", "default", "gamma")).isEmpty();
    assertThat(reads).hasValue(0);
    assertThat(c.profile("plain-1", "default", "beta").orElseThrow().outputTokens()).isEqualByComparingTo("8");
    assertThat(c.profile("plain-1", "other", "beta")).isEmpty();
    assertThat(c.profile("future-1", "default", "beta")).isEmpty();
    assertThat(reads).hasValue(2);
  }
}
