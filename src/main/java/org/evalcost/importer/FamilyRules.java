package org.evalcost.importer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documented family rules of reasoning (data/README.md, "Reasoning classes"): what a model's
 * name says of its settings when neither the leaderboard nor LiteLLM does.
 */
final class FamilyRules {
  static final Pattern OPENAI_REASONING = Pattern.compile("^(o[1-9](-|$)|gpt-5|gpt-oss)");
  private static final Pattern OPENAI_CHAT = Pattern.compile("(^|-)(chat|instant)(-|$)");
  static final Pattern CLAUDE_HYBRID = Pattern.compile("^claude-(3-7|(opus|sonnet|haiku|fable)-[4-9]|[4-9])");
  private static final Pattern GEMINI_THINKING = Pattern.compile("^gemini-(2-5|[3-9])");
  private static final Pattern HYBRID = Pattern.compile(
      "^(qwen3(?!-coder)|glm-(4-[5-9]|[5-9])|kimi-k2-[5-9]|deepseek-v(3-[1-9]|[4-9])|grok-4-fast|grok-4-1-fast)");
  private static final Pattern REASONS = Pattern.compile(
      "^(o[1-9]|grok-(3-mini|[4-9])|minimax-m[1-9]|magistral|qwq)|(^|-)(r1|reasoner|reasoning|thinking|think)(-|$)");
  private static final Pattern NON_REASONING = Pattern.compile("(^|-)(non-reasoning|instruct-2507|no-think)(-|$)");

  private FamilyRules() {}

  /** Extended thinking as the curated records class it: Claude's as reasoning-high, others' reasoning-medium. */
  static String thinkingClass(String key) {
    return key.startsWith("claude") ? "reasoning-high" : "reasoning-medium";
  }

  /** Documented family rules (data/README.md, "Reasoning classes"); null when none applies. */
  static ReasoningRules.Verdict family(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (NON_REASONING.matcher(lower).find()) {
      return new ReasoningRules.Verdict(null, "non-reasoning", null, "family rule: the name says non-reasoning or instruct", true);
    }
    if (OPENAI_REASONING.matcher(lower).find() && !OPENAI_CHAT.matcher(lower).find()) {
      Map<String, String> s = new LinkedHashMap<>();
      if (lower.startsWith("gpt-5")) {
        s.put("minimal", "non-reasoning");
      }
      s.put("low", "reasoning-low");
      s.put("medium", "reasoning-medium");
      s.put("high", "reasoning-high");
      return new ReasoningRules.Verdict(s, null, "medium", "family rule: OpenAI's o-series, gpt-5 and gpt-oss take a reasoning "
          + "effort (evaluated at medium unless --effort says otherwise)", true);
    }
    if (CLAUDE_HYBRID.matcher(lower).find()) {
      return hybrid("none", "reasoning-high", "family rule: Claude 3.7 and later think only when asked (extended thinking)");
    }
    if (GEMINI_THINKING.matcher(lower).find()) {
      if (lower.contains("flash")) {
        return hybrid("thinking", "reasoning-medium", "family rule: Gemini 2.5 and later think by default; Flash can turn it off");
      }
      return new ReasoningRules.Verdict(null, "reasoning-medium", null, "family rule: Gemini 2.5 and later Pro models always think", true);
    }
    if (HYBRID.matcher(lower).find()) {
      return hybrid("thinking", "reasoning-medium",
          "family rule: Qwen3, GLM-4.5+, Kimi K2.5+, DeepSeek V3.1+ and Grok 4 Fast think by default, and can be told not to");
    }
    if (REASONS.matcher(lower).find()) {
      return new ReasoningRules.Verdict(null, lower.startsWith("grok") ? "reasoning-high" : "reasoning-medium", null,
          "family rule: a reasoning model by name (o-series, Grok 3 mini and 4, MiniMax M, Magistral, QwQ, R1, "
              + "'reasoning' or 'thinking')", true);
    }
    return null;
  }

  static ReasoningRules.Verdict hybrid(String dflt, String thinking, String evidence) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("none", "non-reasoning");
    s.put("thinking", thinking);
    return new ReasoningRules.Verdict(s, null, dflt, evidence, true);
  }
}
