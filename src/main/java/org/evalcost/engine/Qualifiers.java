package org.evalcost.engine;

import java.util.List;
import java.util.Set;

/**
 * How the words in parentheses after a model's name pick its setting ("(xhigh)", "(Non-reasoning,
 * High Effort)").
 */
public final class Qualifiers {
  private static final Set<String> EFFORTS = Set.of("none", "minimal", "low", "medium", "high", "xhigh", "max");
  private static final Set<String> OFF = Set.of("non-reasoning", "non reasoning", "non-thinking", "no thinking",
      "thinking off", "reasoning off");
  private static final Set<String> ON = Set.of("reasoning", "thinking", "adaptive reasoning", "adaptive thinking",
      "thinking on");

  private Qualifiers() {}

  /**
   * The setting that parenthesised words name: an effort ({@code xhigh}, {@code High Effort}),
   * reasoning or thinking on, or off ({@code Non-reasoning}); words that name no setting (a
   * snapshot's date, {@code Jan '25}) are passed over.
   */
  static ModelRef withQualifiers(ModelRef ref, List<String> qualifiers, String name) {
    Model model = ref.model();
    boolean off = false;
    boolean on = false;
    String effort = null;
    for (String q : qualifiers) {
      String w = q.endsWith(" effort") ? q.substring(0, q.length() - " effort".length()).trim() : q;
      if (OFF.contains(w)) {
        off = true;
      } else if (ON.contains(w)) {
        on = true;
      } else if (EFFORTS.contains(w)) {
        effort = w;
      }
    }
    if (off) {
      Setting s = first(model, true, List.of("none", "off", "non-reasoning", "minimal"));
      if (s == null) {
        throw new UnknownNameException("'" + name + "': model " + model.id() + " has no setting without reasoning",
            model.settings().stream().map(Setting::name).toList());
      }
      return new ModelRef(model, s);
    }
    if (effort != null && model.setting(effort).isPresent()) {
      return new ModelRef(model, model.setting(effort).orElseThrow());
    }
    if (on || effort != null) {
      if (!isNonReasoning(ref.setting())) {
        return ref;
      }
      Setting s = first(model, false, List.of("thinking", "high", "medium", "reasoning"));
      if (s == null) {
        throw new UnknownNameException("'" + name + "': model " + model.id() + " has no reasoning setting",
            model.settings().stream().map(Setting::name).toList());
      }
      return new ModelRef(model, s);
    }
    return ref;
  }

  /** Whether a parenthesised word names a setting (an effort, reasoning on or off) rather than a date or an edition. */
  public static boolean namesSetting(String qualifier) {
    String w = qualifier.endsWith(" effort") ? qualifier.substring(0, qualifier.length() - " effort".length()).trim()
        : qualifier;
    return OFF.contains(w) || ON.contains(w) || EFFORTS.contains(w);
  }

  /** The first setting with or without reasoning, by preferred names, else in the model's order. */
  static Setting first(Model model, boolean nonReasoning, List<String> preferred) {
    for (String p : preferred) {
      var s = model.setting(p);
      if (s.isPresent() && isNonReasoning(s.get()) == nonReasoning) {
        return s.get();
      }
    }
    for (Setting s : model.settings()) {
      if (isNonReasoning(s) == nonReasoning) {
        return s;
      }
    }
    return null;
  }

  static boolean isNonReasoning(Setting s) {
    return s.priorClass().startsWith("non-");
  }
}
