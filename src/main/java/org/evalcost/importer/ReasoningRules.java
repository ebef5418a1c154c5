package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.evalcost.engine.ModelNames;

/**
 * Decides how a generated model can be run (its settings) and which prior class each setting
 * takes, from evidence in this order: Artificial Analysis's variants of the model and their
 * {@code reasoning_model}; LiteLLM's {@code supports_reasoning}; documented family rules. A
 * curated record, where there is one, comes before all three and never reaches this class.
 */
final class ReasoningRules {
  /** An effort's prior class: xhigh and max, the longest thinking a provider sells, have a class of their own. */
  static final Map<String, String> EFFORT_CLASS = Map.of("none", "non-reasoning", "minimal", "non-reasoning",
      "low", "reasoning-low", "medium", "reasoning-medium", "high", "reasoning-high", "xhigh", "reasoning-max",
      "max", "reasoning-max");
  private static final List<String> EFFORT_ORDER = List.of("none", "minimal", "low", "medium", "high", "xhigh", "max");

  /** Settings, default, what they rest on, and whether that is a guess. */
  record Verdict(Map<String, String> settings, String prior, String defaultSetting, String evidence, boolean guessed) {}

  private final String aaOrigin;
  private final AaVariants leaderboard;

  /** Indexes the leaderboard payload's models by their names' keys; null when there is none. */
  ReasoningRules(JsonNode aa, String aaOrigin) {
    this.aaOrigin = aaOrigin == null ? "Artificial Analysis leaderboard" : aaOrigin;
    this.leaderboard = new AaVariants(aa);
  }

  /** The leaderboard's variants of a model known by these names (AaVariants#variants). */
  List<AaVariants.Variant> variants(List<String> names) {
    return leaderboard.variants(names);
  }

  Verdict decide(String base, List<String> names, Boolean supportsReasoning) {
    String key = ModelNames.key(base);
    List<AaVariants.Variant> variants = variants(names);
    if (!variants.isEmpty()) {
      return fromLeaderboard(key, variants, aaOrigin);
    }
    Verdict family = FamilyRules.family(key);
    if (Boolean.TRUE.equals(supportsReasoning)) {
      boolean familyReasons = family != null && (family.prior() == null || !family.prior().startsWith("non-"));
      if (familyReasons) {
        return new Verdict(family.settings(), family.prior(), family.defaultSetting(),
            "LiteLLM: supports_reasoning; settings by " + family.evidence(), false);
      }
      return new Verdict(null, "reasoning-medium", null, "LiteLLM: supports_reasoning (reasons by default assumed)",
          false);
    }
    if (family != null) {
      return family;
    }
    return new Verdict(null, "non-reasoning", null,
        "no evidence of reasoning (not on the Artificial Analysis leaderboard, no LiteLLM flag, no family rule)", true);
  }

  private static Verdict fromLeaderboard(String key, List<AaVariants.Variant> variants, String origin) {
    TreeSet<String> efforts = new TreeSet<>((a, b) -> EFFORT_ORDER.indexOf(a) - EFFORT_ORDER.indexOf(b));
    boolean off = false;
    boolean on = false;
    Boolean plainReasons = null;
    List<String> shown = new ArrayList<>();
    for (AaVariants.Variant v : variants) {
      shown.add("'" + v.name() + "'" + (v.reasons() ? " (reasoning)" : ""));
      boolean settingWord = false;
      for (String q : v.qualifiers()) {
        String w = q.endsWith(" effort") ? q.substring(0, q.length() - 7).trim() : q;
        if (w.startsWith("non-") || w.equals("no thinking")) {
          off = true;
          settingWord = true;
        } else if (w.contains("reasoning") || w.contains("thinking")) {
          on = true;
          settingWord = true;
        } else if (EFFORT_CLASS.containsKey(w)) {
          settingWord = true;
          efforts.add(w);
        }
      }
      if (!settingWord) {
        plainReasons = plainReasons == null ? v.reasons() : plainReasons || v.reasons();
        on |= v.reasons();
        off |= !v.reasons();
      }
    }
    String evidence = origin + ": " + String.join(", ", shown);
    if (key.startsWith("claude")) {
      // Claude's effort applies with thinking on or off; thinking itself is off unless asked for.
      Verdict h = FamilyRules.hybrid("none", "reasoning-high", evidence);
      return new Verdict(h.settings(), null, "none", evidence, false);
    }
    if (FamilyRules.OPENAI_REASONING.matcher(key).find() && !efforts.isEmpty()) {
      efforts.addAll(List.of("low", "medium", "high"));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (!efforts.isEmpty()) {
      if (off && !efforts.contains("none") && !efforts.contains("minimal")) {
        settings.put("none", "non-reasoning");
      }
      if (efforts.stream().allMatch(e -> EFFORT_CLASS.get(e).startsWith("non-"))) {
        efforts.add("medium"); // only its low end is listed: the model reasons, at an effort not listed
      }
      for (String e : efforts) {
        settings.put(e, EFFORT_CLASS.get(e));
      }
      String dflt = efforts.contains("medium") ? "medium" : efforts.contains("high") ? "high" : efforts.last();
      return new Verdict(settings, null, dflt, evidence, false);
    }
    if (on && off) {
      settings.put("none", "non-reasoning");
      settings.put("thinking", FamilyRules.thinkingClass(key));
      boolean reasonsByDefault = plainReasons != null ? plainReasons : !FamilyRules.CLAUDE_HYBRID.matcher(key).find();
      return new Verdict(settings, null, reasonsByDefault ? "thinking" : "none", evidence, false);
    }
    return new Verdict(null, on ? FamilyRules.thinkingClass(key) : "non-reasoning", null, evidence, false);
  }
}
