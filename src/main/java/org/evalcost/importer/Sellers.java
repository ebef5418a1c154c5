package org.evalcost.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a model's plain name means when several sell it: the model's creator, where it sells the
 * model through its own API; else OpenRouter, the marketplace whose price most people see; else
 * the seller whose id comes first alphabetically (README, "Sellers").
 */
final class Sellers {
  /** Name prefixes (in ModelNames.key form) and the creators whose APIs sell them, in order of preference. */
  private static final Map<String, List<String>> CREATORS = Map.ofEntries(
      Map.entry("gpt", List.of("openai")), Map.entry("chatgpt", List.of("openai")), Map.entry("codex", List.of("openai")),
      Map.entry("o", List.of("openai")), Map.entry("claude", List.of("anthropic")),
      Map.entry("gemini", List.of("google")), Map.entry("gemma", List.of("google")), Map.entry("grok", List.of("xai")),
      Map.entry("deepseek", List.of("deepseek")), Map.entry("mistral", List.of("mistral")),
      Map.entry("mixtral", List.of("mistral")), Map.entry("codestral", List.of("mistral")),
      Map.entry("devstral", List.of("mistral")), Map.entry("magistral", List.of("mistral")),
      Map.entry("ministral", List.of("mistral")), Map.entry("pixtral", List.of("mistral")),
      Map.entry("open", List.of("mistral")), Map.entry("command", List.of("cohere")), Map.entry("aya", List.of("cohere")),
      Map.entry("kimi", List.of("moonshotai")), Map.entry("moonshot", List.of("moonshotai")),
      Map.entry("glm", List.of("zai", "zhipuai")), Map.entry("minimax", List.of("minimax")),
      Map.entry("abab", List.of("minimax")), Map.entry("nova", List.of("aws")), Map.entry("titan", List.of("aws")),
      Map.entry("sonar", List.of("perplexity")), Map.entry("jamba", List.of("ai21")),
      Map.entry("qwen", List.of("alibaba", "dashscope")), Map.entry("qwq", List.of("alibaba", "dashscope")));

  private Sellers() {}

  /** The creator's sellers for a model name, or none known. */
  static List<String> creators(String key) {
    String family = org.evalcost.engine.ModelNames.family(key);
    List<String> c = CREATORS.get(family);
    if (c == null && key.matches("o[1-9].*")) {
      c = CREATORS.get("o");
    }
    return c == null ? List.of() : c;
  }

  static String defaultSeller(String key, Set<String> sellers) {
    for (String c : creators(key)) {
      if (sellers.contains(c)) {
        return c;
      }
    }
    if (sellers.contains("openrouter")) {
      return "openrouter";
    }
    return new java.util.TreeSet<>(sellers).first();
  }
}
