package org.evalcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Format.renders, which the cli checks when the options are parsed, says what each renderer really renders. */
class FormatTest {
  private static final Map<Shown, String> METHOD = Map.of(Shown.ESTIMATE, "estimate", Shown.COMPARISON, "compare",
      Shown.BACKTEST, "backtest", Shown.PLAN, "plan", Shown.DIFF, "diff", Shown.MODELS, "models",
      Shown.BENCHMARKS, "benchmarks", Shown.SUITES, "suites");
  private static final Set<Shown> LISTED = EnumSet.of(Shown.MODELS, Shown.BENCHMARKS, Shown.SUITES);
  private static final Set<Shown> REPORTS = EnumSet.of(Shown.BACKTEST, Shown.PLAN, Shown.DIFF);

  @Test
  void aFormatRendersExactlyWhatItsRendererImplements() throws Exception {
    assertThat(METHOD).hasSize(Shown.values().length);
    int refused = 0;
    for (Format format : Format.values()) {
      for (Shown shown : Shown.values()) {
        Class<?> kind = LISTED.contains(shown) ? Listings.class : REPORTS.contains(shown) ? Reports.class
            : Renderer.class;
        Class<?> implementation = kind == Listings.class ? Renderers.listings(format, false).getClass()
            : kind == Reports.class ? Renderers.reports(format, false).getClass()
            : Renderers.of(format, false, null, null).getClass();
        Method m = null;
        for (Method candidate : implementation.getMethods()) {
          if (candidate.getName().equals(METHOD.get(shown))) {
            m = candidate;
          }
        }
        assertThat(m).as(format + " " + shown).isNotNull();
        boolean implemented = m.getDeclaringClass() != kind;
        assertThat(format.renders(shown)).as(format + " renders " + shown).isEqualTo(implemented);
        refused += implemented ? 0 : 1;
      }
    }
    assertThat(refused).isEqualTo(4 + 4 + 7); // html and svg: diff and the listings; inspect: all but models
  }

  @Test
  void aRefusedListingSaysSo() {
    assertThatThrownBy(() -> Renderers.listings(Format.INSPECT, false).suites(List.of(), "s"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SUITES");
  }

  @Test
  void aRefusedReportOrEstimateSaysSo() {
    assertThatThrownBy(() -> Renderers.reports(Format.SVG, false).diff(null))
        .isInstanceOf(IllegalStateException.class).hasMessage("DIFF is not rendered in this format (Format.renders)");
    assertThatThrownBy(() -> Renderers.of(Format.INSPECT, false, null, null).estimate(null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESTIMATE");
  }

  @Test
  void theRefusalSaysWhatTheFormatIsFor() {
    assertThat(Format.SVG.refusal("models")).isEqualTo("'models' has no chart: --format html and svg are for "
        + "estimate, compare, plan and backtest; use table, csv, json or markdown");
    assertThat(Format.INSPECT.refusal("plan")).isEqualTo("--format inspect writes Inspect AI's model cost file, "
        + "from 'evalcost models'; 'plan' takes table, csv, json or markdown");
  }
}
