package org.evalcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The legend wraps into rows that fit its width, numbering entries as the bars are numbered. */
class LegendTest {
  @Test
  void entriesWrapToANewRowWhenTheWidthIsUsed() {
    // "1 Alpha" is 7 characters: 18 + 51 + 18 = 87 pixels an entry, so three fit in 270 and the fourth wraps
    Legend legend = new Legend(List.of("Alpha", "Gamma", "Delta", "Kappa"), 20, 100, 270);
    assertThat(legend.bottom()).isEqualTo(140);
    Xml svg = new Xml();
    legend.draw(svg);
    Matcher swatch = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\"").matcher(svg.toString());
    StringBuilder places = new StringBuilder();
    while (swatch.find()) {
      places.append(swatch.group(1)).append(',').append(swatch.group(2)).append(' ');
    }
    assertThat(places.toString().strip()).isEqualTo("20,100 107,100 194,100 20,120");
    assertThat(svg.toString()).contains(">1 Alpha</text>", ">4 Kappa</text>", "fill=\"#E69F00\"", "fill=\"#F0E442\"");
  }

  @Test
  void aLongNameGetsARowOfItsOwnAndAnEmptyLegendTakesNoRoom() {
    assertThat(new Legend(List.of("A very long benchmark name indeed", "B"), 0, 0, 100).bottom()).isEqualTo(40);
    assertThat(new Legend(List.of(), 0, 50, 100).bottom()).isEqualTo(50);
  }
}
