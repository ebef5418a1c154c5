package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.Qualifiers;

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

  private static final Pattern OPENAI_REASONING = Pattern.compile("^(o[1-9](-|$)|gpt-5|gpt-oss)");
  private static final Pattern OPENAI_CHAT = Pattern.compile("(^|-)(chat|instant)(-|$)");
  private static final Pattern CLAUDE_HYBRID = Pattern.compile("^claude-(3-7|(opus|sonnet|haiku|fable)-[4-9]|[4-9])");
  private static final Pattern GEMINI_THINKING = Pattern.compile("^gemini-(2-5|[3-9])");
  private static final Pattern HYBRID = Pattern.compile(
      "^(qwen3(?!-coder)|glm-(4-[5-9]|[5-9])|kimi-k2-[5-9]|deepseek-v(3-[1-9]|[4-9])|grok-4-fast|grok-4-1-fast)");
  private static final Pattern REASONS = Pattern.compile(
      "^(o[1-9]|grok-(3-mini|[4-9])|minimax-m[1-9]|magistral|qwq)|(^|-)(r1|reasoner|reasoning|thinking|think)(-|$)");
  private static final Pattern NON_REASONING = Pattern.compile("(^|-)(non-reasoning|instruct-2507|no-think)(-|$)");

  /** Settings, default, what they rest on, and whether that is a guess. */
  record Verdict(Map<String, String> settings, String prior, String defaultSetting, String evidence, boolean guessed) {}

  /** Artificial Analysis's variants of one model: the words in parentheses and whether it reasons. */
  record Variant(String name, List<String> qualifiers, boolean reasons, String releaseDate) {}

  private final Map<String, List<Variant>> byKey = new HashMap<>();
  private final Map<String, List<Variant>> bySellerId = new HashMap<>();
  private final Map<String, List<Variant>> byUndated = new HashMap<>();
  private final Map<String, List<Variant>> byWords = new HashMap<>();

  /**
   * Variants that share AA's seller id but whose output prices differ by more than this factor are
   * taken for different models sold under one id ({@code Qwen3 VL 32B}: $2.8 and, thinking, $8.4).
   */
  static final double SAME_MODEL_PRICE_RATIO = 1.5;

  private final String aaOrigin;

  /** Indexes the leaderboard payload's models by their names' keys; null when there is none. */
  ReasoningRules(JsonNode aa, String aaOrigin) {
    this.aaOrigin = aaOrigin == null ? "Artificial Analysis leaderboard" : aaOrigin;
    if (aa == null) {
      return;
    }
    Map<String, double[]> outputPrices = new HashMap<>(); // lowest and highest, per seller id
    for (JsonNode m : aa.path("models")) {
      String name = m.path("name").asText("");
      ModelNames.Spelled s = ModelNames.spelled(name);
      Variant v = new Variant(name, s.qualifiers(), m.path("reasoning_model").asBoolean(false),
          m.path("release_date").asText(""));
      byKey.computeIfAbsent(ModelNames.key(s.base()), k -> new ArrayList<>()).add(v);
      byWords.computeIfAbsent(ModelNames.wordKey(s.base()), k -> new ArrayList<>()).add(v);
      String undated = ModelNames.withoutReleaseTag(s.base());
      if (undated != null) {
        byUndated.computeIfAbsent(undated, k -> new ArrayList<>()).add(v);
      }
      String seller = m.path("open_weights").path("openrouter_api_id").asText("");
      if (!seller.isEmpty()) {
        String tail = seller.substring(seller.lastIndexOf('/') + 1);
        String id = ModelNames.key(tail.contains(":") ? tail.substring(0, tail.indexOf(':')) : tail); // :free, :thinking
        bySellerId.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
        double price = m.path("pricing").path("price_1m_output_tokens").asDouble(0);
        if (price > 0) {
          double[] range = outputPrices.computeIfAbsent(id, k -> new double[] {price, price});
          range[0] = Math.min(range[0], price);
          range[1] = Math.max(range[1], price);
        }
      }
    }
    outputPrices.forEach((id, range) -> {
      if (range[1] > range[0] * SAME_MODEL_PRICE_RATIO) {
        bySellerId.remove(id);
      }
    });
    // A seller id stands for every variant of the names it is given under: AA gives it to some of a
    // model's variants only ('Gemini 2.5 Flash Preview (Reasoning)' has one, its Non-reasoning twin none).
    bySellerId.replaceAll((id, found) -> {
      List<Variant> all = new ArrayList<>(found);
      for (Variant v : found) {
        for (Variant same : byKey.getOrDefault(ModelNames.key(ModelNames.spelled(v.name()).base()), List.of())) {
          if (!all.contains(same) && edition(same).equals(edition(v))) {
            all.add(same);
          }
        }
      }
      return all;
    });
  }

  /** The words in a variant's parentheses that name no setting: 'GPT-5 (ChatGPT)' is not 'GPT-5 (high)'. */
  private static List<String> edition(Variant v) {
    return v.qualifiers().stream().filter(q -> !Qualifiers.namesSetting(q)).toList();
  }

  /**
   * The leaderboard's variants of a model known by these names: by its key; else by the id AA
   * gives the open-weight model's sellers (unless their prices say they are different models);
   * else by the name without a release tag ({@code Grok 4.20 0309}); else by the same words.
   */
  List<Variant> variants(List<String> names) {
    for (Map<String, List<Variant>> index : List.of(byKey, bySellerId, byUndated)) {
      for (String n : names) {
        List<Variant> v = index.get(ModelNames.key(n));
        if (v != null) {
          return v;
        }
      }
    }
    for (String n : names) {
      List<Variant> v = byWords.get(ModelNames.wordKey(n));
      if (v != null) {
        return v;
      }
    }
    return List.of();
  }

  /** The earliest release date the leaderboard gives, or null. */
  static String released(List<Variant> variants) {
    String first = null;
    for (Variant v : variants) {
      if (v.releaseDate().matches("\\d{4}-\\d{2}-\\d{2}") && (first == null || v.releaseDate().compareTo(first) < 0)) {
        first = v.releaseDate();
      }
    }
    return first;
  }

  Verdict decide(String base, List<String> names, Boolean supportsReasoning) {
    String key = ModelNames.key(base);
    List<Variant> variants = variants(names);
    if (!variants.isEmpty()) {
      return fromLeaderboard(key, variants, aaOrigin);
    }
    Verdict family = family(key);
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

  private static Verdict fromLeaderboard(String key, List<Variant> variants, String origin) {
    TreeSet<String> efforts = new TreeSet<>((a, b) -> EFFORT_ORDER.indexOf(a) - EFFORT_ORDER.indexOf(b));
    boolean off = false;
    boolean on = false;
    Boolean plainReasons = null;
    List<String> shown = new ArrayList<>();
    for (Variant v : variants) {
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
      Verdict h = hybrid("none", "reasoning-high", evidence);
      return new Verdict(h.settings(), null, "none", evidence, false);
    }
    if (OPENAI_REASONING.matcher(key).find() && !efforts.isEmpty()) {
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
      settings.put("thinking", thinkingClass(key));
      boolean reasonsByDefault = plainReasons != null ? plainReasons : !CLAUDE_HYBRID.matcher(key).find();
      return new Verdict(settings, null, reasonsByDefault ? "thinking" : "none", evidence, false);
    }
    return new Verdict(null, on ? thinkingClass(key) : "non-reasoning", null, evidence, false);
  }

  /** Extended thinking as the curated records class it: Claude's as reasoning-high, others' reasoning-medium. */
  private static String thinkingClass(String key) {
    return key.startsWith("claude") ? "reasoning-high" : "reasoning-medium";
  }

  /** Documented family rules (data/README.md, "Reasoning classes"); null when none applies. */
  static Verdict family(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (NON_REASONING.matcher(lower).find()) {
      return new Verdict(null, "non-reasoning", null, "family rule: the name says non-reasoning or instruct", true);
    }
    if (OPENAI_REASONING.matcher(lower).find() && !OPENAI_CHAT.matcher(lower).find()) {
      Map<String, String> s = new LinkedHashMap<>();
      if (lower.startsWith("gpt-5")) {
        s.put("minimal", "non-reasoning");
      }
      s.put("low", "reasoning-low");
      s.put("medium", "reasoning-medium");
      s.put("high", "reasoning-high");
      return new Verdict(s, null, "medium", "family rule: OpenAI's o-series, gpt-5 and gpt-oss take a reasoning "
          + "effort (evaluated at medium unless --effort says otherwise)", true);
    }
    if (CLAUDE_HYBRID.matcher(lower).find()) {
      return hybrid("none", "reasoning-high", "family rule: Claude 3.7 and later think only when asked (extended thinking)");
    }
    if (GEMINI_THINKING.matcher(lower).find()) {
      if (lower.contains("flash")) {
        return hybrid("thinking", "reasoning-medium", "family rule: Gemini 2.5 and later think by default; Flash can turn it off");
      }
      return new Verdict(null, "reasoning-medium", null, "family rule: Gemini 2.5 and later Pro models always think", true);
    }
    if (HYBRID.matcher(lower).find()) {
      return hybrid("thinking", "reasoning-medium",
          "family rule: Qwen3, GLM-4.5+, Kimi K2.5+, DeepSeek V3.1+ and Grok 4 Fast think by default, and can be told not to");
    }
    if (REASONS.matcher(lower).find()) {
      return new Verdict(null, lower.startsWith("grok") ? "reasoning-high" : "reasoning-medium", null,
          "family rule: a reasoning model by name (o-series, Grok 3 mini and 4, MiniMax M, Magistral, QwQ, R1, "
              + "'reasoning' or 'thinking')", true);
    }
    return null;
  }

  private static Verdict hybrid(String dflt, String thinking, String evidence) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("none", "non-reasoning");
    s.put("thinking", thinking);
    return new Verdict(s, null, dflt, evidence, true);
  }
}
