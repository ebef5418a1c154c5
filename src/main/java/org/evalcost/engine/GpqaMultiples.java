package org.evalcost.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prior's figures stated as multiples of its GPQA Diamond figure ("assumption: 0.5 x the GPQA
 * Diamond figure", "GPQA Diamond figure x 2.314, the median ratio ..."), which follow a newly
 * fitted GPQA figure.
 */
final class GpqaMultiples {
  /** "assumption: 0.5 x the GPQA Diamond figure ..." */
  private static final Pattern MULTIPLE = Pattern.compile("assumption: ([0-9.]+) x the GPQA Diamond figure.*");
  /** "GPQA Diamond figure x 0.754 (a measured ratio ...) x 0.6 (an assumption ...) ...": one or two factors. */
  private static final Pattern RATIO =
      Pattern.compile("GPQA Diamond figure x ([0-9.]+)(?:,| \\([^)]*\\))?(?: x ([0-9.]+))?.*");

  private GpqaMultiples() {}

  /** Sets {@code output} of each benchmark not {@code fitted} whose derivation is such a multiple, from {@code gpqa}. */
  static void follow(Map<String, String> derivation, Set<String> fitted, BigDecimal gpqa,
      Map<String, BigDecimal> output) {
    for (Map.Entry<String, String> d : derivation.entrySet()) {
      if (fitted.contains(d.getKey())) {
        continue;
      }
      Matcher m = MULTIPLE.matcher(d.getValue());
      Matcher r = RATIO.matcher(d.getValue());
      if (m.matches()) {
        output.put(d.getKey(), new BigDecimal(m.group(1)).multiply(gpqa).setScale(0, RoundingMode.HALF_UP));
      } else if (r.matches()) {
        BigDecimal k = new BigDecimal(r.group(1));
        if (r.group(2) != null) {
          k = k.multiply(new BigDecimal(r.group(2)));
        }
        output.put(d.getKey(), k.multiply(gpqa).setScale(0, RoundingMode.HALF_UP));
      }
    }
  }
}
